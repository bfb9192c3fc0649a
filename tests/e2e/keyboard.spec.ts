import { expect, type Locator, type Page, test } from '@playwright/test';
import { ownMamnonDraft, PASSWORD, watchedDevices } from '../support/e2e-session.ts';

// Issue 18, "Accessibility": the main path of a member — sign in, home, comment on a draft — with the keyboard
// only (Tab, Enter, Space; no click), every control reached in order, its focus visible; the skip link leads to
// the main region; a dialog keeps the focus inside and gives it back; the result is said in a live region.
const device = watchedDevices();
// The spec's own draft (its own plan year): the demo's quarter 4 draft is preparation.spec's to count.
const TOPIC = 'Rèn luyện phong cách làm việc khoa học (bàn phím)';
const YEAR = 2046;
const COMMENT = 'Đề nghị bổ sung số liệu quần chúng ưu tú của từng tổ công tác.';

/** Presses Tab until `target` has the focus (it must be reachable, within `max` presses). */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** The focused control shows where the focus is (an outline that is not `none`, or a box shadow). */
async function expectVisibleFocus(target: Locator) {
  await expect(target).toBeFocused();
  const ring = await target.evaluate((el) => {
    const style = getComputedStyle(el);
    return { outline: style.outlineStyle, width: style.outlineWidth, shadow: style.boxShadow };
  });
  expect(ring.outline !== 'none' && ring.width !== '0px' ? true : ring.shadow !== 'none').toBe(true);
}

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
  const said = page
    .locator('[role="alert"], [role="status"], [aria-live]')
    .filter({ hasText: 'Đã gửi góp ý' });
  await expect(said.first()).toBeAttached();
});
