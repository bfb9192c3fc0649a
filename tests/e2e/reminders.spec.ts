import { expect, test } from '@playwright/test';
import type { Me, Plan } from '../../web/src/api/models.ts';
import { call, signIn, watchedDevices } from '../support/e2e-session.ts';

// Issue 14: an officer of the hospital committee (canbo.benhvien) reminds a lagging cell from the committee's
// overview, and the cell's secretary (bithu.noi) sees it arrive in her bell; the notice of a meeting offers an
// .ics download. Demo data: Chi bộ Khoa Nội under Đảng ủy Bệnh viện. Other specs use its 2026–2031 plans: this
// one makes a 2025 plan whose steps are all past their month, so the cell lags that year.
const YEAR = 2025;
const CELL = 'Chi bộ Khoa Nội';
const MESSAGE = 'Đề nghị chi bộ khẩn trương hoàn thành đề cương và dự thảo chuyên đề quý I.';

const device = watchedDevices();

test('an officer reminds a lagging cell from the overview; the secretary’s bell shows it live', async ({
  browser,
}) => {
  const secretary = await device(browser, { viewport: { width: 1280, height: 800 } });
  await signIn(secretary, 'bithu.noi');
  const me = await call<Me>(secretary, 'GET', '/auth/me');
  const cell = me.units.find((u) => u.unitName === CELL)?.unitId ?? '';
  let plan = await call<Plan>(secretary, 'POST', `/orgs/${cell}/plans`, { year: YEAR });
  plan = await call<Plan>(secretary, 'PUT', `/plans/${plan.id}`, {
    legalBases: ['Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương'],
    purpose: 'Nâng cao chất lượng sinh hoạt chi bộ.',
    topics: [1, 2, 3, 4].map((quarter) => ({
      title: `Chuyên đề quý ${quarter} năm ${YEAR}`,
      kind: quarter === 2 ? 'ho_chi_minh' : 'other',
      quarter,
      preparerIds: [me.person?.id ?? ''],
    })),
    expectedUpdatedAt: plan.updatedAt,
  });
  await call<Plan>(secretary, 'POST', `/plans/${plan.id}/adopt`, { adoptedOn: `${YEAR}-01-10` });
  const bell = secretary.getByTestId('notification-bell');
  await expect(bell).toBeVisible();
  const before = (await call<{ unread: number }>(secretary, 'GET', '/notifications')).unread;
  await expect(bell).toHaveAccessibleName(`Thông báo (${before} chưa đọc)`);

  // The officer opens the committee's overview of that year: the cell lags, and she reminds it.
  const officer = await device(browser, { viewport: { width: 1400, height: 900 } });
  await signIn(officer, 'canbo.benhvien');
  await officer.getByRole('link', { name: 'Kế hoạch', exact: true }).click();
  const main = officer.getByRole('main');
  await main.getByLabel('Năm', { exact: true }).selectOption(String(YEAR));
  const row = main.getByTestId('cell-row').filter({ hasText: CELL });
  await expect(row.getByTestId('cell-overdue')).toBeVisible();
  await expect(main.getByRole('button', { name: /Nhắc nhở tất cả chi bộ chậm \(\d+\)/ })).toBeVisible();
  await row.getByRole('button', { name: 'Nhắc nhở' }).click();
  const dialog = officer.getByRole('dialog', { name: 'Nhắc nhở chi bộ' });
  await expect(dialog).toContainText(`Gửi đến bí thư, phó bí thư: ${CELL}`);
  // An empty message is refused on the spot.
  await dialog.getByRole('button', { name: 'Gửi nhắc nhở' }).click();
  await expect(dialog).toContainText('Vui lòng nhập thông tin này');
  await dialog.getByLabel('Nội dung nhắc nhở').fill(MESSAGE);
  await dialog.getByRole('button', { name: 'Gửi nhắc nhở' }).click();
  await expect(dialog).toBeHidden();
  // The overview shows the last reminder: when, by whom.
  await expect(row.getByTestId('cell-last-reminder')).toContainText(/Đã nhắc \d{2}\/\d{2}\/\d{4}/);

  // Without a reload, the secretary's bell counts one more, and the list words the reminder.
  await expect(bell).toHaveAccessibleName(`Thông báo (${before + 1} chưa đọc)`);
  await bell.click();
  const drawer = secretary.getByRole('dialog', { name: 'Thông báo' });
  const item = drawer.getByTestId('notification-item').first();
  await expect(item).toContainText(`Cấp ủy nhắc nhở: ${MESSAGE}`);
  await expect(item).toContainText(CELL);
  await item.click();
  await expect(secretary).toHaveURL(new RegExp(`/units/${cell}\\?tab=plans$`));
});

test('the notice of a meeting offers an .ics download', async ({ browser }) => {
  const secretary = await device(browser, { viewport: { width: 1280, height: 800 } });
  await signIn(secretary, 'bithu.noi');
  const me = await call<Me>(secretary, 'GET', '/auth/me');
  const cell = me.units.find((u) => u.unitName === CELL)?.unitId ?? '';
  const meeting = await call<{ id: string }>(secretary, 'POST', `/orgs/${cell}/meetings`, {
    topicId: null,
    kind: 'regular',
    heldOn: '2026-12-28',
    startsAt: '15:30',
    place: 'Phòng giao ban Khoa Nội',
  });
  await call(secretary, 'POST', `/meetings/${meeting.id}/notice`);
  await secretary.goto(`/meetings/${meeting.id}`);
  const link = secretary.getByRole('main').getByRole('link', { name: 'Thêm vào lịch (.ics)' });
  await expect(link).toBeVisible();
  const [download] = await Promise.all([secretary.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^thong-bao-\d+-2026-12-28\.ics$/);
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(path, 'utf8');
  expect(text).toContain('BEGIN:VEVENT');
  expect(text).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20261228T153000');
  expect(text).toContain('LOCATION:Phòng giao ban Khoa Nội');
});
