import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { Me } from '../../web/src/api/models.ts';
import { docxText } from '../support/document-text.ts';
import { call, signIn, watchedDevices } from '../support/e2e-session.ts';

// Issue 15, the committee's report upward (seeds 001, 004: "Báo cáo đảng ủy xã… kết quả"). Demo data: the
// hospital committee (canbo.benhvien, its officer) has Chi bộ Khoa Nội and Chi bộ Khoa Ngoại under it, and
// reports to the ward (canbo.phuong). The officer writes the assessment and issues the report of the last
// quarter that has ended; the ward's officer is told and finds it, numbered and frozen, on the hospital's page.
const HOSPITAL = 'Đảng ủy Bệnh viện Đa khoa khu vực Mỹ Hòa';
const ASSESSMENT =
  'Các chi bộ trực thuộc duy trì sinh hoạt chuyên đề; nội dung gắn với nhiệm vụ chuyên môn của bệnh viện.';
const PROPOSAL = 'Đề nghị Đảng ủy phường tổ chức tập huấn nghiệp vụ cho bí thư chi bộ.';

/** The last quarter that has ended by today (Việt Nam): its report may be issued. */
function lastEndedQuarter() {
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  const q = Math.ceil(Number(today.slice(5, 7)) / 3);
  const year = Number(today.slice(0, 4));
  return q === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: q - 1 };
}
const { year, quarter } = lastEndedQuarter();
const ROMAN = ['I', 'II', 'III', 'IV'][quarter - 1];

const device = watchedDevices();

test('the hospital’s officer writes the assessment and issues the quarter’s report; the ward’s officer finds it', async ({
  browser,
}) => {
  const officer = await device(browser, { viewport: { width: 1400, height: 900 } });
  await signIn(officer, 'canbo.benhvien');
  const me = await call<Me>(officer, 'GET', '/auth/me');
  const hospital = me.units.find((u) => u.unitName === HOSPITAL)?.unitId ?? '';
  await officer.goto(`/units/${hospital}`);
  const main = officer.getByRole('main');
  await main.getByRole('tab', { name: 'Báo cáo của đảng ủy' }).click();
  await main.getByLabel('Năm', { exact: true }).selectOption(String(year));
  await main.getByLabel('Kỳ báo cáo').selectOption({ label: `Quý ${quarter}` });
  await expect(
    main.getByRole('heading', { name: `Báo cáo kết quả sinh hoạt chuyên đề quý ${quarter} năm ${year}` }),
  ).toBeVisible();

  // The figures come from the data: the hospital's two cells, one row each.
  await expect(main.getByTestId('committee-report-totals')).toContainText('Đảng bộ có 2 chi bộ.');
  const cells = main.getByTestId('committee-report-cells');
  await expect(cells.getByRole('row')).toHaveCount(3);
  await expect(cells).toContainText('Chi bộ Khoa Nội');
  await expect(cells).toContainText('Chi bộ Khoa Ngoại');

  // Not issued without the committee's assessment.
  const issue = main.getByRole('button', { name: 'Ban hành', exact: true });
  await expect(issue).toBeDisabled();
  await expect(main.getByTestId('committee-report-hold')).toHaveText(
    'Hãy viết phần Đánh giá trước khi ban hành.',
  );
  await main.getByLabel('Đánh giá').fill(ASSESSMENT);
  await main.getByLabel('Kiến nghị, đề xuất').fill(PROPOSAL);
  await expect(main.getByTestId('committee-report-hold')).toHaveText('Hãy lưu dự thảo trước khi ban hành.');
  await main.getByRole('button', { name: 'Lưu dự thảo' }).click();
  await expect(officer.getByText('Đã lưu dự thảo báo cáo')).toBeVisible();
  await expect(main.getByTestId('committee-report-hold')).toHaveCount(0);

  await issue.click();
  const dialog = officer.getByRole('dialog', { name: 'Ban hành' });
  await expect(dialog).toContainText('không sửa được nữa');
  await dialog.getByRole('button', { name: 'Ban hành' }).click();
  await expect(dialog).toBeHidden();
  const issuedLine = main.getByTestId('committee-report-issued');
  await expect(issuedLine).toHaveText(/^Đã ban hành số \d{2}-BC\/ĐU ngày \d{2}\/\d{2}\/\d{4}$/);
  const number = ((await issuedLine.textContent()) ?? '').match(/\d{2}-BC\/ĐU/)?.[0] ?? '';
  await expect(main.getByLabel('Đánh giá')).toHaveCount(0);
  await expect(main.getByText(ASSESSMENT)).toBeVisible();

  // The ward's officer is told, opens it from the bell, and downloads the report as issued.
  const ward = await device(browser, { viewport: { width: 1400, height: 900 } });
  await signIn(ward, 'canbo.phuong');
  await ward.getByTestId('notification-bell').click();
  const drawer = ward.getByRole('dialog', { name: 'Thông báo' });
  const item = drawer
    .getByTestId('notification-item')
    .filter({ hasText: `Báo cáo kết quả sinh hoạt chuyên đề quý ${ROMAN} năm ${year}` })
    .first();
  await expect(item).toContainText(HOSPITAL);
  await item.click();
  await expect(ward).toHaveURL(
    new RegExp(`/units/${hospital}\\?tab=report&year=${year}&quarter=${quarter}$`),
  );
  const wardMain = ward.getByRole('main');
  await expect(wardMain.getByTestId('committee-report-issued')).toContainText(`Đã ban hành số ${number}`);
  await expect(wardMain.getByRole('button', { name: 'Ban hành', exact: true })).toHaveCount(0);
  const [download] = await Promise.all([
    ward.waitForEvent('download'),
    wardMain.getByRole('link', { name: 'Tải bản Word' }).first().click(),
  ]);
  const text = docxText(new Uint8Array(await readFile((await download.path()) ?? '')));
  expect(text).toContain(`Số ${number}`);
  expect(text).toContain(`Kết quả sinh hoạt chuyên đề quý ${ROMAN} năm ${year}`);
  expect(text).toContain('T/M ĐẢNG ỦY');
  expect(text).toContain(ASSESSMENT);
  expect(text).toContain(PROPOSAL);
});
