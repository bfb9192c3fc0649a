import { expect, test } from '@playwright/test';
import { signIn, watchedDevices } from '../support/e2e-session.ts';

// Issue 15, reports received by the committee directly above (seed 000: "báo cáo Đảng ủy cấp trên trực tiếp").
// Demo data: Chi bộ Trường Mầm non Mỹ Hòa, directly under Đảng ủy phường Mỹ Hòa, issued its resolution's interim
// review as report 01-BC/CB on 30/09 (src/seed/demo-follow-up.ts). The ward's officer (canbo.phuong) receives it
// with a remark; the cell's secretary (bithu.mamnon) sees that the committee received it, and the remark.
const REMARK = 'Đề nghị chi bộ bổ sung số liệu lắp đặt camera trong báo cáo quý IV';

const device = watchedDevices();

test('the ward officer receives a cell’s report with a remark; the cell’s secretary sees it', async ({
  browser,
}) => {
  const officer = await device(browser, {});
  await signIn(officer, 'canbo.phuong');
  const main = officer.getByRole('main');
  await main.getByRole('link', { name: 'Đảng ủy phường Mỹ Hòa' }).first().click();
  await main.getByRole('tab', { name: 'Báo cáo nhận được' }).click();
  await expect(officer).toHaveURL(/\?tab=received/);
  await expect(main.getByRole('heading', { name: /^Báo cáo nhận được năm \d{4}$/ })).toBeVisible();

  const report = main
    .getByTestId('received-report')
    .filter({ hasText: 'Chi bộ Trường Mầm non Mỹ Hòa' })
    .filter({ hasText: 'Số 01-BC/CB' });
  await expect(report).toHaveCount(1);
  await expect(report).toContainText('30/09/2026');
  await expect(report).toHaveAttribute('data-state', 'unread');

  // "Chưa gửi": only the cells' period reports past their due day and not sent, each with its due day.
  await main.getByText('Chưa gửi', { exact: true }).click();
  await expect(main.getByTestId('received-report')).toHaveCount(0);
  await expect(main.getByTestId('missing-report').first()).toContainText(
    /Chưa gửi — quá hạn \d\d\/\d\d\/\d{4}/,
  );
  await main.getByText('Tất cả', { exact: true }).click();

  await report.getByRole('button', { name: 'Đã nhận' }).click();
  const dialog = officer.getByRole('dialog', { name: 'Xác nhận đã nhận báo cáo' });
  await dialog.getByLabel('Ý kiến của cấp ủy (không bắt buộc)').fill(REMARK);
  await dialog.getByRole('button', { name: 'Đã nhận' }).click();
  await expect(dialog).toBeHidden();
  await expect(report).toHaveAttribute('data-state', 'received');
  await expect(report).toContainText(/Đã nhận ngày \d\d\/\d\d\/\d{4} — /);
  await expect(report.getByTestId('receipt-remark')).toHaveText(`Ý kiến: ${REMARK}`);

  // The cell's secretary: the receipt and the remark under the report, on the cell's meetings tab.
  const secretary = await device(browser, {});
  await signIn(secretary, 'bithu.mamnon');
  const cell = secretary.getByRole('main');
  await cell.getByRole('link', { name: 'Chi bộ Trường Mầm non Mỹ Hòa' }).first().click();
  await cell.getByRole('tab', { name: 'Sinh hoạt' }).click();
  const issued = cell.getByTestId('issued-report').filter({ hasText: 'Số 01-BC/CB' });
  await expect(issued.getByTestId('report-receipt')).toContainText(/Cấp trên đã nhận ngày \d\d\/\d\d\/\d{4}/);
  await expect(issued.getByTestId('report-receipt')).toContainText(`Ý kiến của cấp trên: ${REMARK}`);
});
