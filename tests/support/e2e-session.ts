import {
  type APIResponse,
  type Browser,
  type BrowserContextOptions,
  expect,
  type Page,
  test,
} from '@playwright/test';
import type { Me, Meeting, Plan } from '../../web/src/api/models.ts';

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

/** A local date `days` from today in Việt Nam (UTC+7). */
export const dayFromToday = (days: number) =>
  new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A spec's own regular meeting of the secretary's cell, started (set up through the API): held `daysAhead` days
 * from today at `place` (a date and a place no other spec uses), its notice sent (which puts the members on the
 * roll), the minute-taker the one `pickTaker` chooses from that roll.
 */
export async function startedRegularMeeting(
  secretary: Page,
  cellName: string,
  { daysAhead, place }: { daysAhead: number; place: string },
  pickTaker: (roll: Meeting['attendance'], me: Me) => string | undefined,
): Promise<{ me: Me; meeting: Meeting }> {
  const me = await call<Me>(secretary, 'GET', '/auth/me');
  const cellId = me.units.find((u) => u.unitName === cellName)?.unitId ?? '';
  let meeting = await call<Meeting>(secretary, 'POST', `/orgs/${cellId}/meetings`, {
    kind: 'regular',
    heldOn: dayFromToday(daysAhead),
    startsAt: '07:30',
    place,
  });
  meeting = await call<Meeting>(secretary, 'POST', `/meetings/${meeting.id}/notice`);
  const minuteTakerId = pickTaker(meeting.attendance, me);
  if (!minuteTakerId) throw new Error(`${cellName}: no minute-taker on the roll`);
  await call(secretary, 'PUT', `/meetings/${meeting.id}/roles`, { minuteTakerId });
  meeting = await call<Meeting>(secretary, 'POST', `/meetings/${meeting.id}/start`);
  return { me, meeting };
}

/**
 * A spec's own plan of the cell for a year no other spec uses, adopted today; its first topic's draft 1, written
 * by the preparer, approved by the secretary, goes to members today (the gate a thematic meeting needs).
 * Returns the topic's id.
 */
export async function topicWithDraftSent(
  secretary: Page,
  preparer: Page,
  plan: {
    cellId: string;
    year: number;
    title: string;
    preparerName: string;
    draftHtml: string;
    commentDueOn: string;
  },
): Promise<string> {
  let made = await call<Plan>(secretary, 'POST', `/orgs/${plan.cellId}/plans`, { year: plan.year });
  const preparerId = made.people.find((p) => p.fullName === plan.preparerName)?.id ?? '';
  made = await call<Plan>(secretary, 'PUT', `/plans/${made.id}`, {
    legalBases: ['Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương'],
    purpose: 'Nâng cao chất lượng sinh hoạt chi bộ.',
    topics: [plan.title, 'Chuyên đề quý II', 'Chuyên đề quý III', 'Chuyên đề quý IV'].map((title, i) => ({
      title,
      kind: 'other',
      quarter: i + 1,
      preparerIds: [preparerId],
    })),
    expectedUpdatedAt: made.updatedAt,
  });
  await call<Plan>(secretary, 'POST', `/plans/${made.id}/adopt`, { adoptedOn: dayFromToday(0) });
  const topicId = made.topics.find((t) => t.title === plan.title)?.id ?? '';
  await call(preparer, 'POST', `/topics/${topicId}/versions`, {
    kind: 'draft',
    html: plan.draftHtml,
    baseVersionId: null,
  });
  await call(preparer, 'POST', `/topics/${topicId}/submit`);
  await call(secretary, 'POST', `/topics/${topicId}/approve`, { commentDueOn: plan.commentDueOn });
  return topicId;
}

/**
 * A spec's own draft out for comments in Mầm non (its own plan year): what the spec's member opens or comments on
 * leaves the demo's quarter 4 draft, whose readers and comments preparation.spec counts, untouched. The secretary
 * (bithu.mamnon) and the preparer (baocao.mamnon) act on devices of their own (from the spec's `watchedDevices`,
 * which know the app's address), closed afterwards.
 */
export async function ownMamnonDraft(
  newPage: () => Promise<Page>,
  year: number,
  title: string,
): Promise<string> {
  const [secretary, preparer] = await Promise.all([newPage(), newPage()]);
  try {
    await signIn(secretary, 'bithu.mamnon');
    await signIn(preparer, 'baocao.mamnon');
    const me = await call<Me>(secretary, 'GET', '/auth/me');
    const cellId = me.units.find((u) => u.unitKind === 'cell')?.unitId ?? '';
    const preparerMe = await call<Me>(preparer, 'GET', '/auth/me');
    return await topicWithDraftSent(secretary, preparer, {
      cellId,
      year,
      title,
      preparerName: preparerMe.person?.fullName ?? '',
      draftHtml: '<p>Thực trạng và giải pháp của chi bộ trong năm.</p>',
      commentDueOn: dayFromToday(7),
    });
  } finally {
    await Promise.all([secretary.close(), preparer.close()]);
  }
}
