import type { Page } from '@playwright/test';
import { expect, test } from '../support/page-errors.ts';

const PASSWORD = 'ChuyenDe@2026';

async function signIn(page: Page, username: string) {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

function toDisplayDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

test('a committee officer sees their subtree, adds a member to a cell, changes their status, switches to English', async ({
  page,
}) => {
  await signIn(page, 'canbo.benhvien');
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: 'Đảng ủy Bệnh viện Đa khoa khu vực Mỹ Hòa' })).toBeVisible();
  await expect(main.getByText('Cán bộ đảng ủy', { exact: true })).toBeVisible();

  // The home's to-do list also links these units' plans: read the tree itself, once it has replaced the home.
  await page.getByRole('link', { name: 'Tổ chức' }).click();
  const tree = main.getByRole('list', { name: 'Tổ chức' });
  await expect(tree.getByRole('link', { name: 'Đảng ủy Bệnh viện Đa khoa khu vực Mỹ Hòa' })).toBeVisible();
  await expect(tree.getByRole('link', { name: 'Chi bộ Khoa Nội', exact: true })).toBeVisible();
  await expect(tree.getByRole('link', { name: 'Chi bộ Khoa Ngoại', exact: true })).toBeVisible();
  await expect(page.getByText('Chi bộ Khu phố 3')).toHaveCount(0);
  await expect(page.getByText('Đảng ủy phường Mỹ Hòa', { exact: true })).toHaveCount(0);

  // Add a probationary member to Chi bộ Khoa Ngoại.
  await tree.getByRole('link', { name: 'Chi bộ Khoa Ngoại', exact: true }).click();
  await expect(main.getByRole('heading', { name: 'Chi bộ Khoa Ngoại' })).toBeVisible();
  await main.getByRole('button', { name: 'Thêm đảng viên' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const fullName = 'Hoàng Thị Mai Anh';
  // Admitted more than a year ago, so probation is over and the committee can make her official.
  const joinedOn = '2025-10-01';
  await dialog.getByLabel('Họ và tên').fill(fullName);
  await dialog.getByLabel('Giới tính').selectOption('female');
  await dialog.getByLabel('Tình trạng').selectOption('probationary');
  await dialog.getByLabel('Từ ngày').fill(toDisplayDate(joinedOn));
  await dialog.getByLabel('Ngày vào Đảng').fill(toDisplayDate(joinedOn));
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();

  const row = main.getByRole('row').filter({ hasText: fullName });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Dự bị');
  await expect(row).toContainText(`Hết dự bị: ${toDisplayDate('2026-10-01')}`);

  // Her record: change the status from probationary to official.
  await row.getByRole('link', { name: fullName }).click();
  await expect(main.getByRole('heading', { name: fullName })).toBeVisible();
  await expect(main.getByText(`từ ${toDisplayDate(joinedOn)}`)).toBeVisible();
  await main.getByRole('button', { name: 'Chuyển trạng thái' }).click();
  const statusDialog = page.getByRole('dialog');
  await statusDialog.getByLabel('Trạng thái mới').selectOption('official');
  await statusDialog.getByLabel('Ngày').fill('01/10/2026');
  await statusDialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(statusDialog).toBeHidden();
  await expect(main.getByText(`từ ${toDisplayDate('2026-10-01')}`)).toBeVisible();
  const periods = main.getByRole('table').first();
  await expect(periods.getByRole('row').filter({ hasText: 'Chính thức' })).toHaveCount(1);
  await expect(periods.getByRole('row').filter({ hasText: 'Dự bị' })).toHaveCount(1);

  // Switch to English: labels change, and the choice survives a reload.
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('link', { name: 'Organisation' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(main.getByText('Membership history')).toBeVisible();
  await expect(main.getByText('Official', { exact: true }).first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Organisation' })).toBeVisible();
  await expect(main.getByRole('button', { name: 'Edit profile' })).toBeVisible();
});
