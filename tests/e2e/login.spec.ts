import { expect, test } from '../support/page-errors.ts';

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
