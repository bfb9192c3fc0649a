import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import type { Me } from '../../web/src/api/models.ts';
import { call, signIn, watchedDevices } from '../support/e2e-session.ts';

const device = watchedDevices();

// Demo data: Chi bộ Trường Mầm non Mỹ Hòa, its secretary bithu.mamnon; its meetings of 2026 (demo-follow-up.ts).
const CELL = 'Chi bộ Trường Mầm non Mỹ Hòa';

test('the secretary exports the roster and the minute book to Excel and the files read back', async ({
  browser,
}) => {
  const page = await device(browser, { viewport: { width: 1280, height: 900 } });
  const main = page.getByRole('main');
  await signIn(page, 'bithu.mamnon');
  const me = await call<Me>(page, 'GET', '/auth/me');
  const cellId = me.units.find((u) => u.unitName === CELL)?.unitId ?? '';
  expect(cellId).not.toBe('');

  // The roster ("Đảng viên" tab): the button shows its progress, then the file arrives under its Vietnamese name.
  await page.goto(`/units/${cellId}?tab=members`);
  const rosterButton = main.getByRole('link', { name: 'Xuất Excel' });
  const [roster] = await Promise.all([page.waitForEvent('download'), rosterButton.click()]);
  expect(roster.suggestedFilename()).toMatch(/^danh-sách-đảng-viên-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(rosterButton).toBeEnabled();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await roster.path());
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('the roster has no sheet');
  expect(String(sheet.getCell('A1').value)).toContain(`Danh sách đảng viên ${CELL}`);
  const header = (sheet.getRow(2).values as unknown[]).slice(1);
  expect(header.slice(0, 5)).toEqual(['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Tình trạng']);
  const shown = await main.getByRole('table').getByRole('row').count();
  // Every row of the screen's table (its header aside) is a row of the file.
  expect(sheet.rowCount - 2).toBe(shown - 1);
  const sinceColumn = header.indexOf('Từ ngày') + 1;
  expect(sheet.getCell(3, sinceColumn).value).toBeInstanceOf(Date);
  expect(sheet.getCell(3, sinceColumn).numFmt).toBe('dd/mm/yyyy');

  // The minute book ("Sinh hoạt" tab) of 2026.
  await page.goto(`/units/${cellId}?tab=meetings`);
  await main.getByLabel('Năm', { exact: true }).selectOption('2026');
  const [minuteBook] = await Promise.all([
    page.waitForEvent('download'),
    main.getByRole('link', { name: 'Xuất Excel' }).click(),
  ]);
  expect(minuteBook.suggestedFilename()).toBe('sổ-biên-bản-2026.xlsx');
  const minutes = new ExcelJS.Workbook();
  await minutes.xlsx.readFile(await minuteBook.path());
  expect(minutes.worksheets.map((s) => s.name)).toEqual(['Sổ biên bản', 'Điểm danh']);
  expect(minutes.worksheets[0]?.getCell('A1').value).toBe(`Sổ ghi biên bản năm 2026 — ${CELL}`);
});
