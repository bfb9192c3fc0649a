import fs from 'node:fs';
import type { Response } from '@playwright/test';
import { FIRST_SCREEN_BUDGET_BYTES, filesLoaded } from '../../scripts/bundle-size.ts';
import { PASSWORD } from '../support/e2e-session.ts';
import { expect, test } from '../support/page-errors.ts';

// Bytes on the wire (issue 20): what a browser really receives for the first member screen, next to what
// `npm run bundle:size` reads from the build's manifest, and the lazy screens that come after it.

test('sign-in to the member home: scripts and styles come brotli-compressed and within the byte budget', async ({
  page,
}) => {
  const loaded: Response[] = [];
  page.on('response', (response) => {
    if (['script', 'stylesheet'].includes(response.request().resourceType())) loaded.push(response);
  });
  const signInPage = await (await page.goto('/login'))?.text();
  // Signed out, no answer but who is signed in is preloaded (a 401 would be handed to the home after signing in).
  expect(signInPage).toContain('href="/api/auth/me"');
  expect(signInPage).not.toContain('href="/api/me/inbox"');
  expect(signInPage).not.toContain('href="/api/notifications');
  await page.getByLabel('Tên đăng nhập').fill('dangvien.noi');
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toContainText('Xin chào');
  await expect(page.getByRole('link', { name: 'Trang chủ' })).toBeVisible();
  // The home's own requests are done: nothing more is loaded for the first screen.
  await page.waitForLoadState('networkidle');

  expect(loaded.length).toBeGreaterThan(3);
  let onTheWire = 0;
  for (const response of loaded) {
    const headers = await response.allHeaders();
    const size = (await response.request().sizes()).responseBodySize;
    // The build leaves files under 256 bytes as they are (scripts/lib/precompress.ts): nothing to gain.
    if (size >= 256) expect(headers['content-encoding'], response.url()).toBe('br');
    expect(headers['cache-control'], response.url()).toBe('public, max-age=31536000, immutable');
    onTheWire += size;
  }
  expect(onTheWire).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET_BYTES);
});

test('a lazy screen loads the whole catalog with its chunk: its text shows, no raw keys', async ({
  page,
}) => {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill('dangvien.noi');
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('link', { name: 'Trang chủ' })).toBeVisible();
  const catalog = page.waitForResponse((r) => /\/assets\/vi-[^/]+\.js$/.test(r.url()));
  await page.getByRole('link', { name: 'Tổ chức' }).first().click();
  expect((await catalog).status()).toBe(200);
  await expect(page).toHaveURL(/\/orgs$/);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading').first()).toBeVisible();
  // A key the catalog lacks would show as "section.key".
  await expect(main).not.toContainText(/\b[a-z]+[A-Z]?[a-zA-Z]*\.[a-z][a-zA-Z]+\b/);
});

test('a signed-in cold load of the home asks for each first-screen file and API answer once, all named up front', async ({
  page,
}) => {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill('dangvien.noi');
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toContainText('Xin chào');
  await page.waitForLoadState('networkidle');

  // Cold again (the session cookie stays): every script comes from the network, as for the LCP benchmark.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const requested: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/assets/'))
      requested.push(url.pathname + url.search);
  });
  const html = await (await page.goto('/'))?.text();
  await expect(page.getByRole('heading', { level: 2 })).toContainText('Xin chào');
  await page.waitForLoadState('networkidle');

  // The preloaded API answers are the ones the app uses (each asked for once): who is signed in, and — written by
  // the server only for a signed-in request of the home — the inbox and the bell's list.
  for (const api of ['/api/auth/me', '/api/me/inbox', '/api/notifications?limit=20'])
    expect(html).toContain(`<link rel="preload" as="fetch" crossorigin="anonymous" href="${api}">`);
  for (const api of ['/api/auth/me', '/api/me/inbox', '/api/notifications?limit=20']) {
    expect(
      requested.filter((r) => r === api),
      api,
    ).toHaveLength(1);
  }
  // Every script of the home (from the build's manifest) is named in index.html, so none is found only as an
  // import one round trip later, and each is fetched once.
  const manifest = JSON.parse(fs.readFileSync('dist/web/.vite/manifest.json', 'utf8'));
  // The home is in the entry's chunk (issue 20, LCP): one script for the whole first screen.
  const scripts = filesLoaded(manifest, ['index.html']).filter((f) => f.endsWith('.js'));
  expect(scripts).toHaveLength(1);
  for (const file of scripts) {
    expect(
      html?.includes(`src="/${file}"`) || html?.includes(`modulepreload" crossorigin href="/${file}"`),
      file,
    ).toBe(true);
    expect(
      requested.filter((r) => r === `/${file}`),
      file,
    ).toHaveLength(1);
  }
});

test('a cookie of no live session on the home: no preloaded answer, and after signing in the home shows its inbox', async ({
  page,
  baseURL,
}) => {
  await page.context().addCookies([{ name: 'cd_session', value: 'not-a-session', url: baseURL ?? '' }]);
  const html = await (await page.goto('/'))?.text();
  expect(html).not.toContain('href="/api/me/inbox"');
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('Tên đăng nhập').fill('dangvien.noi');
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toContainText('Xin chào');
  // The inbox answered the signed-in member (a stale 401 would have signed them out again).
  await expect(page.getByRole('heading', { name: 'Việc cần làm' })).toBeVisible();
  await expect(page.getByTestId('inbox-item').or(page.getByTestId('inbox-empty')).first()).toBeVisible();
  await expect(page).not.toHaveURL(/\/login/);
});
