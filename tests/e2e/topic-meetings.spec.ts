import { expect, type Page, request, test } from '@playwright/test';
import { PASSWORD, signIn, watchedDevices } from '../support/e2e-session.ts';

const device = watchedDevices();

// Demo data: Chi bộ Khoa Ngoại adopted its 2026 plan (four topics, one a quarter) and prepared nothing in the
// app; canbo.benhvien, the hospital committee's officer, is a member of the cell and prepares its quarter 1
// topic. The cell's secretary gets a login here (from the administrator), as a new secretary would.
const CELL = 'Chi bộ Khoa Ngoại';
const SECRETARY = 'bithu.ngoai';
const PLACE = 'Phòng giao ban Khoa Ngoại';
/** The smallest well-formed PDF the server accepts as signed minutes (checked by its first bytes). */
const MINUTES_PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** An API session of one demo user: the session cookie, and the CSRF token every write carries. */
async function apiAs(baseURL: string, username: string) {
  const api = await request.newContext({ baseURL });
  const login = await api.post('/api/auth/login', { data: { username, password: PASSWORD } });
  expect(login.status(), username).toBe(200);
  const me = (await (await api.get('/api/auth/me')).json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': me.csrfToken };
  const call = async (method: 'post' | 'put' | 'get', path: string, data?: unknown) => {
    const res = await api[method](path, method === 'get' ? {} : { data: data ?? {}, headers });
    expect(res.status(), `${method.toUpperCase()} ${path}: ${await res.text()}`).toBeLessThan(300);
    return res.json();
  };
  return { api, call };
}

/** The cell, its secretary (given a login once), and its plan's topics by quarter. */
async function ngoai(baseURL: string) {
  const admin = await apiAs(baseURL, 'admin');
  const { units } = (await admin.call('get', `/api/orgs/search?kind=cell&q=${encodeURIComponent(CELL)}`)) as {
    units: { id: string; name: string }[];
  };
  const cellId = units.find((u) => u.name === CELL)?.id ?? '';
  const { roles } = (await admin.call('get', `/api/orgs/${cellId}/roles`)) as {
    roles: { personId: string; role: string }[];
  };
  const secretaryId = roles.find((r) => r.role === 'secretary')?.personId ?? '';
  const account = await admin.api.post(`/api/members/${secretaryId}/account`, {
    data: { username: SECRETARY, password: PASSWORD },
    headers: {
      'x-csrf-token': ((await (await admin.api.get('/api/auth/me')).json()) as { csrfToken: string })
        .csrfToken,
    },
  });
  expect([201, 409]).toContain(account.status());
  const { cells } = (await admin.call('get', `/api/orgs/${cellId}/plans?year=2026`)) as {
    cells: { id: string; planId?: string }[];
  };
  const planId = cells.find((c) => c.id === cellId)?.planId ?? '';
  const plan = (await admin.call('get', `/api/plans/${planId}`)) as {
    topics: { id: string; quarter: number; title: string }[];
  };
  await admin.api.dispose();
  const topic = (quarter: number) => plan.topics.find((t) => t.quarter === quarter) ?? { id: '', title: '' };
  return { cellId, planId, topic };
}

async function openTopic(page: Page, topicId: string) {
  await page.goto(`/topics/${topicId}`);
  await expect(page.getByTestId('topic-status')).toBeVisible();
}

test('the secretary schedules a meeting from the topic page; the date typed dd/mm/yyyy is saved and shown back', async ({
  browser,
  baseURL,
}) => {
  const { topic, planId } = await ngoai(baseURL ?? '');
  const q2 = topic(2);
  const page = await device(browser, { locale: 'en-US', viewport: { width: 1200, height: 900 } });
  const main = page.getByRole('main');
  await signIn(page, SECRETARY);

  // The plan offers it on the topic's row; the topic page too.
  await page.goto(`/plans/${planId}`);
  const row = main.getByTestId('plan-topic').filter({ hasText: q2.title });
  await expect(row.getByTestId('schedule-topic-meeting')).toBeVisible();
  await openTopic(page, q2.id);
  await main.getByRole('button', { name: 'Lên lịch sinh hoạt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lên lịch sinh hoạt' });
  // The topic comes chosen; the date is typed day first, in an en-US browser.
  await expect(dialog.getByLabel('Chuyên đề trong kế hoạch')).toHaveValue(q2.id);
  const date = dialog.getByLabel('Ngày sinh hoạt');
  await date.fill('31/02/2026');
  await date.blur();
  await expect(dialog.getByText('Không có ngày này trong lịch')).toBeVisible();
  await date.fill('');
  await date.pressSequentially('18122026');
  await expect(date).toHaveValue('18/12/2026');
  await dialog.getByLabel('Giờ bắt đầu').fill('14:00');
  await dialog.getByLabel('Địa điểm').fill(PLACE);
  await dialog.getByRole('button', { name: 'Lên lịch', exact: true }).click();

  await expect(page.getByRole('heading', { name: q2.title, level: 2 })).toBeVisible();
  await expect(main.getByTestId('meeting-status')).toHaveText('Đã lên lịch');
  await expect(main.getByTestId('meeting-when')).toContainText('18/12/2026');
  await main.getByRole('button', { name: 'Sửa lịch và chương trình' }).click();
  await expect(main.getByLabel('Ngày sinh hoạt')).toHaveValue('18/12/2026');

  // Back on the topic page, the meeting is linked and scheduling is not offered again.
  await openTopic(page, q2.id);
  await expect(main.getByTestId('topic-meetings')).toContainText('18/12/2026');
  await expect(main.getByRole('button', { name: 'Lên lịch sinh hoạt' })).toHaveCount(0);
  await page.goto(`/plans/${planId}`);
  await expect(row.getByTestId('topic-meeting')).toContainText('18/12/2026');
});

test('the secretary enters a past meeting held on paper with its signed minutes', async ({
  browser,
  baseURL,
}) => {
  const { topic, cellId } = await ngoai(baseURL ?? '');
  const q1 = topic(1);
  // Quarter 1's topic went through its drafts (the preparer and the secretary, through the API): draft 2 is
  // approved, the meeting was held in March on paper.
  const preparer = await apiAs(baseURL ?? '', 'canbo.benhvien');
  const secretary = await apiAs(baseURL ?? '', SECRETARY);
  const url = `/api/topics/${q1.id}`;
  await preparer.call('post', `${url}/versions`, {
    kind: 'draft',
    html: '<p>Dự thảo lần 1.</p>',
    baseVersionId: null,
  });
  await preparer.call('post', `${url}/submit`);
  await secretary.call('post', `${url}/approve`, {});
  await secretary.call('post', `${url}/close-comments`);
  await preparer.call('post', `${url}/start-draft2`);
  await preparer.call('post', `${url}/submit`);
  await secretary.call('post', `${url}/approve`, {});
  await preparer.api.dispose();

  const page = await device(browser, { locale: 'en-US', viewport: { width: 1200, height: 900 } });
  const main = page.getByRole('main');
  await signIn(page, SECRETARY);
  await openTopic(page, q1.id);
  await expect(main.getByRole('button', { name: 'Ghi nhận buổi sinh hoạt' })).toHaveCount(0);
  await main.getByRole('button', { name: 'Nhập buổi sinh hoạt đã họp trên giấy' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập buổi sinh hoạt đã họp trên giấy' });
  await dialog.getByLabel('Ngày đã sinh hoạt').fill('12/03/2026');
  await dialog.getByLabel('Số đảng viên có mặt (theo biên bản)').fill('7');
  await dialog.locator('input[type="file"]').setInputFiles({
    name: 'Biên bản sinh hoạt chuyên đề quý I.pdf',
    mimeType: 'application/pdf',
    buffer: MINUTES_PDF,
  });
  await dialog.getByRole('button', { name: 'Nhập buổi sinh hoạt' }).click();

  // The meeting page: held on paper on that day, 7 present, the signed minutes to download.
  await expect(page.getByRole('heading', { name: q1.title, level: 2 })).toBeVisible();
  await expect(main.getByTestId('meeting-when')).toContainText('12/03/2026');
  const record = main.getByTestId('paper-record');
  await expect(record).toContainText('7 đảng viên có mặt');
  const link = record.getByTestId('paper-minutes-link');
  await expect(link).toContainText('Biên bản sinh hoạt chuyên đề quý I.pdf');
  const file = await page.request.get((await link.getAttribute('href')) ?? '');
  expect(file.status()).toBe(200);
  expect(
    Buffer.from(await file.body())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');

  // The topic was presented that day; the minute book lists the meeting as held on paper.
  await openTopic(page, q1.id);
  await expect(main.getByTestId('topic-status')).toHaveText('Đã trình bày tại buổi sinh hoạt');
  const book = (await secretary.call('get', `/api/orgs/${cellId}/meetings?year=2026`)) as {
    meetings: { topicId: string | null; paperPresent: number | null }[];
  };
  expect(book.meetings.find((m) => m.topicId === q1.id)?.paperPresent).toBe(7);
  await secretary.api.dispose();
});
