import { expect, test } from '@playwright/test';
import { signIn, watchedDevices } from '../support/e2e-session.ts';

// Issue 16, the quality of meetings: the ward officer (canbo.phuong) changes a threshold of the ward's rubric, the
// secretary of Chi bộ Trường Mầm non Mỹ Hòa (bithu.mamnon) proposes the score of its quarter 1 thematic meeting
// (demo-meetings.ts: ended), the officer adjusts it with a reason, and the dashboard shows the level.
const YEAR = '2026';
const MAMNON = 'Chi bộ Trường Mầm non Mỹ Hòa';
const device = watchedDevices();

test('an officer sets a rubric, a secretary proposes a score, the officer adjusts it, the dashboard shows it', async ({
  browser,
}) => {
  const options = { viewport: { width: 1440, height: 900 } };
  const officer = await device(browser, options);
  const secretary = await device(browser, options);
  await signIn(officer, 'canbo.phuong');
  await signIn(secretary, 'bithu.mamnon');
  const main = officer.getByRole('main');

  // The ward's dashboard gives the ward's id and the link to Mầm non's quarter 1 meeting.
  await officer.getByRole('navigation').getByRole('link', { name: 'Giám sát', exact: true }).click();
  await expect(officer).toHaveURL(/\/oversight\/[\w-]+/);
  await main.getByLabel('Năm', { exact: true }).selectOption(YEAR);
  const ward = /\/oversight\/([\w-]+)/.exec(officer.url())?.[1] ?? '';
  const mamnon = main.getByTestId('oversight-row').filter({ hasText: MAMNON });
  const meetingHref = (await mamnon.getByTestId('quarter-1').getByRole('link').getAttribute('href')) ?? '';
  expect(meetingHref).toMatch(/^\/meetings\/[\w-]+$/);
  await expect(mamnon.getByTestId('quality-cell')).toHaveText('—');

  // The officer changes the ward's rubric: Khá from 75 % to 70 %, saved as version 1 of the ward's own.
  await officer.goto(`/units/${ward}?tab=quality`);
  const rubric = main.getByTestId('quality-rubric');
  await expect(rubric.getByTestId('rubric-in-use')).toHaveText('Đang dùng: Tiêu chí mặc định');
  await rubric.getByLabel('Khá').fill('70');
  await rubric.getByRole('button', { name: 'Lưu phiên bản mới' }).click();
  await expect(rubric.getByTestId('rubric-in-use')).toContainText('phiên bản 1');
  await expect(rubric.getByLabel('Khá')).toHaveValue('70');

  // The secretary proposes the score with the manual criterion and a note.
  await secretary.goto(meetingHref);
  const section = secretary.getByRole('main').getByTestId('quality');
  await expect(section.getByTestId('quality-status')).toHaveText('Chưa đề xuất');
  await section.getByLabel('Chất lượng nội dung, thảo luận (bí thư chấm)').fill('8');
  await section
    .getByLabel('Ghi chú của bí thư')
    .fill('Các đồng chí thảo luận sôi nổi, liên hệ thực tế nhà trường.');
  await section.getByRole('button', { name: 'Đề xuất điểm' }).click();
  await expect(section.getByTestId('quality-status')).toHaveText('Bí thư đã đề xuất, chờ cấp ủy xác nhận');
  await expect(section.getByLabel('Chất lượng nội dung, thảo luận (bí thư chấm)')).toHaveValue('8');
  await secretary.reload();
  await expect(section.getByLabel('Chất lượng nội dung, thảo luận (bí thư chấm)')).toHaveValue('8');

  // The proposal waits on the officer's home ("Việc cần làm") until confirmed; the to-do opens the meeting.
  await officer.goto('/');
  const todo = main.locator('[data-testid="inbox-item"][data-kind="quality_to_confirm"]');
  await expect(todo).toContainText('Xác nhận điểm chất lượng buổi sinh hoạt ngày');
  await expect(todo).toContainText('Chi bộ Trường Mầm non Mỹ Hòa');
  await todo.getByRole('link').first().click();
  await expect(officer).toHaveURL(new RegExp(`${meetingHref}$`));

  // The officer adjusts the manual criterion with a reason and confirms.
  const confirm = main.getByTestId('quality');
  await expect(confirm.getByTestId('quality-status')).toHaveText('Bí thư đã đề xuất, chờ cấp ủy xác nhận');
  await confirm.getByLabel('Chất lượng nội dung, thảo luận (bí thư chấm)').fill('5');
  await expect(confirm.getByRole('button', { name: 'Xác nhận' })).toBeDisabled();
  await confirm
    .getByLabel('Lý do: Chất lượng nội dung, thảo luận (bí thư chấm)')
    .fill('Ý kiến thảo luận chưa đề ra giải pháp cụ thể');
  await confirm.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(confirm.getByTestId('quality-status')).toHaveText('Cấp ủy đã xác nhận');
  await expect(confirm.getByTestId('quality-row-discussion_quality')).toContainText(
    'Ý kiến thảo luận chưa đề ra giải pháp cụ thể',
  );
  const level = (await confirm.getByTestId('quality-level').textContent()) ?? '';
  expect(['Tốt', 'Khá', 'Trung bình', 'Kém']).toContain(level);
  // The to-do is gone; the secretary is told of the adjustment with its reason.
  await officer.goto('/');
  await expect(main.getByTestId('inbox-item').first()).toBeVisible();
  await expect(main.locator('[data-testid="inbox-item"][data-kind="quality_to_confirm"]')).toHaveCount(0);
  await secretary.goto('/');
  await secretary.getByTestId('notification-bell').click();
  await expect(
    secretary
      .getByRole('dialog', { name: 'Thông báo' })
      .getByTestId('notification-item')
      .filter({ hasText: 'đã điều chỉnh điểm chất lượng' })
      .first(),
  ).toContainText(`mức ${level}. Lý do: Ý kiến thảo luận chưa đề ra giải pháp cụ thể`);

  // The dashboard shows the confirmed level in quarter 1.
  await officer.goto(`/oversight/${ward}?year=${YEAR}`);
  await expect(mamnon.getByTestId('quality-cell')).toContainText(`Quý I: ${level}`);
});
