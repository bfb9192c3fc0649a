import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { pdfText } from '../support/document-text.ts';
import { signIn } from '../support/e2e-session.ts';

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

const EVALUATION = 'Đồng chí chuẩn bị công phu, có số liệu thực tế của nhà trường.';

// Reports go up to the committee issued: numbered BC in the cell's run (the demo's interim review of the
// resolution is 01-BC/CB), frozen as issued, and listed where the committee above reads the cell's meetings.
test('the secretary issues a meeting’s report and the quarter’s report; the committee reads them as issued', async ({
  page,
  browser,
}) => {
  await page.addInitScript(() => window.localStorage.setItem('chuyende.locale', 'vi'));
  await signIn(page, 'bithu.mamnon');
  const main = page.getByRole('main');
  await main.getByRole('link', { name: 'Chi bộ Trường Mầm non Mỹ Hòa' }).click();
  await main.getByRole('tab', { name: 'Sinh hoạt' }).click();
  await main
    .getByTestId('minute-book')
    .getByRole('link', { name: 'Xây dựng môi trường giáo dục lấy trẻ làm trung tâm' })
    .click();
  await expect(main.getByTestId('meeting-status')).toHaveText('Đã kết thúc');
  // The secretary's evaluation (seed 001) goes up with the report.
  const evaluation = main.getByTestId('evaluation');
  await evaluation.getByLabel('Ưu, khuyết điểm của đảng viên được phân công chuẩn bị').fill(EVALUATION);
  await evaluation.getByRole('button', { name: 'Lưu nhận xét' }).click();
  await expect(page.getByText('Đã lưu nhận xét, đánh giá')).toBeVisible();
  await main.getByRole('button', { name: 'Ban hành báo cáo' }).click();
  await page
    .getByRole('dialog', { name: 'Ban hành báo cáo' })
    .getByRole('button', { name: 'Ban hành báo cáo' })
    .click();
  await expect(main.getByTestId('report-issued')).toHaveText(
    /^Đã ban hành số 02-BC\/CB ngày \d\d\/\d\d\/2026$/,
  );
  await expect(main.getByRole('button', { name: 'Ban hành báo cáo' })).toHaveCount(0);
  // Issued, the evaluation is fixed: it reads as text.
  await expect(evaluation.getByRole('textbox')).toHaveCount(0);
  await expect(evaluation).toContainText(EVALUATION);

  // The quarter III report, from the minute book's reports.
  await main.getByRole('link', { name: /Sổ sinh hoạt của chi bộ/ }).click();
  await main.getByLabel('Kỳ báo cáo').selectOption({ label: 'Quý 3' });
  await expect(main.getByText('Bản dự thảo, chưa ban hành')).toBeVisible();
  await main.getByRole('button', { name: 'Ban hành báo cáo' }).click();
  await page
    .getByRole('dialog', { name: 'Ban hành báo cáo' })
    .getByRole('button', { name: 'Ban hành báo cáo' })
    .click();
  await expect(main.getByTestId('report-issued')).toContainText('Đã ban hành số 03-BC/CB');
  await expect(main.getByTestId('issued-report')).toHaveCount(3);

  // The ward's officer reads the cell's issued reports and downloads the meeting's as it was issued.
  const officer = await browser.newPage();
  await officer.addInitScript(() => window.localStorage.setItem('chuyende.locale', 'vi'));
  await signIn(officer, 'canbo.phuong');
  // The ward's overview counts what each cell has reported this year: the review, the meeting, the quarter.
  await officer.getByRole('link', { name: 'Kế hoạch', exact: true }).click();
  await officer.getByRole('main').getByLabel('Năm', { exact: true }).selectOption('2026');
  const row = officer
    .getByRole('main')
    .getByTestId('cell-row')
    .filter({ hasText: 'Chi bộ Trường Mầm non Mỹ Hòa' });
  await expect(row.getByTestId('cell-reports')).toHaveText(/^3 báo cáo, gần nhất \d\d\/\d\d\/2026$/);
  await officer.getByRole('link', { name: 'Trang chủ' }).click();
  const ward = officer.getByRole('main');
  await ward.getByRole('link', { name: 'Đảng ủy phường Mỹ Hòa' }).first().click();
  await ward.getByRole('link', { name: 'Chi bộ Trường Mầm non Mỹ Hòa' }).first().click();
  await officer.getByRole('main').getByRole('tab', { name: 'Sinh hoạt' }).click();
  const issued = officer.getByRole('main').getByTestId('issued-report').filter({ hasText: 'Số 02-BC/CB' });
  await expect(issued).toBeVisible();
  await expect(officer.getByRole('main').getByRole('button', { name: 'Ban hành báo cáo' })).toHaveCount(0);
  const [download] = await Promise.all([
    officer.waitForEvent('download'),
    issued.getByRole('link', { name: 'Tải bản PDF' }).click(),
  ]);
  const text = await pdfText(await readFile((await download.path()) ?? ''));
  expect(text).toContain('BÁO CÁO');
  expect(text).toContain('Số 02-BC/CB');
  // Lines wrap in the PDF: compare words, not line breaks.
  expect(text.replace(/\s+/g, ' ')).toContain('Xây dựng môi trường giáo dục lấy trẻ làm trung tâm');
  expect(text).toContain('IV. NHẬN XÉT, ĐÁNH GIÁ');
  expect(text.replace(/\s+/g, ' ')).toContain(EVALUATION);
});
