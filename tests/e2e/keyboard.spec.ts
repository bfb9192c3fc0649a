import { expect, test } from '@playwright/test';
import { ownMamnonDraft, PASSWORD, watchedDevices } from '../support/e2e-session.ts';
import { expectVisibleFocus, liveRegion, tabTo } from '../support/keyboard.ts';

// Issue 18, "Accessibility": the main path of a member — sign in, home, comment on a passage and on a whole draft — with the keyboard
// only (Tab, Enter, Space; no click), every control reached in order, its focus visible; the skip link leads to
// the main region; a dialog keeps the focus inside and gives it back; the result is said in a live region.
const device = watchedDevices();
// The spec's own draft (its own plan year): the demo's quarter 4 draft is preparation.spec's to count.
const TOPIC = 'Rèn luyện phong cách làm việc khoa học (bàn phím)';
const YEAR = 2046;
const PASSAGE_COMMENT = 'Đoạn này nên nêu rõ thời hạn hoàn thành.';
const COMMENT = 'Đề nghị bổ sung số liệu quần chúng ưu tú của từng tổ công tác.';

test('a member signs in, reaches the draft and comments on it with the keyboard only', async ({
  browser,
}) => {
  // Two sign-ins and a plan made for the spec's own draft, then every step by Tab: past the default minute.
  test.setTimeout(150_000);
  const topicId = await ownMamnonDraft(
    () => device(browser, { viewport: { width: 1280, height: 900 } }),
    YEAR,
    TOPIC,
  );
  const page = await device(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto('/login');

  const username = page.getByLabel('Tên đăng nhập');
  await tabTo(page, username);
  await page.keyboard.type('dangvien.mamnon');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Mật khẩu')).toBeFocused();
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Trang chủ' })).toBeVisible();

  // The first Tab on a screen reaches the skip link, shown while focused; Enter moves the focus to the main region.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();

  // The notifications drawer: opened with Space, holds the focus, Escape closes it and the focus returns.
  const bell = page.getByTestId('notification-bell');
  await page.keyboard.press('Shift+Tab');
  await tabTo(page, bell);
  await expectVisibleFocus(bell);
  await page.keyboard.press('Space');
  const drawer = page.getByRole('dialog', { name: 'Thông báo' });
  await expect(drawer).toBeVisible();
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    expect(await drawer.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(bell).toBeFocused();

  // "Việc của tôi" in the navigation, then the draft waiting for the member's comments.
  const myWork = page.getByRole('link', { name: 'Việc của tôi' });
  await tabTo(page, myWork);
  await expectVisibleFocus(myWork);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/my-work$/);
  // The spec's own draft (a later plan year, which "Việc của tôi" does not list) is opened by its address; the
  // rest is keyboard again.
  await page.goto(`/topics/${topicId}`);
  await expect(page.getByRole('heading', { name: TOPIC, level: 2 })).toBeVisible();

  // A comment on one passage: Tab reaches the draft's paragraphs; Enter chooses one whole and takes the focus to
  // "Góp ý đoạn này"; the dialog opens on the comment's field and gives the focus back when it closes.
  const paragraph = page.getByTestId('draft-text').locator('p').first();
  const quote = ((await paragraph.textContent()) ?? '').trim();
  await tabTo(page, paragraph, 120);
  await expectVisibleFocus(paragraph);
  await page.keyboard.press('Enter');
  const onPassage = page.getByRole('button', { name: 'Góp ý đoạn này' });
  await expect(onPassage).toBeFocused();
  await expect(page.getByTestId('selection-bar')).toContainText(quote.slice(0, 40));
  await page.keyboard.press('Enter');
  const modal = page.getByRole('dialog', { name: 'Góp ý vào đoạn đã chọn' });
  await expect(modal).toBeVisible();
  await tabTo(page, modal.getByLabel('Nội dung góp ý'), 5);
  await page.keyboard.type(PASSAGE_COMMENT);
  await tabTo(page, modal.getByRole('button', { name: 'Gửi góp ý' }), 5);
  await page.keyboard.press('Enter');
  await expect(modal).toBeHidden();
  const onPassageComment = page.getByTestId('comment').filter({ hasText: PASSAGE_COMMENT });
  await expect(onPassageComment).toBeVisible();
  await expect(onPassageComment).toContainText(quote.slice(0, 40));

  // A comment on the draft as a whole: typed, then sent with Space on the button.
  const field = page.getByLabel('Góp ý chung cho cả dự thảo');
  await tabTo(page, field, 120);
  await page.keyboard.type(COMMENT);
  const send = page.getByRole('button', { name: 'Gửi góp ý chung' });
  await page.keyboard.press('Tab');
  await expectVisibleFocus(send);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('comment').filter({ hasText: COMMENT })).toBeVisible();
  // The confirmation is said by screen readers: it sits in a live region (role alert or status).
  await expect(liveRegion(page, 'Đã gửi góp ý')).toBeAttached();
});
