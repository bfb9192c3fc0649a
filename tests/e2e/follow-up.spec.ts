import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { pdfText } from '../support/document-text.ts';
import { signIn, watchedDevices } from '../support/e2e-session.ts';

const device = watchedDevices();

// The member reports first; the secretary's final review then reads the task as done: run them in order.
test.describe.configure({ mode: 'serial' });

// Demo data (demo-follow-up.ts): Chi bộ Trường Mầm non Mỹ Hòa issued its quarter 1 topic as Nghị quyết số
// 01-NQ/CB on 20/03/2026; the meeting of 10/03/2026 assigned its tasks. The one of dangvien.mamnon, due
// 31/12/2026, has no report yet. The interim review was issued as 01-BC/CB; the final one is planned for
// 15/12/2026 and not written.
const CELL = 'Chi bộ Trường Mầm non Mỹ Hòa';
const TOPIC = 'Xây dựng các phương án bảo đảm an toàn cho trẻ tại trường';
const TASK = 'Tuyên truyền phụ huynh về phòng tránh tai nạn cho trẻ tại gia đình';
const NOTE = 'Đã tổ chức 12 buổi tuyên truyền tại các lớp và gửi cẩm nang phòng tránh tai nạn cho phụ huynh.';
const PARTS = {
  'Kết quả đạt được':
    'Chi bộ lãnh đạo nhà trường hoàn thành các nhiệm vụ nghị quyết đề ra; cả năm học không xảy ra tai nạn thương tích.',
  'Hạn chế, khuyết điểm và nguyên nhân':
    'Hệ thống camera giám sát hoàn thành chậm so với kế hoạch do kinh phí cấp muộn.',
  'Bài học kinh nghiệm':
    'Phân công rõ người, rõ việc, rõ thời hạn và kiểm tra định kỳ tại mỗi buổi sinh hoạt chi bộ.',
  'Phương hướng, đề xuất, kiến nghị':
    'Đề nghị Đảng ủy phường hỗ trợ kinh phí duy tu thiết bị đồ chơi ngoài trời hằng năm.',
};
let reviewUrl = '';

test('on a phone, a member finds the task a meeting gave them in “Việc của tôi” and reports it done', async ({
  browser,
}) => {
  const page = await device(browser, { viewport: { width: 360, height: 740 }, hasTouch: true });
  const main = page.getByRole('main');
  await signIn(page, 'dangvien.mamnon');
  await page.getByRole('button', { name: 'Mở hoặc đóng menu' }).click();
  await page.getByRole('link', { name: 'Việc của tôi' }).click();

  const task = main.getByTestId('my-tasks').getByTestId('follow-up-task').filter({ hasText: TASK });
  await expect(task).toContainText('Hạn 31/12/2026');
  await expect(task).toContainText(TOPIC);
  await expect(task.getByTestId('task-state')).toHaveText('Chưa báo cáo');
  await expect(task.getByRole('button', { name: 'Quá trình thực hiện' })).toHaveCount(0);

  await task.getByRole('button', { name: 'Báo cáo kết quả' }).click();
  const form = task.getByTestId('task-report-form');
  await expect(form.getByLabel('Ngày báo cáo')).not.toHaveValue('');
  // "Not done" asks why.
  await form.getByLabel('Chưa hoàn thành').check();
  await form.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await expect(form).toContainText('Hãy ghi rõ lý do chưa hoàn thành');
  await form.getByLabel('Đã hoàn thành').check();
  await form.getByLabel('Kết quả, ghi chú').fill(NOTE);
  await form.getByRole('button', { name: 'Gửi báo cáo' }).click();

  await expect(form).toHaveCount(0);
  await expect(task.getByTestId('task-state')).toHaveText('Hoàn thành');
  await expect(task.getByTestId('task-note')).toHaveText(NOTE);
  await expect(task.getByTestId('task-overdue')).toHaveCount(0);
  await task.getByRole('button', { name: 'Quá trình thực hiện' }).click();
  await expect(task.getByTestId('task-history')).toContainText(NOTE);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('the secretary follows the tasks up, then writes and issues the final review of the resolution', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const page = await device(browser, { viewport: { width: 1024, height: 800 } });
  const main = page.getByRole('main');
  await signIn(page, 'bithu.mamnon');

  // Her "Việc của tôi" reminds her of the final review she has to write.
  await page.getByRole('link', { name: 'Việc của tôi' }).click();
  await expect(main.getByRole('heading', { name: 'Việc của tôi', level: 2 })).toBeVisible();
  await main.getByLabel('Năm', { exact: true }).selectOption('2026');
  await expect(main.getByTestId('my-review')).toHaveCount(1);
  await expect(main.getByTestId('my-review')).toContainText('Tổng kết ngày 15/12/2026');
  await page.getByRole('link', { name: 'Trang chủ' }).click();

  // The cell's "Sinh hoạt" tab, "Theo dõi nhiệm vụ": the member's report is there.
  await main.getByRole('link', { name: CELL }).click();
  await expect(page.getByRole('heading', { name: CELL, level: 2 })).toBeVisible();
  await page.getByRole('tab', { name: 'Sinh hoạt' }).click();
  await main.getByRole('radiogroup', { name: 'Xem' }).getByText('Theo dõi nhiệm vụ').click();
  await main.getByLabel('Năm', { exact: true }).selectOption('2026');
  const tasks = main.getByTestId('cell-tasks');
  const reported = tasks.getByTestId('follow-up-task').filter({ hasText: TASK });
  await expect(reported.getByTestId('task-state')).toHaveText('Hoàn thành');
  await expect(reported).toContainText(NOTE);
  // Only the overdue ones: the camera task (due 30/09/2026, in progress); not the one just done.
  const filter = tasks.getByRole('radiogroup', { name: 'Lọc nhiệm vụ' });
  await filter.getByText('Quá hạn').click();
  await expect(tasks.getByTestId('follow-up-task')).toHaveCount(1);
  await expect(tasks.getByTestId('follow-up-task')).toContainText('Lắp đặt camera giám sát');
  await filter.getByText('Tất cả').click();

  // From the task to its resolution's topic: the interim review issued, the final one planned.
  await reported.getByRole('link', { name: TOPIC }).click();
  // The issued text repeats its title in the page: the page's own heading is the first.
  await expect(page.getByRole('heading', { name: TOPIC, level: 2 }).first()).toBeVisible();
  const reviews = main.getByTestId('topic-reviews');
  await expect(reviews.getByTestId('resolution-line')).toHaveText(
    'Nghị quyết số 01-NQ/CB, ban hành ngày 20/03/2026',
  );
  await expect(reviews.getByTestId('review-row').filter({ hasText: 'Sơ kết ngày 30/09/2026' })).toContainText(
    'Đã ban hành số 01-BC/CB',
  );
  const final = reviews.getByTestId('review-row').filter({ hasText: /Tổng kết ngày/ });
  await expect(final.getByTestId('review-state')).toHaveText('Kế hoạch');
  await final.getByRole('link', { name: 'Tổng kết ngày 15/12/2026' }).click();

  await expect(
    page.getByRole('heading', { name: 'Báo cáo tổng kết việc thực hiện Nghị quyết số 01-NQ/CB', level: 2 }),
  ).toBeVisible();
  reviewUrl = page.url();
  const editor = main.getByTestId('review-editor');
  await expect(editor.getByLabel('Ngày tổng kết')).toHaveValue('15/12/2026');

  // Seed 003, step 5 ("sơ tổng kết theo kế hoạch"): not before its own date — the page says why.
  const issueButton = editor.getByRole('button', { name: 'Ban hành báo cáo' });
  await expect(issueButton).toBeDisabled();
  await expect(editor.getByTestId('review-issue-hint')).toHaveText(
    'Chưa đến ngày tổng kết (15/12/2026): báo cáo chỉ ban hành từ ngày này trở đi. Chi bộ tổng kết sớm hơn thì sửa ngày rồi lưu.',
  );
  await expect(issueButton).toHaveAccessibleDescription(/^Chưa đến ngày tổng kết \(15\/12\/2026\)/);
  // The cell holds its final review today instead.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  await editor.getByLabel('Ngày tổng kết').fill(today.split('-').reverse().join('/'));
  await editor.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(editor).toContainText('Đã lưu mọi thay đổi');
  await expect(editor.getByTestId('review-issue-hint')).toHaveCount(0);

  // Issuing an empty report: the server names each part still to write.
  await issueButton.click();
  const confirm = page.getByRole('dialog', { name: 'Ban hành báo cáo' });
  await confirm.getByRole('button', { name: 'Ban hành báo cáo' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(editor.getByText('Hãy viết phần này trước khi ban hành')).toHaveCount(4);
  await expect(editor.getByLabel('Bài học kinh nghiệm')).toHaveAttribute('aria-invalid', 'true');
  await expect(main.getByTestId('review-state')).toHaveText('Kế hoạch');

  for (const [label, text] of Object.entries(PARTS)) await editor.getByLabel(label).fill(text);
  await expect(editor.getByRole('button', { name: 'Ban hành báo cáo' })).toBeDisabled();
  await editor.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(editor).toContainText('Đã lưu mọi thay đổi');
  await expect(editor.getByText('Hãy viết phần này trước khi ban hành')).toHaveCount(0);

  await editor.getByRole('button', { name: 'Ban hành báo cáo' }).click();
  await confirm.getByRole('button', { name: 'Ban hành báo cáo' }).click();
  await expect(main.getByTestId('review-state')).toContainText(/^Đã ban hành số \d{2}-BC\/CB$/);
  await expect(main.getByTestId('review-editor')).toHaveCount(0);
  const text = main.getByTestId('review-text');
  for (const part of Object.values(PARTS)) await expect(text).toContainText(part);
  // The report reads the tasks as they stood when issued: the member's is done.
  const row = main.getByTestId('review-tasks').getByTestId('review-task').filter({ hasText: TASK });
  await expect(row.getByTestId('task-state')).toHaveText('Hoàn thành');
  await expect(row).toContainText('Võ Minh Lực');

  // Back on the topic, the final review is issued and nothing more is planned.
  await main.getByRole('link', { name: TOPIC }).click();
  await expect(main.getByTestId('topic-reviews').getByTestId('review-row')).toHaveCount(2);
  await expect(final.getByTestId('review-state')).toContainText('-BC/CB');
  await expect(main.getByRole('button', { name: 'Lên lịch sơ kết / tổng kết' })).toHaveCount(0);
});

test('the issued final review downloads as the cell’s PDF report with what was written', async ({
  browser,
}) => {
  expect(reviewUrl).not.toBe('');
  const page = await device(browser, { viewport: { width: 1024, height: 800 } });
  await signIn(page, 'bithu.mamnon');
  await page.goto(reviewUrl);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('main').getByRole('link', { name: 'Tải bản PDF' }).click(),
  ]);
  const file = new Uint8Array(await readFile(await download.path()));
  const text = (await pdfText(file)).replace(/\s+/g, ' ');
  expect(text).toContain('BÁO CÁO');
  expect(text).toContain('Tổng kết việc thực hiện Nghị quyết số 01-NQ/CB');
  expect(text).toMatch(/Số \d{2}-BC\/CB/);
  for (const part of Object.values(PARTS)) expect(text).toContain(part);
  expect(text).toContain(TASK);
});
