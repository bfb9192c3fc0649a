import { expect, type Page, test } from '@playwright/test';
import { call, dayFromToday, PASSWORD, signIn, watchedDevices } from '../support/e2e-session.ts';

const device = watchedDevices();

// Demo data: the administrator keeps every unit. Each test makes its own person of Chi bộ Khu phố 3 with a
// login (so no demo user's password changes), then runs the issue 19 paths in the browser.
const CELL = 'Chi bộ Khu phố 3';

async function personWithLogin(admin: Page, username: string, fullName: string) {
  const { units } = await call<{ units: { id: string; name: string }[] }>(admin, 'GET', '/orgs');
  const cellId = units.find((u) => u.name === CELL)?.id ?? '';
  const person = await call<{ id: string }>(admin, 'POST', '/members', {
    fullName,
    unitId: cellId,
    status: 'official',
    statusSince: dayFromToday(-400),
  });
  await call(admin, 'POST', `/members/${person.id}/account`, { username, password: PASSWORD });
  return person.id;
}

async function logIn(page: Page, username: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

test('an officer resets a password; the member must change it at sign-in, later from the user menu', async ({
  browser,
}) => {
  const admin = await device(browser, {});
  await signIn(admin, 'admin');
  const username = 'tk.datlai';
  const personId = await personWithLogin(admin, username, 'Đinh Văn Đặt Lại');

  await admin.goto(`/members/${personId}`);
  await admin.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
  const dialog = admin.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
  const temporary = (await dialog.getByTestId('temporary-password').textContent())?.trim() ?? '';
  expect(temporary).toMatch(/^[a-zA-Z2-9]{12}$/);
  await dialog.getByRole('button', { name: 'Đã ghi lại, đóng' }).click();
  await expect(admin.getByText('Chờ đổi mật khẩu')).toBeVisible();

  // The old password no longer works; the temporary one leads straight to the change screen.
  const member = await device(browser, {});
  await logIn(member, username, PASSWORD);
  await expect(member.getByRole('alert')).toContainText('Tên đăng nhập hoặc mật khẩu không đúng');
  await logIn(member, username, temporary);
  await expect(member.getByText('Mật khẩu của bạn vừa được cấp lại')).toBeVisible();
  await member.getByLabel('Mật khẩu hiện tại').fill(temporary);
  await member.getByLabel(/^Mật khẩu mới/).fill('matkhau123');
  await member.getByLabel('Nhập lại mật khẩu mới').fill('matkhau123');
  await member.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(
    member.getByText('Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác'),
  ).toBeVisible();
  await member.getByLabel(/^Mật khẩu mới/).fill('Hoa-phuong-do-san-truong');
  await member.getByLabel('Nhập lại mật khẩu mới').fill('Hoa-phuong-do-san-truong');
  await member.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(member.getByRole('link', { name: 'Trang chủ' })).toBeVisible();
  await expect(member.getByText('Xin chào, Đinh Văn Đặt Lại')).toBeVisible();

  // Later, from the user menu.
  await member.getByTestId('user-name').click();
  await member.getByRole('menuitem', { name: 'Đổi mật khẩu' }).click();
  await expect(member.getByRole('heading', { name: 'Đổi mật khẩu' })).toBeVisible();
  await member.getByLabel('Mật khẩu hiện tại').fill('Hoa-phuong-do-san-truong');
  await member.getByLabel(/^Mật khẩu mới/).fill('Cay-bang-truoc-cong-xa');
  await member.getByLabel('Nhập lại mật khẩu mới').fill('Cay-bang-truoc-cong-xa');
  await member.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  // The first change's notice may still be showing: the newest one is the last.
  await expect(
    member.getByText('Đã đổi mật khẩu. Các phiên đăng nhập khác đã kết thúc.').last(),
  ).toBeVisible();
  await expect(member.getByLabel('Mật khẩu hiện tại')).toHaveValue('');
  const check = await browser.newContext();
  const login = await check.request.post('/api/auth/login', {
    data: { username, password: 'Cay-bang-truoc-cong-xa' },
  });
  expect(login.status()).toBe(200);
  await check.close();
});

test('a disabled account cannot sign in until re-enabled', async ({ browser }) => {
  const admin = await device(browser, {});
  await signIn(admin, 'admin');
  const username = 'tk.khoa';
  const personId = await personWithLogin(admin, username, 'Hồ Thị Bị Khóa');

  await admin.goto(`/members/${personId}`);
  await admin.getByRole('button', { name: 'Khóa tài khoản' }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Khóa tài khoản' }).click();
  await expect(admin.getByText('Đã khóa', { exact: true })).toBeVisible();

  const member = await device(browser, {});
  await logIn(member, username, PASSWORD);
  await expect(member.getByRole('alert')).toContainText('Tài khoản đã bị khóa');

  await admin.getByRole('button', { name: 'Mở khóa tài khoản' }).click();
  await expect(admin.getByRole('button', { name: 'Khóa tài khoản' })).toBeVisible();
  await logIn(member, username, PASSWORD);
  await expect(member.getByRole('link', { name: 'Trang chủ' })).toBeVisible();
});
