import { expect, test } from '@playwright/test';
import { signIn, watchedDevices } from '../support/e2e-session.ts';

// Issue 15, guidance of cells that struggle (seed 000: "đảng ủy cấp trên trực tiếp chỉ đạo, hướng dẫn cách sinh
// hoạt"). Demo data: Chi bộ Khu phố 3, directly under the ward; its quarter 1 topic's draft 1 waits for approval
// (not yet sent to members). The ward's officer (canbo.phuong) marks the cell and assigns the ward's committee
// member (uyvien.phuong), who records a visit; the secretary (bithu.khupho3) invites the committee on the topic,
// and the committee member comments on the draft members have not received yet.
const CELL = 'Chi bộ Khu phố 3';
const TOPIC = 'Phát huy dân chủ ở cơ sở trong xây dựng khu phố văn minh';
const REASON = 'Chi bộ chưa chuẩn bị chuyên đề bằng văn bản hai quý liền';
const FINDINGS = 'Chi ủy chưa phân công người viết dự thảo quý I';
const ADVICE = 'Hướng dẫn bí thư phân công theo khả năng và gửi dự thảo trước 3 ngày';
const COMMENT = 'Đề nghị bổ sung phần đánh giá thực trạng sinh hoạt của khu phố và giải pháp cụ thể.';

const device = watchedDevices();

test('the ward marks a cell for guidance, its committee member visits and comments on the invited draft', async ({
  browser,
}) => {
  const options = { locale: 'vi-VN' };
  const officer = await device(browser, options);
  const follower = await device(browser, options);
  const secretary = await device(browser, options);

  // The ward's officer opens the cell and marks it as needing guidance, assigning the committee member.
  await signIn(officer, 'canbo.phuong');
  await officer.goto('/orgs');
  await officer.getByRole('main').getByRole('link', { name: CELL }).click();
  await expect(officer.getByRole('heading', { name: CELL, level: 2 })).toBeVisible();
  await officer.getByRole('tab', { name: 'Cần hướng dẫn' }).click();
  await officer.getByRole('button', { name: 'Đánh dấu cần hướng dẫn' }).click();
  await officer.getByLabel('Lý do').fill(REASON);
  const assignee = officer.getByLabel('Người được phân công theo dõi');
  const option = assignee.locator('option', { hasText: 'Đảng ủy viên' });
  await expect(option).toHaveCount(1);
  const followerName = ((await option.textContent()) ?? '').split(' — ')[0] ?? '';
  await assignee.selectOption(await option.getAttribute('value'));
  await officer.getByRole('button', { name: 'Đánh dấu và phân công' }).click();
  const record = officer.getByTestId('support-record');
  await expect(record).toContainText('Đang theo dõi');
  await expect(record).toContainText(REASON);
  await expect(record.getByTestId('support-assignee')).toContainText(followerName);
  await expect(officer.getByTestId('support-badge').first()).toBeVisible();
  // The org tree badges the cell, and only it.
  await officer.goto('/orgs');
  const badges = officer.getByRole('main').getByTestId('support-badge');
  await expect(badges).toHaveCount(1);
  const badged = officer.locator('li', { has: officer.getByTestId('support-badge') }).last();
  await expect(badged.getByRole('link').first()).toHaveText(CELL);

  // The committee member finds the cell on their home, opens it and records a visit.
  await signIn(follower, 'uyvien.phuong');
  const assigned = follower.locator('[data-testid="inbox-item"][data-kind="support_assigned"]');
  await expect(assigned).toContainText(CELL);
  await expect(assigned).toContainText(REASON);
  await assigned.getByRole('link').click();
  await expect(follower).toHaveURL(/\/units\/[\w-]+\?tab=support$/);
  await follower.getByRole('button', { name: 'Ghi buổi làm việc, ghi chú' }).click();
  await follower.getByLabel('Tình hình nắm được').fill(FINDINGS);
  await follower.getByLabel('Nội dung hướng dẫn').fill(ADVICE);
  await follower.getByRole('button', { name: 'Lưu' }).click();
  const visit = follower.getByTestId('support-visit');
  await expect(visit).toHaveCount(1);
  await expect(visit).toContainText('Làm việc tại chi bộ');
  await expect(visit).toContainText(FINDINGS);
  await expect(visit).toContainText(ADVICE);
  await expect(visit).toContainText(/\d\d\/\d\d\/\d{4}/);

  // The secretary reads the visit on her cell's page, then invites the committee on the quarter 1 topic.
  await signIn(secretary, 'bithu.khupho3');
  await secretary
    .locator('[data-testid="inbox-item"][data-kind="draft_to_approve"]')
    .getByRole('link')
    .click();
  await expect(secretary.getByRole('heading', { name: TOPIC, level: 2 })).toBeVisible();
  const toggle = secretary.getByRole('switch', { name: 'Mời cấp ủy cấp trên góp ý' });
  await expect(toggle).not.toBeChecked();
  // The switch follows the server: it turns on once the invitation is recorded.
  await toggle.click({ force: true });
  await expect(toggle).toBeChecked();
  await expect(secretary.getByText(/Đã mời từ/)).toBeVisible();

  // The committee member sees the invited draft on their home and comments on it.
  await follower.getByRole('link', { name: 'Trang chủ' }).click();
  const invited = follower.locator('[data-testid="inbox-item"][data-kind="draft_invited"]');
  await expect(invited).toContainText(TOPIC);
  await invited.getByRole('link').click();
  await expect(follower.getByRole('heading', { name: TOPIC, level: 2 })).toBeVisible();
  await expect(follower.getByTestId('invited-guest')).toBeVisible();
  await follower.getByLabel('Góp ý chung cho cả dự thảo').fill(COMMENT);
  await follower.getByRole('button', { name: 'Gửi góp ý chung' }).click();
  const comment = follower.getByTestId('comment');
  await expect(comment).toHaveCount(1);
  await expect(comment).toContainText(COMMENT);
  await expect(comment).toContainText(followerName);

  // The secretary sees the committee's comment on the draft; the visit is on the cell's page.
  await secretary.reload();
  await expect(secretary.getByTestId('comment')).toContainText(COMMENT);
  await secretary.goto('/orgs');
  await secretary.getByRole('main').getByRole('link', { name: CELL }).click();
  await secretary.getByRole('tab', { name: 'Cần hướng dẫn' }).click();
  await expect(secretary.getByTestId('support-visit')).toContainText(FINDINGS);
});
