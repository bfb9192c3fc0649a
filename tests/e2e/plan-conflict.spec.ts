import { type Browser, expect, type Page, test } from '@playwright/test';
import { watchPageErrors } from '../support/page-errors.ts';

const PASSWORD = 'ChuyenDe@2026';
// A year the demo has no plan for (the plan cycle spec works on 2026).
const YEAR = '2027';

/** A signed-in page of its own (own cookies), as if on another person's computer. */
async function signedIn(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => window.localStorage.setItem('chuyende.locale', 'vi'));
  watchErrors(page);
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('link', { name: 'Trang chủ' })).toBeAttached();
  return page;
}

// Any script error or console.error in any of the test's pages fails the test.
let pageErrors: string[] = [];
function watchErrors(page: Page) {
  watchPageErrors(page, pageErrors);
}
test.beforeEach(() => {
  pageErrors = [];
});
test.afterEach(() => {
  expect(pageErrors).toEqual([]);
});

test('two people edit the plan at once: the later save is refused and offers the latest version', async ({
  browser,
}) => {
  // The secretary starts the year's plan and opens it in the editor.
  const secretary = await signedIn(browser, 'bithu.noi');
  await secretary.goto(`/plans?year=${YEAR}`);
  await secretary
    .getByRole('main')
    .getByRole('button', { name: `Lập kế hoạch năm ${YEAR}` })
    .click();
  await expect(secretary).toHaveURL(/\/plans\/[^/?]+$/);
  const planUrl = secretary.url();
  const mine = secretary.getByRole('main');
  await expect(mine.getByLabel('Mục đích')).toBeVisible();

  // The deputy opens the same plan elsewhere and saves first.
  const deputy = await signedIn(browser, 'phobithu.noi');
  await deputy.goto(planUrl);
  const theirs = deputy.getByRole('main');
  await theirs.getByLabel('Mục đích').fill('Mục đích do phó bí thư viết.');
  await theirs.getByRole('button', { name: 'Lưu kế hoạch' }).click();
  await expect(deputy.getByText('Đã lưu kế hoạch', { exact: true })).toBeVisible();

  // The secretary's save, from the version they loaded, must not overwrite it.
  await mine.getByLabel('Mục đích').fill('Mục đích do bí thư viết.');
  await mine.getByRole('button', { name: 'Lưu kế hoạch' }).click();
  const alert = mine.getByRole('alert').filter({ hasText: 'Kế hoạch vừa được người khác sửa' });
  await expect(alert).toContainText('hãy tải lại để xem bản mới nhất');
  await expect(mine.getByText('Có thay đổi chưa lưu')).toBeVisible();

  // Reloading shows the deputy's text; the secretary can then save over that version.
  await alert.getByRole('button', { name: 'Tải lại bản mới nhất' }).click();
  await expect(alert).toBeHidden();
  await expect(mine.getByLabel('Mục đích')).toHaveValue('Mục đích do phó bí thư viết.');
  await expect(mine.getByText('Đã lưu mọi thay đổi')).toBeVisible();
  await mine.getByLabel('Mục đích').fill('Mục đích do phó bí thư viết, bí thư bổ sung.');
  await mine.getByRole('button', { name: 'Lưu kế hoạch' }).click();
  await expect(secretary.getByText('Đã lưu kế hoạch', { exact: true })).toBeVisible();
  await expect(mine.getByText('Đã lưu mọi thay đổi')).toBeVisible();
  await expect(alert).toHaveCount(0);

  await deputy.reload();
  await expect(theirs.getByLabel('Mục đích')).toHaveValue('Mục đích do phó bí thư viết, bí thư bổ sung.');
  await secretary.context().close();
  await deputy.context().close();
});
