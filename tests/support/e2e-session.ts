import {
  type APIResponse,
  type Browser,
  type BrowserContextOptions,
  expect,
  type Page,
  test,
} from '@playwright/test';
import type { Me } from '../../web/src/api/models.ts';

/** Every demo login's password (README). */
export const PASSWORD = 'ChuyenDe@2026';

export async function signIn(page: Page, username: string) {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('link', { name: 'Trang chủ' })).toBeAttached();
}

/**
 * Devices for a spec whose people each use their own (own cookies, own screen), in Vietnamese. Any script error
 * or console.error in one of them fails the test. The browser's own "Failed to load resource" lines are
 * expected: 401 from /api/auth/me before sign-in, 4xx answers the UI shows. Call once at the top of a spec.
 */
export function watchedDevices() {
  let pageErrors: string[] = [];
  test.beforeEach(() => {
    pageErrors = [];
  });
  test.afterEach(() => {
    expect(pageErrors).toEqual([]);
  });
  return async function device(browser: Browser, options: BrowserContextOptions): Promise<Page> {
    const context = await browser.newContext(options);
    // This device chose Vietnamese: an account switched to English by another spec keeps this UI Vietnamese.
    await context.addInitScript(() => window.localStorage.setItem('chuyende.locale', 'vi'));
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        pageErrors.push(message.text());
      }
    });
    return page;
  };
}

/**
 * A call to the API as the signed-in user of the page (its session cookie and CSRF token), for a spec's setup
 * that the browser path under test does not cover. A refused call fails the test with the answer.
 */
export async function call<T>(
  page: Page,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  data?: unknown,
): Promise<T> {
  const me = (await (await page.request.get('/api/auth/me')).json()) as Me;
  const response: APIResponse = await page.request.fetch(`/api${path}`, {
    method,
    headers: { 'x-csrf-token': me.csrfToken },
    data: method === 'GET' ? undefined : (data ?? {}),
  });
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}
