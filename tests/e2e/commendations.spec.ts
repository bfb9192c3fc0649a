import { expect, test } from '@playwright/test';
import { signIn, watchedDevices } from '../support/e2e-session.ts';

// Issue 16, commendations (seed 000: "kịp thời biểu dương, khen thưởng những nhân tố tích cực trong việc nâng cao
// chất lượng sinh hoạt chuyên đề"). The ward's officer (canbo.phuong) records, on the ward's page, a reward of
// Chi bộ Trường Mầm non Mỹ Hòa with a decision number; the cell's secretary (bithu.mamnon) is told and finds it
// on the cell's page.
const WARD = 'Đảng ủy phường Mỹ Hòa';
const CELL = 'Chi bộ Trường Mầm non Mỹ Hòa';
const REASON = 'Tổ chức sinh hoạt chuyên đề đủ bốn quý, chất lượng tốt';
const DECISION = `${100 + Math.floor(Math.random() * 800)}-QĐ/ĐU`;

const device = watchedDevices();

test('the ward commends Mầm non with a decision number; the cell’s secretary sees it on the cell’s page', async ({
  browser,
}) => {
  const options = { locale: 'vi-VN' };
  const officer = await device(browser, options);
  const secretary = await device(browser, options);

  await signIn(officer, 'canbo.phuong');
  await officer.goto('/orgs');
  await officer.getByRole('main').getByRole('link', { name: WARD }).first().click();
  await expect(officer.getByRole('heading', { name: WARD, level: 2 })).toBeVisible();
  await officer.getByRole('tab', { name: 'Biểu dương, khen thưởng' }).click();
  await officer.getByRole('button', { name: 'Ghi nhận biểu dương, khen thưởng' }).click();
  const dialog = officer.getByRole('dialog');
  await dialog.getByRole('combobox', { name: /^Đối tượng/ }).selectOption({ label: CELL });
  await dialog.getByRole('combobox', { name: /^Hình thức/ }).selectOption({ label: 'Giấy khen' });
  await dialog.getByLabel('Lý do').fill(REASON);
  await dialog.getByLabel('Số quyết định').fill(DECISION);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  const row = officer.getByTestId('commendation-row').filter({ hasText: DECISION });
  await expect(row).toContainText(CELL);
  await expect(row).toContainText('Khen thưởng: Giấy khen');
  await expect(row).toContainText(REASON);
  await expect(row).toContainText(/ngày \d{2}\/\d{2}\/\d{4}/);

  // The secretary is told and reads it on the cell's page.
  await signIn(secretary, 'bithu.mamnon');
  await secretary.goto('/orgs');
  await secretary.getByRole('main').getByRole('link', { name: CELL }).first().click();
  await expect(secretary.getByRole('heading', { name: CELL, level: 2 })).toBeVisible();
  await secretary.getByRole('tab', { name: 'Biểu dương, khen thưởng' }).click();
  const seen = secretary.getByTestId('commendation-row').filter({ hasText: DECISION });
  await expect(seen).toContainText(REASON);
  await expect(seen).toContainText(WARD);
  await expect(secretary.getByRole('button', { name: 'Ghi nhận biểu dương, khen thưởng' })).toHaveCount(0);
});
