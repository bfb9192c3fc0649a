import { expect, test } from '@playwright/test';
import { signIn, watchedDevices } from '../support/e2e-session.ts';

// Issue 20, the tree by level: the ward's officer (canbo.phuong) sees the ward and the level under it; the
// hospital's cells come down when its node is opened, the party groups of Chi bộ Khoa Nội when that one is. The
// audit log's unit filter searches the server as the officer types, tones left out, and names the unit chosen
// with its committees; reopened from its address, the filter still shows the unit's name.
const WARD = 'Đảng ủy phường Mỹ Hòa';
const HOSPITAL = 'Đảng ủy Bệnh viện Đa khoa khu vực Mỹ Hòa';
const CELL = 'Chi bộ Khoa Nội';

const device = watchedDevices();

test('the officer opens the tree level by level and picks a unit by searching', async ({ browser }) => {
  const officer = await device(browser, { viewport: { width: 1280, height: 900 } });
  await signIn(officer, 'canbo.phuong');
  const levels: string[] = [];
  officer.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/api/orgs') levels.push(url.search);
  });
  await officer.goto('/orgs');
  const tree = officer.getByRole('main').getByRole('list', { name: 'Tổ chức' });
  await expect(tree.getByRole('link', { name: WARD })).toBeVisible();
  await expect(tree.getByRole('link', { name: HOSPITAL })).toBeVisible();
  // The hospital's cells are not loaded until the node is opened.
  await expect(tree.getByRole('link', { name: CELL })).toHaveCount(0);
  const open = tree.getByRole('button', { name: `Mở rộng: ${HOSPITAL}` });
  await expect(open).toHaveAttribute('aria-expanded', 'false');
  await open.click();
  await expect(tree.getByRole('link', { name: CELL })).toBeVisible();
  await expect(tree.getByRole('button', { name: `Thu gọn: ${HOSPITAL}` })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await tree.getByRole('button', { name: `Mở rộng: ${CELL}` }).click();
  await expect(tree.getByRole('link', { name: 'Tổ đảng số 1' })).toBeVisible();
  // One request for the first screen, then one per node opened, each for that node's children only.
  expect(levels[0]).toBe('');
  expect(levels.slice(1).every((search) => search.startsWith('?parentId='))).toBe(true);
  expect(levels).toHaveLength(3);

  // The audit log, filtered by a unit found by typing without tones.
  await officer.goto('/audit');
  const picker = officer.getByRole('combobox', { name: 'Đơn vị' });
  await picker.fill('khoa noi');
  const option = officer.getByRole('option', { name: `${CELL} — ${HOSPITAL} — ${WARD}` });
  await expect(option).toBeVisible();
  await expect(officer.getByRole('option')).toHaveCount(1);
  await option.click();
  await expect(officer).toHaveURL(/\/audit\?unitId=/);
  await expect(picker).toHaveValue(`${CELL} — ${HOSPITAL} — ${WARD}`);
  // Opened again from its address, the filter names the unit (it is not in any list the page loaded).
  await officer.reload();
  await expect(officer.getByRole('combobox', { name: 'Đơn vị' })).toHaveValue(
    `${CELL} — ${HOSPITAL} — ${WARD}`,
  );
});
