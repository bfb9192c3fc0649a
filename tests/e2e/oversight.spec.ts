import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { dayFromToday, signIn, watchedDevices } from '../support/e2e-session.ts';

// Issue 15, the committee's oversight: the ward officer (canbo.phuong) opens the dashboard of Đảng ủy phường Mỹ
// Hòa, filters the units that missed quarter 3, opens one, sends a reminder, downloads the .xlsx and reads its
// rows back, and the cell's secretary (bithu.khupho3) sees the reminder on her home and on the cell's page.
// Demo data (src/seed/demo.ts): under the ward sit two committees (Bệnh viện, Cấp nước) and two cells — Trường
// Mầm non held its thematic meetings of quarters 1–3 (demo-meetings.ts), Khu phố 3 held none. The year is the
// demo's, 2026, whose quarter 3 has ended.
const YEAR = '2026';
const WARD = 'Đảng ủy phường Mỹ Hòa';
const HOSPITAL = 'Đảng ủy Bệnh viện Đa khoa khu vực Mỹ Hòa';
const KHUPHO = 'Chi bộ Khu phố 3';
const MAMNON = 'Chi bộ Trường Mầm non Mỹ Hòa';
const MESSAGE =
  'Chi bộ chưa tổ chức sinh hoạt chuyên đề quý III: đề nghị tổ chức ngay và báo cáo Đảng ủy phường.';

const device = watchedDevices();

/** dd/mm/yyyy, as the sheet and the screens show a day. */
const shown = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

test('the ward officer filters the cells that missed quarter 3, reminds one, and exports the table', async ({
  browser,
}) => {
  const officer = await device(browser, { viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  await signIn(officer, 'canbo.phuong');
  const main = officer.getByRole('main');
  await officer.getByRole('navigation').getByRole('link', { name: 'Giám sát', exact: true }).click();
  await expect(officer).toHaveURL(/\/oversight\/[\w-]+/);
  await main.getByLabel('Năm', { exact: true }).selectOption(YEAR);
  await expect(main.getByRole('heading', { name: `Giám sát sinh hoạt chuyên đề năm ${YEAR}` })).toBeVisible();
  await expect(main.getByTestId('oversight-committee')).toHaveText(WARD);
  await expect(main.getByTestId('oversight-charts')).toBeVisible();

  // All four direct children, then only those that missed quarter 3: Mầm non held its meeting and leaves.
  const rows = main.getByTestId('oversight-row');
  await expect(rows).toHaveCount(4);
  const mamnon = rows.filter({ hasText: MAMNON });
  await expect(mamnon.getByTestId('quarter-3').getByRole('link')).toHaveText(/^\d{2}\/09\/2026$/);
  await main.getByLabel('Quý', { exact: true }).selectOption({ label: 'Quý III' });
  await main.getByLabel('Bỏ sinh hoạt một quý').check();
  await expect(mamnon).toHaveCount(0);
  const khupho = rows.filter({ hasText: KHUPHO });
  await expect(khupho.getByTestId('quarter-3')).toHaveText('Chưa sinh hoạt');
  await expect(rows.filter({ hasText: HOSPITAL }).getByTestId('quarter-3')).toContainText('chưa sinh hoạt');
  await expect(rows).toHaveCount(3);
  await expect(officer).toHaveURL(/quarter=3/);
  // The search ignores tone marks.
  await main.getByLabel('Tìm theo tên').fill('khu pho');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(KHUPHO);

  // A child committee's name drills down to its own dashboard; the breadcrumbs lead back up.
  await main.getByLabel('Tìm theo tên').fill('');
  await rows.filter({ hasText: HOSPITAL }).getByRole('link', { name: HOSPITAL }).click();
  await expect(main.getByTestId('oversight-committee')).toHaveText(HOSPITAL);
  await expect(rows.filter({ hasText: 'Chi bộ Khoa Nội' })).toHaveCount(1);
  await main.getByRole('navigation').getByRole('link', { name: WARD }).click();
  await expect(main.getByTestId('oversight-committee')).toHaveText(WARD);

  // A cell's name opens the cell's page.
  await main.getByLabel('Quý', { exact: true }).selectOption({ label: 'Quý III' });
  await main.getByLabel('Bỏ sinh hoạt một quý').check();
  await khupho.getByRole('link', { name: KHUPHO }).click();
  await expect(officer).toHaveURL(/\/units\/[\w-]+\?tab=plans&year=2026$/);
  await expect(main.getByRole('heading', { name: KHUPHO, level: 2 })).toBeVisible();
  await officer.goBack();
  await expect(khupho).toHaveCount(1);

  // Remind the selected cell, with the reason.
  await khupho.getByRole('checkbox', { name: `Chọn ${KHUPHO}` }).check();
  await expect(main.getByRole('button', { name: /Nhắc tất cả chi bộ đang chậm \(\d+\)/ })).toBeVisible();
  await main.getByRole('button', { name: 'Nhắc các chi bộ đã chọn (1)' }).click();
  const dialog = officer.getByRole('dialog', { name: 'Nhắc nhở chi bộ' });
  await expect(dialog).toContainText(`Gửi đến bí thư, phó bí thư: ${KHUPHO}`);
  await dialog.getByLabel('Nội dung nhắc nhở').fill(MESSAGE);
  await dialog.getByRole('button', { name: 'Gửi nhắc nhở' }).click();
  await expect(dialog).toBeHidden();
  await expect(khupho.getByTestId('cell-last-reminder')).toContainText(`Đã nhắc ${shown(dayFromToday(0))}`);
  await expect(main.getByRole('button', { name: /Nhắc các chi bộ đã chọn/ })).toHaveCount(0);

  // "Xuất Excel": the same rows, read back with exceljs.
  const [download] = await Promise.all([
    officer.waitForEvent('download'),
    main.getByRole('link', { name: 'Xuất Excel' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`giám-sát-${YEAR}.xlsx`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  const values: (string | number | Date)[][] = [];
  sheet.eachRow((row) => {
    values.push((row.values as (string | number | Date | undefined)[]).slice(1).map((v) => v ?? ''));
  });
  // Row 1 is the title (the committee and the year), row 2 the headers.
  const [title = [], header = [], ...body] = values;
  expect(String(title[0])).toContain(`Giám sát sinh hoạt chuyên đề năm ${YEAR}`);
  const column = (name: string) => {
    const at = header.indexOf(name);
    expect(at, name).toBeGreaterThanOrEqual(0);
    return at;
  };
  const byName = new Map(body.map((r) => [String(r[column('Đơn vị')]), r]));
  expect([...byName.keys()].sort()).toEqual(
    [KHUPHO, MAMNON, 'Tổng cộng', HOSPITAL, 'Đảng ủy Công ty Cổ phần Cấp nước Mỹ Hòa'].sort(),
  );
  expect(byName.get(KHUPHO)?.[column('Quý 3: chi bộ bỏ sót')]).toBe(1);
  expect(byName.get(MAMNON)?.[column('Quý 3: chi bộ bỏ sót')]).toBe(0);
  // Dates are real dates (shown dd/mm/yyyy by the cell's format).
  const held = byName.get(MAMNON)?.[column('Quý 3: ngày sinh hoạt')];
  expect(held).toBeInstanceOf(Date);
  expect((held as Date).toISOString()).toMatch(/^2026-09-\d{2}T00:00:00\.000Z$/);
  expect(byName.get(MAMNON)?.[column('Quý 3: chuyên đề')]).not.toBe('');
  expect(byName.get(KHUPHO)?.[column('Nhắc nhở gần nhất')]).toEqual(new Date(`${dayFromToday(0)}T00:00:00Z`));

  // The cell's secretary sees the reminder on her home, and on the cell's page.
  const secretary = await device(browser, { viewport: { width: 1280, height: 800 } });
  await signIn(secretary, 'bithu.khupho3');
  const home = secretary.getByRole('main');
  const item = home
    .locator('[data-testid="inbox-item"][data-kind="committee_reminder"]')
    .filter({ hasText: MESSAGE });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(KHUPHO);
  await item.getByRole('link').first().click();
  await expect(secretary).toHaveURL(/\/units\/[\w-]+\?tab=plans$/);
  const received = home.getByTestId('received-reminders');
  await expect(received.getByRole('heading', { name: 'Nhắc nhở của cấp trên' })).toBeVisible();
  const card = received.getByTestId('received-reminder').filter({ hasText: MESSAGE });
  await expect(card).toContainText(WARD);
  await expect(card).toContainText(shown(dayFromToday(0)));
});

test('on a phone the dashboard lists the units as cards, sorted from a select', async ({ browser }) => {
  const phone = await device(browser, { viewport: { width: 390, height: 844 } });
  await signIn(phone, 'kiemtra.phuong');
  await phone.getByRole('button', { name: 'Mở hoặc đóng menu' }).click();
  await phone.getByRole('navigation').getByRole('link', { name: 'Giám sát', exact: true }).click();
  const main = phone.getByRole('main');
  await main.getByLabel('Năm', { exact: true }).selectOption(YEAR);
  await expect(main.getByTestId('oversight-list')).toBeVisible();
  await expect(main.getByTestId('oversight-table')).toHaveCount(0);
  await main.getByLabel('Sắp xếp theo').selectOption({ label: 'Đơn vị ▼' });
  const names = main.getByTestId('oversight-row').getByTestId('row-name');
  await expect(names).toHaveCount(4);
  await expect(names.first()).toHaveText('Đảng ủy Công ty Cổ phần Cấp nước Mỹ Hòa');
  // The inspector reads but does not remind: no selection, no reminder button.
  await expect(main.getByRole('checkbox', { name: /^Chọn / })).toHaveCount(0);
  await expect(main.getByRole('button', { name: /Nhắc/ })).toHaveCount(0);
});
