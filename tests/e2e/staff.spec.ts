import { expect, test } from '@playwright/test';
import type { Me } from '../../web/src/api/models.ts';
import { signIn, watchedDevices } from '../support/e2e-session.ts';

const device = watchedDevices();

// Issue 19: non-member staff see what their participation needs, not the party roster with its personal data.
test('a cell’s non-member staff open their cell and find no roster, only who holds its roles', async ({
  browser,
}) => {
  const page = await device(browser, { viewport: { width: 360, height: 740 } });
  await signIn(page, 'nhanvien.noi');
  const me = (await (await page.request.get('/api/auth/me')).json()) as Me;
  const cellId = me.units[0]?.unitId ?? '';
  await page.goto(`/units/${cellId}`);
  await expect(page.getByRole('heading', { name: 'Chi bộ Khoa Nội' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Chức danh' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: 'Danh sách' })).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Kế hoạch' })).toHaveCount(0);
  // Nor is the plan offered in the menu (hidden behind the burger at this width, so hidden links count too).
  const menuLink = (name: string) => page.getByRole('link', { name, exact: true, includeHidden: true });
  await expect(menuLink('Trang chủ')).toHaveCount(1);
  await expect(menuLink('Kế hoạch')).toHaveCount(0);
  // Asking for the roster by its address changes nothing: the server refuses it too.
  expect((await page.request.get(`/api/orgs/${cellId}/members`)).status()).toBe(403);
});
