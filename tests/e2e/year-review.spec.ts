import { expect, test } from '@playwright/test';
import { signIn, watchedDevices } from '../support/e2e-session.ts';

// Issue 16, the year-end review (seed 001: participation is "căn cứ để Chi bộ đánh giá, bình xét thi đua cuối
// năm"). The secretary of Chi bộ Trường Mầm non Mỹ Hòa (bithu.mamnon), on a phone, assesses a member at another
// level than proposed with a reason, writes the cell's self-assessment and finalises the review; the ward's
// officer (canbo.phuong) opens it on the cell's page and downloads the members' table as Word.
const CELL = 'Chi bộ Trường Mầm non Mỹ Hòa';
const YEAR = new Date().getFullYear();
const REASON = 'Đồng chí chủ động chuẩn bị chuyên đề quý III';

const device = watchedDevices();

// Runs first: the review it shows is still a draft, so it follows the ward's thresholds as soon as they change.
test('the ward’s officer sets the participation thresholds; the cell’s draft review follows them', async ({
  browser,
}) => {
  const officer = await device(browser, { viewport: { width: 1280, height: 900 } });
  const secretary = await device(browser, { viewport: { width: 360, height: 740 } });
  await signIn(officer, 'canbo.phuong');
  await officer.getByRole('navigation').getByRole('link', { name: 'Giám sát', exact: true }).click();
  await expect(officer).toHaveURL(/\/oversight\/[\w-]+/);
  const ward = /\/oversight\/([\w-]+)/.exec(officer.url())?.[1] ?? '';
  await officer.goto(`/units/${ward}?tab=quality`);
  const form = officer.getByRole('main').getByTestId('year-review-thresholds');
  await expect(form).toContainText('mặc định');
  await form.getByLabel('Tỷ lệ dự họp tối thiểu').first().fill('95');
  await form.getByLabel('Số lần đóng góp tối thiểu (phát biểu, góp ý, chuẩn bị)').fill('3');
  await form.getByRole('button', { name: 'Lưu ngưỡng' }).click();
  await expect(officer.getByText('Đã lưu ngưỡng đánh giá cuối năm')).toBeVisible();
  await officer.reload();
  await expect(form.getByLabel('Tỷ lệ dự họp tối thiểu').first()).toHaveValue('95 %');
  const wardName = (await officer.getByRole('heading', { level: 2 }).first().innerText()).trim();
  await expect(form).toContainText(wardName);

  // The cell below reads the ward's thresholds in its review; it cannot change them.
  await signIn(secretary, 'bithu.mamnon');
  await secretary.goto('/orgs');
  await secretary.getByRole('main').getByRole('link', { name: CELL }).first().click();
  await secretary.getByRole('tab', { name: 'Đánh giá cuối năm' }).click();
  await expect(secretary.getByTestId('year-review')).toContainText(
    `Mức đề xuất tính theo ngưỡng của: ${wardName}`,
  );
});

test('the secretary assesses and finalises the year-end review; the officer downloads it', async ({
  browser,
}) => {
  const secretary = await device(browser, { viewport: { width: 360, height: 740 } });
  const officer = await device(browser, { viewport: { width: 1280, height: 900 } });

  await signIn(secretary, 'bithu.mamnon');
  await secretary.goto('/orgs');
  await secretary.getByRole('main').getByRole('link', { name: CELL }).first().click();
  await expect(secretary.getByRole('heading', { name: CELL, level: 2 })).toBeVisible();
  await secretary.getByRole('tab', { name: 'Đánh giá cuối năm' }).click();
  await expect(secretary).toHaveURL(/\?tab=year-review/);
  const panel = secretary.getByTestId('year-review');
  await expect(panel.getByTestId('year-review-note')).toContainText('Quy định 124-QĐ/TW');
  await expect(panel.getByTestId('year-review-status')).toHaveText('Dự thảo');
  const rows = panel.getByTestId('year-review-member');
  await expect(rows.first()).toBeVisible();

  // The first member: a level other than proposed needs the reason.
  const first = rows.first();
  const proposed = (await first.locator('td').nth(5).innerText()).trim();
  const other = proposed === 'Tích cực' ? 'Đạt' : 'Tích cực';
  await first.getByRole('button', { name: 'Đánh giá' }).click();
  const dialog = secretary.getByRole('dialog');
  await dialog.getByLabel('Mức đánh giá').selectOption({ label: other });
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toContainText('cần ghi lý do');
  await dialog.getByLabel(/Lý do khác mức đề xuất/).fill(REASON);
  await dialog.getByLabel('Nhận xét').fill('Tham gia đầy đủ, có trách nhiệm');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(first).toContainText(`Lý do: ${REASON}`);
  await expect(first.locator('td').nth(6)).toContainText(other);

  // The cell's self-assessment, then finalise.
  await panel
    .getByLabel('Ưu điểm')
    .fill('Tổ chức sinh hoạt chuyên đề đều đặn, nội dung gắn với nhiệm vụ nhà trường.');
  await panel.getByLabel('Hạn chế').fill('Một số đảng viên ít phát biểu.');
  await panel.getByLabel('Phương hướng').fill('Gửi dự thảo sớm, phân công đảng viên chuẩn bị luân phiên.');
  await panel.getByRole('button', { name: 'Lưu tự đánh giá' }).click();
  await expect(secretary.getByText('Đã lưu')).toBeVisible();
  await panel.getByTestId('year-review-finalise').click();
  await secretary.getByRole('dialog').getByRole('button', { name: 'Chốt', exact: true }).click();
  await expect(panel.getByTestId('year-review-status')).toContainText('Đã chốt ngày');
  await expect(panel.getByRole('button', { name: 'Đánh giá' })).toHaveCount(0);
  // The page fits the phone: no horizontal scroll of the whole page (the table scrolls in its own box).
  const overflow = await secretary.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  // The ward's officer reads it on the cell's page and downloads the members' table.
  await signIn(officer, 'canbo.phuong');
  await officer.goto('/orgs');
  await officer.getByRole('main').getByRole('link', { name: CELL }).first().click();
  await officer.getByRole('tab', { name: 'Đánh giá cuối năm' }).click();
  const seen = officer.getByTestId('year-review');
  await expect(seen.getByTestId('year-review-status')).toContainText('Đã chốt ngày');
  await expect(seen.getByTestId('year-review-member').first()).toContainText(REASON);
  const [download] = await Promise.all([
    officer.waitForEvent('download'),
    seen.getByRole('link', { name: 'Tải bản Word (.docx)' }).first().click(),
  ]);
  expect(download.suggestedFilename()).toBe(
    `Đánh giá tham gia sinh hoạt chuyên đề năm ${YEAR} - ${CELL}.docx`,
  );
});
