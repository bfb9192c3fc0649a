import { expect, test } from '@playwright/test';

// Any script error or console.error in the page fails the test. The browser's own "Failed to load
// resource" lines are expected: 401 from /api/auth/me before sign-in, 4xx answers the UI shows.
let pageErrors: string[] = [];
test.beforeEach(({ page }) => {
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      pageErrors.push(message.text());
    }
  });
});
test.afterEach(() => {
  expect(pageErrors).toEqual([]);
});

test('a wrong password shows the server’s Vietnamese error and stays on the login page', async ({ page }) => {
  await page.goto('/');
  // Not signed in: the app sends us to the login page.
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();

  await page.getByLabel('Tên đăng nhập').fill('dangvien.noi');
  await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();

  await expect(page.getByRole('alert')).toContainText('Tên đăng nhập hoặc mật khẩu không đúng');
  await expect(page).toHaveURL(/\/login$/);
  // The password field is cleared for the next try; the username is kept.
  await expect(page.getByLabel('Mật khẩu')).toHaveValue('');
  await expect(page.getByLabel('Tên đăng nhập')).toHaveValue('dangvien.noi');
});

test('empty fields are flagged next to the fields without calling the server', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByText('Vui lòng nhập tên đăng nhập')).toBeVisible();
  await expect(page.getByText('Vui lòng nhập mật khẩu')).toBeVisible();
});
