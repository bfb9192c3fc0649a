import { expect, test } from '@playwright/test';

// The printed plan: the same party-format document as the Word and PDF files, opened from the plan page.
// The rendered first page is kept as a PNG artifact of the run (test-results/…/plan-print.png).
test('a secretary opens the print view of the adopted plan: party header, number, date, section III table', async ({
  page,
  context,
}, testInfo) => {
  await page.addInitScript(() => window.localStorage.setItem('chuyende.locale', 'vi'));
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill('bithu.mamnon');
  await page.getByLabel('Mật khẩu').fill('ChuyenDe@2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('link', { name: 'Trang chủ' })).toBeAttached();

  await page.goto('/plans?year=2026');
  await page
    .getByRole('link', { name: 'Mở kế hoạch' })
    .or(page.getByRole('button', { name: 'Mở kế hoạch' }))
    .first()
    .click();
  await expect(page.getByText('Số 01-KH/CB')).toBeVisible();

  const [print] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('link', { name: 'Bản in' }).click(),
  ]);
  await print.waitForLoadState('networkidle');
  await expect(print.getByText('ĐẢNG CỘNG SẢN VIỆT NAM', { exact: true })).toBeVisible();
  await expect(print.getByText('CHI BỘ TRƯỜNG MẦM NON MỸ HÒA', { exact: true })).toBeVisible();
  await expect(print.getByText('Số 01-KH/CB', { exact: true })).toBeVisible();
  await expect(print.getByText('Mỹ Hòa, ngày 15 tháng 01 năm 2026')).toBeVisible();
  await expect(print.getByRole('columnheader', { name: 'Người thực hiện' })).toBeVisible();
  await expect(print.getByRole('cell', { name: 'Tiếp thu, hoàn chỉnh dự thảo lần 2' })).toHaveCount(4);
  // The document font (Tinos, served by the app) is the one in use, not a fallback.
  expect(await print.evaluate(() => document.fonts.check('14pt Tinos'))).toBe(true);

  await print.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  const png = testInfo.outputPath('plan-print.png');
  await print.screenshot({ path: png });
  await testInfo.attach('plan-print', { path: png, contentType: 'image/png' });
});

test('a cell member downloads the committee’s guidance letter as PDF from the cell’s plan area', async ({
  page,
}) => {
  await page.addInitScript(() => window.localStorage.setItem('chuyende.locale', 'vi'));
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill('dangvien.noi');
  await page.getByLabel('Mật khẩu').fill('ChuyenDe@2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('link', { name: 'Trang chủ' })).toBeAttached();

  await page.goto('/plans?year=2026');
  const guidance = page.getByTestId('guidance').filter({ hasText: '25-CV/ĐU' });
  await expect(guidance).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    guidance.getByRole('link', { name: 'Tải bản PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(
    '25-CV-ĐU - Về việc xây dựng kế hoạch, đăng ký nội dung sinh hoạt chuyên đề năm 2026.pdf',
  );
  const file = await download.path();
  const { readFile } = await import('node:fs/promises');
  expect((await readFile(file)).subarray(0, 5).toString()).toBe('%PDF-');
});
