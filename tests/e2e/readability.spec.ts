import { expect, type Page, test } from '@playwright/test';
import type { Me, MinuteBook } from '../../web/src/api/models.ts';
import { call, dayFromToday, signIn, watchedDevices } from '../support/e2e-session.ts';

// Issue 18: the larger-text setting (kept on the account, applied at once, the layout survives 360 px in the
// largest size) and progress on slow work (a download shows that it is busy; a second press does nothing).
const device = watchedDevices();

const rootFontSize = (page: Page) =>
  page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));

/** Back to the normal size for the demo account (other specs sign in as the same people). */
async function setTextSize(page: Page, textSize: string) {
  const me = await call<Me>(page, 'GET', '/auth/me');
  const res = await page.request.put('/api/auth/text-size', {
    headers: { 'x-csrf-token': me.csrfToken },
    data: { textSize },
  });
  expect(res.status()).toBe(204);
}

async function expectNoSidewaysScroll(page: Page, screen: string) {
  await expect(page.getByRole('main').getByRole('heading').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('[role="status"][aria-busy="true"]')).toHaveCount(0, { timeout: 15_000 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${screen} scrolls sideways at 360 px`).toBeLessThanOrEqual(360);
}

test('“Rất lớn” is chosen on a phone, follows the account and no main screen scrolls sideways at 360 px', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const phone = await device(browser, { viewport: { width: 360, height: 740 }, hasTouch: true });
  await signIn(phone, 'bithu.khupho3');
  expect(await rootFontSize(phone)).toBe(16);
  try {
    // On a phone the account menu is in the navigation drawer.
    await phone.getByRole('button', { name: 'Mở hoặc đóng menu' }).click();
    const sizes = phone.getByRole('radiogroup', { name: 'Cỡ chữ' });
    await sizes.getByText('Rất lớn').click();
    await expect.poll(() => rootFontSize(phone)).toBe(20);
    await expect.poll(async () => (await call<Me>(phone, 'GET', '/auth/me')).textSize).toBe('xlarge');

    // Another phone: the same size after sign-in, from the account.
    const other = await device(browser, { viewport: { width: 360, height: 740 }, hasTouch: true });
    await signIn(other, 'bithu.khupho3');
    await expect.poll(() => rootFontSize(other)).toBe(20);
    await other.context().close();

    const me = await call<Me>(phone, 'GET', '/auth/me');
    const cell = me.units.find((u) => u.unitKind === 'cell')?.unitId ?? '';
    await phone.goto('/');
    await expectNoSidewaysScroll(phone, 'home');
    await phone.goto(`/units/${cell}?tab=members`);
    await expectNoSidewaysScroll(phone, 'members');
    // The draft of the cell's quarter 1 topic, and a meeting running (the console).
    const book = await call<MinuteBook>(
      phone,
      'GET',
      `/orgs/${cell}/meetings?year=${dayFromToday(0).slice(0, 4)}`,
    );
    let running = book.meetings.find((m) => m.status === 'in_progress')?.id;
    if (!running) {
      running = (
        await call<{ id: string }>(phone, 'POST', `/orgs/${cell}/meetings`, {
          kind: 'regular',
          heldOn: dayFromToday(0),
          startsAt: '19:30',
          place: 'Nhà văn hóa Khu phố 3',
        })
      ).id;
      await call(phone, 'POST', `/meetings/${running}/start`);
    }
    await phone.goto(`/meetings/${running}`);
    await expectNoSidewaysScroll(phone, 'console');
    // Her quarter 1 topic's draft 1 waits for her approval, on her home's to-do list.
    await phone.goto('/');
    await phone.locator('main a[href^="/topics/"]').first().click({ timeout: 15_000 });
    await expectNoSidewaysScroll(phone, 'draft');
  } finally {
    await setTextSize(phone, 'normal');
  }
});

test('the account menu offers the text size and applies it at once', async ({ browser }) => {
  const page = await device(browser, { viewport: { width: 1280, height: 900 } });
  await signIn(page, 'dangvien.noi');
  try {
    await page.getByTestId('user-name').click();
    const sizes = page.getByRole('menu').getByRole('radiogroup', { name: 'Cỡ chữ' });
    await expect(sizes.getByRole('radio', { name: 'Bình thường' })).toBeChecked();
    await sizes.getByText('Lớn', { exact: true }).click();
    await expect(sizes.getByRole('radio', { name: 'Lớn', exact: true })).toBeChecked();
    await expect.poll(() => rootFontSize(page)).toBe(18);
    await page.reload();
    await expect.poll(() => rootFontSize(page)).toBe(18);
  } finally {
    await setTextSize(page, 'normal');
  }
});

test('a slow document download shows that it is busy, and a second press does nothing', async ({
  browser,
}) => {
  const page = await device(browser, { viewport: { width: 1280, height: 900 } });
  await signIn(page, 'bithu.mamnon');
  await page.goto('/plans');
  await page.getByRole('main').getByRole('link', { name: 'Mở kế hoạch' }).first().click();
  await expect(page).toHaveURL(/\/plans\/[\w-]+$/);
  await expect(page.getByTestId('plan-status')).toBeVisible({ timeout: 20_000 });

  let requests = 0;
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/plans/*/document?format=pdf*', async (route) => {
    requests++;
    await held;
    await route.continue();
  });
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));

  const pdf = page.getByRole('main').getByRole('link', { name: 'Tải bản PDF' }).first();
  await pdf.click();
  await expect(pdf).toHaveAttribute('aria-busy', 'true');
  await expect(pdf.getByTestId('busy-spinner')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Đang chuẩn bị tệp' })).toBeAttached();
  // A second press while the first is running: nothing new is asked of the server, nothing navigates.
  // (The link is aria-disabled while busy, so Playwright's click would wait: the events are sent as a user's are.)
  await pdf.dispatchEvent('click');
  await pdf.focus();
  await page.keyboard.press('Enter');
  expect(requests).toBe(1);

  release();
  await expect(pdf).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await expect.poll(() => downloads.length).toBe(1);
  expect(downloads[0]).toMatch(/\.pdf$/);
  expect(requests).toBe(1);
  await expect(page.getByRole('status').filter({ hasText: 'Đang chuẩn bị tệp' })).toHaveCount(0);
});
