import { expect, test } from '@playwright/test';
import type { Me, Plan } from '../../web/src/api/models.ts';
import { pdfPages } from '../support/document-text.ts';
import { call, signIn, watchedDevices } from '../support/e2e-session.ts';

// Issue 17: the documents a party office accepts. The print view in Chromium: an unissued plan keeps its blanks
// for handwriting and says "DỰ THẢO"; printed, pages are numbered from the second (@page counters), and the
// signature block is not left alone. Then the unit's first numbers (a unit starting mid-year with paper documents).
//
// Demo data: Chi bộ Khoa Nội (bithu.noi, secretary). This spec makes its own 2034 plan.
const YEAR = 2034;
const CELL = 'Chi bộ Khoa Nội';

const device = watchedDevices();

test('the print view of a draft: blanks kept, DỰ THẢO, pages numbered from 2 when printed', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const secretary = await device(browser, { viewport: { width: 1280, height: 900 } });
  await signIn(secretary, 'bithu.noi');
  const me = await call<Me>(secretary, 'GET', '/auth/me');
  const cellId = me.units.find((u) => u.unitName === CELL)?.unitId ?? '';
  const plan = await call<Plan>(secretary, 'POST', `/orgs/${cellId}/plans`, { year: YEAR });

  await secretary.goto(`/api/plans/${plan.id}/document?format=html`);
  const body = secretary.locator('body');
  await expect(body).toContainText('KẾ HOẠCH');
  await expect(secretary.locator('.draft-mark')).toHaveText('DỰ THẢO');
  // The blanks survive layout: the spaces for the hand-written number and date are not collapsed.
  expect(await secretary.locator('.number').innerText()).toBe('Số       -KH/CB');
  expect(await secretary.locator('.date').innerText()).toMatch(/, ngày {4}tháng {4}năm 20…$/);

  // An adopted plan of the demo year, four topics of five steps (Chi bộ Trường Mầm non, bithu.mamnon), runs to
  // several pages. Printed by Chromium (A4, the page's own @page rules): no number on page 1, "2", "3"… after it.
  const mamnon = await device(browser, { viewport: { width: 1280, height: 900 } });
  await signIn(mamnon, 'bithu.mamnon');
  const mine = await call<Me>(mamnon, 'GET', '/auth/me');
  const mamnonId = mine.units[0]?.unitId ?? '';
  const area = await call<{ cells: { id: string; planId?: string }[] }>(
    mamnon,
    'GET',
    `/orgs/${mamnonId}/plans?year=2026`,
  );
  const demoPlan = area.cells.find((c) => c.id === mamnonId)?.planId ?? '';
  await mamnon.goto(`/api/plans/${demoPlan}/document?format=html`);
  await expect(mamnon.locator('body')).toContainText('KẾ HOẠCH');
  await expect(mamnon.locator('.number')).toHaveText(/^Số \d+-KH\/CB$/);
  await mamnon.emulateMedia({ media: 'print' });
  const pdf = await mamnon.pdf({ preferCSSPageSize: true });
  const { pages } = await pdfPages(pdf);
  expect(pages.length).toBeGreaterThanOrEqual(2);
  expect(pages[0]?.topMargin).toEqual([]);
  expect(pages.slice(1).map((p) => p.topMargin)).toEqual(pages.slice(1).map((_, i) => [String(i + 2)]));
  // The signature block sits with body text on its page, not alone.
  const signed = pages.find((p) => p.text.includes('BÍ THƯ'));
  expect(signed?.text.replace(/\s+/g, ' ')).toContain('Nơi nhận');
  expect((signed?.text.split('\n').filter((l) => l.trim() !== '').length ?? 0) > 8).toBe(true);
});

test('the unit’s document numbers: a first number below one issued is refused, the next one is kept', async ({
  browser,
}) => {
  const secretary = await device(browser, { viewport: { width: 1280, height: 900 } });
  await signIn(secretary, 'bithu.noi');
  const me = await call<Me>(secretary, 'GET', '/auth/me');
  const cellId = me.units.find((u) => u.unitName === CELL)?.unitId ?? '';
  await secretary.goto(`/units/${cellId}?tab=numbering`);
  const panel = secretary.getByTestId('document-numbering');
  await expect(panel).toContainText('Số văn bản của đơn vị');
  const row = panel.getByTestId('series-BB');
  const next = Number(await row.getByTestId('next-BB').innerText());
  const input = row.getByLabel('Số bắt đầu: Biên bản (BB)');
  if (next > 1) {
    await input.fill(String(next - 1));
    await row.getByRole('button', { name: 'Lưu' }).click();
    await expect(row).toContainText('Số bắt đầu phải lớn hơn số văn bản đã ban hành');
  }
  // Setting the next number itself changes no numbering: the app's next minutes take it.
  await input.fill(String(next));
  await row.getByRole('button', { name: 'Lưu' }).click();
  await expect(secretary.getByText('Đã lưu số bắt đầu')).toBeVisible();
  await expect(row.getByTestId('next-BB')).toHaveText(String(next).padStart(2, '0'));
});
