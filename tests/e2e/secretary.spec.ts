import type { Page } from '@playwright/test';
import { expect, test } from '../support/page-errors.ts';

const PASSWORD = 'ChuyenDe@2026';

async function signIn(page: Page, username: string) {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

// A phone-sized screen: navigation goes through the burger menu.
test.use({ viewport: { width: 360, height: 740 } });

test('a cell secretary sees their cell and role, only their part of the tree, and signs out', async ({
  page,
}) => {
  await signIn(page, 'bithu.noi');

  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: 'Chi bộ Khoa Nội' })).toBeVisible();
  await expect(main.getByText('Bí thư', { exact: true })).toBeVisible();

  // At 360 px the navbar sits off-screen until the burger opens it.
  const orgsLink = page.getByRole('link', { name: 'Tổ chức' });
  await expect(orgsLink).not.toBeInViewport();
  await page.getByRole('button', { name: 'Mở hoặc đóng menu' }).click();
  await expect(orgsLink).toBeInViewport();
  await orgsLink.click();
  // Choosing a screen closes the menu again.
  await expect(orgsLink).not.toBeInViewport();
  await expect(page).toHaveURL(/\/orgs$/);

  await expect(main.getByRole('heading', { name: 'Tổ chức' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Chi bộ Khoa Nội' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Tổ đảng số 1' })).toBeVisible();
  await expect(page.getByText('Chi bộ Trường Mầm non Mỹ Hòa')).toHaveCount(0);
  // A secretary does not manage the organisation and cannot read the audit log.
  await expect(page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Nhật ký' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();

  // The session is gone: going back to a screen lands on the login page again.
  await page.goto('/orgs');
  await expect(page).toHaveURL(/\/login$/);
});
