import { expect, test } from '@playwright/test';
import { signIn, watchedDevices } from '../support/e2e-session.ts';

// Issue 14, "Home = what is mine to do now". Demo data: Chi bộ Khu phố 3 (bithu.khupho3, its secretary; the
// cell has a committee). The ward returned its 2026 plan with a remark, and its quarter 1 topic's draft 1 waits
// for the cell committee's approval (src/seed/demo.ts, demo-preparation.ts). This spec changes nothing.
const TOPIC = 'Phát huy dân chủ ở cơ sở trong xây dựng khu phố văn minh';
const REMARK = 'Chuyên đề quý II cần gắn với việc thực hiện Quy chế dân chủ ở khu phố';

watchedDevices();

test('the secretary’s home shows the draft to approve and the returned plan; both links open their screens', async ({
  page,
}) => {
  const main = page.getByRole('main');
  await signIn(page, 'bithu.khupho3');
  await expect(main.getByRole('heading', { name: 'Việc cần làm' })).toBeVisible();
  const items = main.getByTestId('inbox-item');

  // The draft to approve: its kind, its unit, no due day.
  const approve = main.locator('[data-testid="inbox-item"][data-kind="draft_to_approve"]');
  await expect(approve).toHaveCount(1);
  await expect(approve).toContainText('Duyệt dự thảo');
  await expect(approve).toContainText('Chi bộ Khu phố 3');
  const returned = main.locator('[data-testid="inbox-item"][data-kind="plan_returned"]');
  await expect(returned).toContainText('Kế hoạch bị trả lại');
  await expect(returned).toContainText(REMARK);

  // Overdue items come first, each with its due day in red as dd/mm/yyyy.
  const overdue = main.locator('[data-testid="inbox-item"][data-overdue="true"]');
  await expect(overdue.first()).toBeVisible();
  await expect(overdue.first().getByTestId('inbox-due')).toHaveText(/^Quá hạn từ \d\d\/\d\d\/\d{4}$/);
  await expect(items.first()).toHaveAttribute('data-overdue', 'true');

  // The unit cards stay below.
  await expect(main.getByRole('heading', { name: 'Đơn vị và chức danh của tôi' })).toBeVisible();

  await approve.getByRole('link', { name: `Duyệt dự thảo 1 chuyên đề “${TOPIC}”` }).click();
  await expect(page).toHaveURL(/\/topics\/[\w-]+$/);
  await expect(main.getByRole('heading', { name: TOPIC, level: 2 })).toBeVisible();

  await page.getByRole('link', { name: 'Trang chủ' }).click();
  await returned.getByRole('link').click();
  await expect(page).toHaveURL(/\/plans\/[\w-]+$/);
  await expect(main.getByRole('heading', { name: 'Kế hoạch sinh hoạt chuyên đề năm 2026' })).toBeVisible();
  await expect(main.getByTestId('plan-status')).toHaveText('Cấp ủy trả lại');
  await expect(main.getByText(REMARK).first()).toBeVisible();
});

test('a member with nothing to do sees the friendly empty state', async ({ page }) => {
  await signIn(page, 'dangvien.noi');
  await expect(page.getByRole('main').getByTestId('inbox-empty')).toHaveText('Không có việc nào cần làm');
});

test('the committee’s "cells with overdue steps" opens the overview filtered to them', async ({ page }) => {
  const main = page.getByRole('main');
  await signIn(page, 'canbo.benhvien');
  const behind = main.locator('[data-testid="inbox-item"][data-kind="cells_overdue"]');
  await expect(behind).toContainText('1 chi bộ có bước quá hạn');
  await behind.getByRole('link').click();
  await expect(page).toHaveURL(/\/plans\?unit=[\w-]+&overdue=1/);
  await expect(main.getByLabel('Chỉ hiện chi bộ có bước quá hạn')).toBeChecked();
  for (const row of await main.getByTestId('cell-row').all()) await expect(row).toContainText('bước quá hạn');
});
