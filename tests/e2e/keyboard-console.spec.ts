import { expect, type Page, test } from '@playwright/test';
import type { Me, Meeting } from '../../web/src/api/models.ts';
import { call, signIn, startedRegularMeeting, watchedDevices } from '../support/e2e-session.ts';
import { chooseByArrows, expectVisibleFocus, liveRegion, tabTo } from '../support/keyboard.ts';

// Issue 18, "Accessibility": the meeting console and the signing of the minutes with the keyboard only (Tab,
// Shift+Tab, Enter, Space, arrows; no click): each member's attendance buttons are a group named for the member,
// a speech is put on the list, given and noted, the conclusion and an assignment written, the meeting ended, the
// minutes drafted and signed by both signers through the confirmation dialog, each result said in a live region.
// Demo data: Chi bộ Khoa Nội, its secretary bithu.noi in the chair and dangvien.noi as minute-taker; the spec holds
// its own regular meeting (a date and a place no other spec uses).
const device = watchedDevices();
const CELL = 'Chi bộ Khoa Nội';
const PLACE = 'Phòng giao ban Khoa Nội (bàn phím)';
const NOTE = 'Đề nghị rà soát lịch trực của khoa trước Tết.';
const CONCLUSION = 'Chi bộ thống nhất phân công rà soát lịch trực, báo cáo tại buổi sinh hoạt sau.';
const TASK = 'Rà soát lịch trực Tết của khoa';

test('the chair holds the console and both signers sign the minutes with the keyboard only', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const page = await device(browser, { viewport: { width: 1280, height: 900 } });
  const takerPage = await device(browser, { viewport: { width: 1280, height: 900 } });
  const main = page.getByRole('main');
  await signIn(page, 'bithu.noi');
  await signIn(takerPage, 'dangvien.noi');

  // Set up through the API: the regular meeting, its notice (the roll), the minute-taker, started.
  const taker = await call<Me>(takerPage, 'GET', '/auth/me');
  const started = await startedRegularMeeting(
    page,
    CELL,
    { daysAhead: 47, place: PLACE },
    () => taker.person?.id,
  );
  const me = started.me;
  let meeting = started.meeting;
  const members = meeting.attendance.filter(
    (a) => a.memberStatus === 'official' || a.memberStatus === 'probationary',
  );
  const [speaker, excused] = members.filter((a) => a.personId !== me.person?.id);
  if (!speaker || !excused) throw new Error('Khoa Nội needs two more members');

  await page.goto(`/meetings/${meeting.id}`);
  await expect(main.getByTestId('meeting-status')).toHaveText('Đang diễn ra');
  const row = (name: string) => main.getByTestId('attendee').filter({ hasText: name });
  const controls = (name: string) => main.getByRole('group', { name: `Điểm danh: ${name}` });

  // Attendance: the speaker present (Space on the button in the group named for them), the state pressed.
  const present = controls(speaker.name).getByRole('button', { name: 'Có mặt' });
  await tabTo(page, present, 150);
  await expectVisibleFocus(present);
  await page.keyboard.press('Space');
  await expect(row(speaker.name).getByTestId('attendee-state')).toHaveText('Có mặt');
  await expect(present).toHaveAttribute('aria-pressed', 'true');
  // Excused: the reason's dialog takes the focus to its field; Enter in the form saves; the focus comes back.
  const excuse = controls(excused.name).getByRole('button', { name: 'Vắng có lý do' });
  await tabTo(page, excuse, 150);
  await page.keyboard.press('Enter');
  const reason = page.getByRole('dialog', { name: `Vắng có lý do: ${excused.name}` });
  await expect(reason.getByLabel('Lý do vắng mặt')).toBeFocused();
  await page.keyboard.type('Đi công tác');
  await tabTo(page, reason.getByRole('button', { name: 'Ghi vắng có lý do' }), 5);
  await page.keyboard.press('Enter');
  await expect(reason).toBeHidden();
  await expect(row(excused.name).getByTestId('attendee-state')).toHaveText('Vắng có lý do');
  await expect(excuse).toBeFocused();
  // Everyone else at once.
  const allPresent = main.getByRole('button', { name: 'Tất cả có mặt' });
  await page.keyboard.press('Shift+Tab');
  await tabTo(page, allPresent, 150);
  await page.keyboard.press('Enter');
  await expect(main.getByTestId('count-unmarked')).toContainText('0', { timeout: 30_000 });

  // A speech: the member is chosen in the list with the arrow keys, put on it, given the floor, noted, done.
  const speakers = main.getByTestId('speakers');
  const choose = speakers.getByLabel('Đưa vào danh sách phát biểu');
  await tabTo(page, choose, 150);
  await chooseByArrows(page, choose, speaker.name);
  await page.keyboard.press('Tab');
  await expect(speakers.getByRole('button', { name: 'Đưa vào danh sách', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  const speech = speakers.getByTestId('speech').filter({ hasText: speaker.name });
  await expect(speech.getByTestId('speech-status')).toHaveText('Chờ phát biểu');
  const give = speech.getByRole('button', { name: 'Mời phát biểu' });
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await tabTo(page, give, 20);
  await page.keyboard.press('Enter');
  await expect(speech.getByTestId('speech-status')).toHaveText('Đang phát biểu');
  const note = speech.getByLabel('Ghi chép ý kiến phát biểu');
  await page.keyboard.press('Shift+Tab');
  await tabTo(page, note, 20);
  await page.keyboard.type(NOTE);
  await tabTo(page, speech.getByRole('button', { name: 'Lưu ghi chép' }), 5);
  await page.keyboard.press('Enter');
  await expect(speech.getByText('Đã lưu', { exact: true })).toBeVisible();
  const done = speech.getByRole('button', { name: 'Xong' });
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await tabTo(page, done, 20);
  await page.keyboard.press('Enter');
  await expect(speech.getByTestId('speech-status')).toHaveText('Đã phát biểu');

  // The conclusion, saved; the confirmation is said.
  const conclusion = main.getByLabel('Kết luận của chủ trì');
  await tabTo(page, conclusion, 150);
  await page.keyboard.type(CONCLUSION);
  await tabTo(page, main.getByRole('button', { name: 'Lưu kết luận' }), 5);
  await page.keyboard.press('Enter');
  await expect(liveRegion(page, 'Đã lưu kết luận')).toBeAttached();

  // An assignment: title, the owner chosen with the arrows, added with Enter in the form.
  const tasks = main.getByTestId('tasks');
  await tabTo(page, tasks.getByLabel('Nội dung công việc'), 150);
  await page.keyboard.type(TASK);
  await page.keyboard.press('Tab');
  const owner = tasks.getByLabel('Người thực hiện');
  await expect(owner).toBeFocused();
  await chooseByArrows(page, owner, speaker.name);
  await tabTo(page, tasks.getByRole('button', { name: 'Thêm phân công' }), 10);
  await page.keyboard.press('Enter');
  await expect(tasks.getByTestId('task').filter({ hasText: TASK })).toHaveCount(1);

  // The meeting ends through its confirmation dialog.
  await page.keyboard.press('Shift+Tab');
  await tabTo(page, main.getByRole('button', { name: 'Kết thúc buổi sinh hoạt' }), 200);
  await page.keyboard.press('Enter');
  const ending = page.getByRole('dialog', { name: 'Kết thúc buổi sinh hoạt' });
  await tabTo(page, ending.getByRole('button', { name: 'Kết thúc buổi sinh hoạt' }), 10);
  await page.keyboard.press('Enter');
  await expect(main.getByTestId('meeting-status')).toHaveText('Đã kết thúc');

  // The minutes: drafted from the record, then signed by the chair through the dialog.
  await tabTo(page, main.getByRole('button', { name: 'Tạo biên bản từ diễn biến' }), 200);
  await page.keyboard.press('Enter');
  await expect(main.getByLabel('Nội dung biên bản')).toHaveValue(new RegExp(NOTE));
  await signByKeyboard(page);
  await expect(main.getByTestId('minutes-status')).toHaveText('Đã ký một bên');

  // The minute-taker signs on their own device: the minutes lock with a number.
  await takerPage.goto(`/meetings/${meeting.id}`);
  await expect(takerPage.getByRole('main').getByTestId('minutes-text')).toContainText(NOTE);
  await signByKeyboard(takerPage);
  await expect(takerPage.getByRole('main').getByTestId('minutes-status')).toHaveText('Đã khóa');
  await expect(main.getByTestId('minutes-status')).toHaveText('Đã khóa');

  meeting = await call<Meeting>(page, 'GET', `/meetings/${meeting.id}`);
  expect(meeting.conclusion).toBe(CONCLUSION);
  expect(meeting.speeches.filter((s) => s.personId === speaker.personId)).toMatchObject([{ note: NOTE }]);
  expect(meeting.tasks.filter((t) => t.title === TASK)).toMatchObject([{ ownerId: speaker.personId }]);
  expect(meeting.attendance.find((a) => a.personId === excused.personId)).toMatchObject({
    state: 'absent_excused',
    reason: 'Đi công tác',
  });
});

/** "Ký biên bản", the dialog that holds the focus, "Xác nhận ký"; the result is said in a live region. */
async function signByKeyboard(page: Page) {
  const sign = page.getByRole('main').getByRole('button', { name: 'Ký biên bản' });
  await tabTo(page, sign, 200);
  await expectVisibleFocus(sign);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Ký biên bản' });
  await expect(dialog).toBeVisible();
  const confirm = dialog.getByRole('button', { name: 'Xác nhận ký' });
  await tabTo(page, confirm, 10);
  expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(liveRegion(page, 'Đã ký biên bản')).toBeAttached();
}
