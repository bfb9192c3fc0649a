import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { call, signIn, watchedDevices } from '../support/e2e-session.ts';

const device = watchedDevices();

const HOSPITAL = 'Đảng ủy Bệnh viện Đa khoa khu vực Mỹ Hòa';
// Card numbers of this run only: no demo member holds them.
const base = 77_000_000 + (Date.now() % 900_000);
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

// Issue 18: a cell's roster kept in Excel comes in through the template, a preview and one confirmation.
test('an officer downloads the template, fills it, previews the rows, fixes an error and imports the roster', async ({
  browser,
}) => {
  const page = await device(browser, { viewport: { width: 390, height: 844 } });
  await signIn(page, 'canbo.benhvien');
  // A cell of this spec's own, so that no other spec's roster changes.
  const { units } = await call<{ units: { id: string; name: string }[] }>(page, 'GET', '/orgs');
  const hospital = units.find((o) => o.name === HOSPITAL);
  const cell = await call<{ id: string }>(page, 'POST', '/orgs', {
    parentId: hospital?.id,
    kind: 'cell',
    name: `Chi bộ Khoa Nhập Liệu ${base}`,
  });
  await page.goto(`/units/${cell.id}`);
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const dialog = page.getByRole('dialog');

  // (1) The template, read back with exceljs and filled in like a secretary would.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('link', { name: 'Tải mẫu Excel' }).click(),
  ]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Danh sách') as ExcelJS.Worksheet;
  expect((sheet.getRow(1).values as unknown[]).slice(1, 5)).toEqual([
    'Họ và tên',
    'Ngày sinh',
    'Giới tính',
    'Số thẻ đảng viên',
  ]);
  sheet.addRow([
    'Hồ Văn Nhập',
    day(1978, 6, 1),
    'Nam',
    String(base + 1),
    day(2004, 3, 26),
    day(2005, 3, 26),
    'Chính thức',
    '',
    '0912345001',
    '',
  ]);
  sheet.addRow([
    'Mạc Thị Liệu',
    day(1990, 9, 2),
    'Nữ',
    String(base + 2),
    day(2016, 5, 19),
    day(2017, 5, 19),
    'Chính thức',
    '',
    '',
    'lieu@example.vn',
  ]);
  // A typing error: 31 February.
  sheet.addRow([
    'Khúc Văn Sai',
    '12/12/1985',
    'Nam',
    String(base + 3),
    '01/02/2010',
    '31/02/2011',
    'Chính thức',
    '',
    '',
    '',
  ]);
  const withError = Buffer.from(await book.xlsx.writeBuffer());

  // (2) A picture renamed .xlsx is refused as a whole, with the reason.
  await dialog.locator('input[type="file"]').setInputFiles({
    name: 'anh.xlsx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  });
  await dialog.getByRole('button', { name: 'Xem trước' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Tệp không phải bảng tính Excel (.xlsx) hay CSV');

  // (3) The preview names the row, the field and the reason; nothing can be imported while it stands.
  await dialog
    .locator('input[type="file"]')
    .setInputFiles({ name: 'danh-sach.xlsx', mimeType: 'application/octet-stream', buffer: withError });
  await dialog.getByRole('button', { name: 'Xem trước' }).click();
  await expect(dialog.getByText('2 mới · 0 cập nhật · 0 không đổi · 1 dòng lỗi')).toBeVisible();
  const errorRow = dialog.locator('tr[data-outcome="error"]');
  await expect(errorRow).toContainText('Khúc Văn Sai');
  await expect(errorRow).toContainText('Ngày chính thức: không có ngày này');
  await expect(dialog.getByRole('button', { name: 'Nhập 2 đảng viên' })).toBeDisabled();
  expect((await call<{ members: unknown[] }>(page, 'GET', `/orgs/${cell.id}/members`)).members).toEqual([]);

  // (4) Fixed and previewed again: three new members, imported once.
  sheet.getRow(4).getCell(6).value = day(2011, 2, 1);
  const fixed = Buffer.from(await book.xlsx.writeBuffer());
  await dialog
    .locator('input[type="file"]')
    .setInputFiles({ name: 'danh-sach.xlsx', mimeType: 'application/octet-stream', buffer: fixed });
  await dialog.getByRole('button', { name: 'Xem trước' }).click();
  await expect(dialog.getByText('3 mới · 0 cập nhật · 0 không đổi · 0 dòng lỗi')).toBeVisible();
  await expect(dialog.getByText('Chỉ đọc trang tính “Danh sách”; bỏ qua: Hướng dẫn')).toBeVisible();
  const importButton = dialog.getByRole('button', { name: 'Nhập 3 đảng viên' });
  await expect(importButton).toBeEnabled();
  await importButton.click();
  await expect(dialog.getByText('Đã nhập danh sách: 3 người mới, 0 cập nhật, 0 không đổi.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Xong' }).click();

  // (5) The roster shows them.
  for (const name of ['Hồ Văn Nhập', 'Mạc Thị Liệu', 'Khúc Văn Sai']) {
    await expect(main.getByRole('link', { name })).toBeVisible();
  }
  await expect(main.getByRole('tabpanel', { name: 'Danh sách' }).getByText('3 người')).toBeVisible();
});
