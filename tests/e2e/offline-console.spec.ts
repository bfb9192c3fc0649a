import { expect, test } from '@playwright/test';
import type { Me, Meeting } from '../../web/src/api/models.ts';
import { call, signIn, startedRegularMeeting, watchedDevices } from '../support/e2e-session.ts';

const device = watchedDevices();

// Issue 18: the meeting console keeps working with the network down. Demo data: Chi bộ Khoa Nội and its
// secretary bithu.noi; the spec holds its own regular meeting (a date no other spec uses).
const CELL = 'Chi bộ Khoa Nội';
const PLACE = 'Phòng giao ban Khoa Nội (mất sóng)';
const TASK = 'Rà soát danh sách quần chúng ưu tú của khoa';

test('the app is installable: the manifest and the service worker are served fresh, and the page registers the worker', async ({
  browser,
}) => {
  const page = await device(browser, { viewport: { width: 1024, height: 800 } });
  const manifest = await page.request.get('/manifest.webmanifest');
  expect(manifest.status()).toBe(200);
  expect(manifest.headers()['content-type']).toContain('application/manifest+json');
  expect(manifest.headers()['cache-control']).toBe('no-cache');
  const body = (await manifest.json()) as { name: string; short_name: string; icons: { purpose: string }[] };
  expect(body.name).toBe('Chuyên Đề');
  expect(body.icons.map((i) => i.purpose)).toEqual(['any', 'any', 'maskable']);
  const sw = await page.request.get('/sw.js');
  expect(sw.status()).toBe(200);
  expect(sw.headers()['cache-control']).toBe('no-cache');
  const text = await sw.text();
  // The app shell is precached; the API is never answered from a cache.
  expect(text).toContain('index.html');
  expect(text).not.toMatch(/registerRoute\([^)]*\/api/);
  expect((await page.request.get('/')).headers()['cache-control']).toBe('no-cache');
  for (const icon of ['/icons/icon-192.png', '/icons/icon-512.png', '/icons/icon-maskable-512.png'])
    expect((await page.request.get(icon)).headers()['content-type']).toBe('image/png');

  await signIn(page, 'bithu.noi');
  const script = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.scriptURL ?? '';
  });
  expect(new URL(script).pathname).toBe('/sw.js');
});

test('offline mid-meeting, attendance, a speech and an assignment wait on the device and arrive once when the network returns', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const page = await device(browser, { viewport: { width: 1024, height: 900 } });
  const main = page.getByRole('main');
  await signIn(page, 'bithu.noi');

  // Set up through the API: the cell's regular meeting, a minute-taker, started.
  const othersOf = (roll: Meeting['attendance'], me: Me) =>
    roll.filter(
      (a) =>
        a.personId !== me.person?.id && (a.memberStatus === 'official' || a.memberStatus === 'probationary'),
    );
  const started = await startedRegularMeeting(
    page,
    CELL,
    { daysAhead: 45, place: PLACE },
    (roll, me) => othersOf(roll, me)[0]?.personId,
  );
  let meeting = started.meeting;
  const [, absent, speaker] = othersOf(meeting.attendance, started.me);
  if (!absent || !speaker) throw new Error('Khoa Nội needs three more members');

  await page.goto(`/meetings/${meeting.id}`);
  await expect(main.getByTestId('meeting-status')).toHaveText('Đang diễn ra');
  const state = main.getByTestId('offline-state');
  await expect(state).toHaveText('');

  // The device has had the app online once: the service worker holds its shell and serves the page's later chunks.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // The signal drops.
  await page.context().setOffline(true);
  const row = (name: string) => main.getByTestId('attendee').filter({ hasText: name });
  await row(absent.name).getByRole('button', { name: 'Vắng không lý do' }).click();
  await expect(state).toHaveText('Mất kết nối — 1 thay đổi đang chờ gửi');
  await expect(row(absent.name).getByTestId('attendee-state')).toHaveText('Vắng không lý do');

  // "Tất cả có mặt" marks the others one by one: offline, each mark waits in turn.
  const unmarked = meeting.attendance.filter(
    (a) =>
      a.state === null &&
      a.personId !== absent.personId &&
      (a.memberStatus === 'official' || a.memberStatus === 'probationary'),
  ).length;
  await main.getByRole('button', { name: 'Tất cả có mặt' }).click();
  await expect(state).toHaveText(`Mất kết nối — ${1 + unmarked} thay đổi đang chờ gửi`);
  await expect(row(speaker.name).getByTestId('attendee-state')).toHaveText('Có mặt');

  // The chair puts a member on the speaker list and adds an assignment.
  const speakers = main.getByTestId('speakers');
  await speakers.getByLabel('Đưa vào danh sách phát biểu').selectOption({ label: speaker.name });
  await speakers.getByRole('button', { name: 'Đưa vào danh sách', exact: true }).click();
  await expect(speakers.getByTestId('speech').filter({ hasText: speaker.name })).toHaveCount(1);
  const tasks = main.getByTestId('tasks');
  await tasks.getByLabel('Nội dung công việc').fill(TASK);
  await tasks.getByLabel('Người thực hiện').selectOption({ label: speaker.name });
  await tasks.getByRole('button', { name: 'Thêm phân công' }).click();
  await expect(tasks.getByTestId('task').filter({ hasText: TASK })).toHaveCount(1);
  const waitingCount = 1 + unmarked + 2;
  await expect(state).toHaveText(`Mất kết nối — ${waitingCount} thay đổi đang chờ gửi`);

  // Nothing reached the server meanwhile.
  await page.context().setOffline(false);
  // (The request above would have gone through now; the outbox sends on the `online` event.)
  await expect(state).toHaveText('Đã lưu', { timeout: 30_000 });

  // Reloaded, the screen shows what the server has: every change exactly once.
  await page.reload();
  // A reload loads the console's chunks and the whole catalog again: slower than a step on a loaded machine.
  await expect(main.getByTestId('meeting-status')).toHaveText('Đang diễn ra', { timeout: 15_000 });
  await expect(row(absent.name).getByTestId('attendee-state')).toHaveText('Vắng không lý do');
  await expect(row(speaker.name).getByTestId('attendee-state')).toHaveText('Có mặt');
  await expect(
    main.getByTestId('speakers').getByTestId('speech').filter({ hasText: speaker.name }),
  ).toHaveCount(1);
  await expect(main.getByTestId('tasks').getByTestId('task').filter({ hasText: TASK })).toHaveCount(1);
  await expect(main.getByTestId('offline-state')).toHaveText('');

  meeting = await call<Meeting>(page, 'GET', `/meetings/${meeting.id}`);
  expect(meeting.speeches.filter((s) => s.personId === speaker.personId)).toHaveLength(1);
  expect(meeting.tasks.filter((t) => t.title === TASK)).toMatchObject([{ ownerId: speaker.personId }]);
  expect(meeting.attendance.find((a) => a.personId === absent.personId)?.state).toBe('absent_unexcused');
  expect(
    meeting.attendance
      .filter(
        (a) =>
          a.personId !== absent.personId &&
          (a.memberStatus === 'official' || a.memberStatus === 'probationary'),
      )
      .map((a) => a.state),
  ).toEqual(
    meeting.attendance
      .filter(
        (a) =>
          a.personId !== absent.personId &&
          (a.memberStatus === 'official' || a.memberStatus === 'probationary'),
      )
      .map(() => 'present'),
  );
  // Nothing is left on the device.
  const stored = await page.evaluate(() =>
    Object.keys(window.localStorage).filter((key) => key.startsWith('chuyende.outbox.')),
  );
  expect(stored).toEqual([]);
});
