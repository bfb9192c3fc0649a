/**
 * Issue 20: several app instances on one PostgreSQL behind no sticky sessions. Two real server processes share a
 * database; a change made through one reaches the live streams opened on the other (the LISTEN/NOTIFY bridge,
 * src/server/live/bridge.ts), and a session one instance forgets the other forgets too. SQLite serves one process only (its data folder is locked: startup.test.ts), so
 * this runs on PostgreSQL. That a scheduled job runs on one instance only is jobs.test.ts ("lets only one of
 * several instances run a job at a time", both engines).
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  aCell,
  api,
  killed,
  login,
  type Session,
  startApp,
  type Target,
  waitHealthy,
} from '../../scripts/lib/server-process.ts';
import { freePort } from '../support/free-port.ts';

const onPostgres = process.env.TEST_DB === 'postgres';

/** Opens an event stream and resolves with the first event of the given name (or rejects after `ms`). */
async function nextEvent(s: Session, path: string) {
  const controller = new AbortController();
  const res = await fetch(`${s.base}/api${path}`, {
    headers: { cookie: s.cookie },
    signal: controller.signal,
  });
  expect(res.status).toBe(200);
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = '';
  const read = async (event: string, ms: number) => {
    const timer = setTimeout(() => controller.abort(), ms);
    try {
      while (!text.includes(`event: ${event}\n`)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
      }
      return text.includes(`event: ${event}\n`);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  };
  expect(await read('ready', 10_000)).toBe(true);
  return { wait: (event: string) => read(event, 10_000), close: () => controller.abort() };
}

const firstUnit = async (s: Session) => {
  const units = ((await api(s, 'GET', '/auth/me')).body?.units ?? []) as { unitId: string }[];
  return units[0]?.unitId;
};

describe.runIf(onPostgres)('two instances on one PostgreSQL', () => {
  let a: { base: string; child: ChildProcess };
  let b: { base: string; child: ChildProcess };
  let target: Target;

  beforeAll(async () => {
    const adminUrl = inject('postgresAdminUrl');
    const name = `instances_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('postgresTemplateDb')}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    target = { env: { DATABASE_URL: url.toString() }, integrity: async () => [], close: async () => {} };
    const start = async () => {
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const child = startApp(port, target);
      await waitHealthy(base, child);
      return { base, child };
    };
    // The first loads the demo data into the empty database; the second finds it there.
    a = await start();
    b = await start();
  }, 180_000);

  afterAll(async () => {
    await Promise.all([a && killed(a.child), b && killed(b.child)]);
  });

  it('a session opened on one instance is honoured by the other', async () => {
    const onA = await login(a.base, 'bithu.noi');
    const me = await api({ ...onA, base: b.base }, 'GET', '/auth/me');
    expect(me.status).toBe(200);
    expect(me.body?.username).toBe('bithu.noi');
  });

  it('a sign-out through one instance is refused by the other at once, not after its cache’s 5 s', async () => {
    const onA = await login(a.base, 'phobithu.noi');
    const sameOnB = { ...onA, base: b.base };
    // B now holds the session in its actor cache (auth/actor-cache.ts, 5 s).
    expect((await api(sameOnB, 'GET', '/auth/me')).status).toBe(200);
    const signedOutAt = Date.now();
    expect((await api(onA, 'POST', '/auth/logout')).status).toBeLessThan(300);
    let status = 200;
    while (status === 200 && Date.now() - signedOutAt < 2_500) {
      status = (await api(sameOnB, 'GET', '/auth/me')).status;
      if (status === 200) await new Promise((r) => setTimeout(r, 50));
    }
    expect(status).toBe(401);
  });

  it('a plan page kept by one instance shows a change made through the other at once', async () => {
    const onA = await login(a.base, 'bithu.mamnon');
    const onB = { ...onA, base: b.base };
    const cellId = await aCell(onA);
    const created = await api(onA, 'POST', `/orgs/${cellId}/plans`, { year: 2099 });
    expect(created.status).toBe(201);
    const planId = String(created.body?.id);
    // B makes the page and keeps it (features/plans/page-cache.ts).
    expect((await api(onB, 'GET', `/plans/${planId}`)).body?.cellName).toBe(created.body?.cellName);
    expect((await api(onB, 'GET', `/plans/${planId}`)).status).toBe(200);
    const officer = await login(a.base, 'canbo.phuong');
    const renamed = await api(officer, 'PATCH', `/orgs/${cellId}`, {
      name: 'Chi bộ đổi tên ở phiên bản kia',
    });
    expect(renamed.status).toBe(200);
    // No waiting: the version B checks was raised in A's transaction.
    expect((await api(onB, 'GET', `/plans/${planId}`)).body?.cellName).toBe('Chi bộ đổi tên ở phiên bản kia');
  });

  it('a meeting changed through one instance reaches the console streams opened on the other', async () => {
    const onA = await login(a.base, 'bithu.noi');
    const onB = await login(b.base, 'bithu.noi');
    const cellId = await firstUnit(onA);
    const day = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const scheduled = await api(onA, 'POST', `/orgs/${cellId}/meetings`, {
      kind: 'regular',
      heldOn: day,
      startsAt: '14:00',
      place: 'Hội trường khoa',
    });
    expect(scheduled.status).toBe(201);
    const meeting = scheduled.body as { id: string };
    const stream = await nextEvent(onB, `/meetings/${meeting.id}/events`);
    const added = await api(onA, 'POST', `/meetings/${meeting.id}/guests`, {
      kind: 'delegate',
      fullName: 'Khách từ phiên bản khác',
    });
    expect(added.status).toBe(200);
    expect(await stream.wait('changed')).toBe(true);
    stream.close();
  });

  it('a notification written through one instance rings the bell opened on the other', async () => {
    const secretary = await login(b.base, 'bithu.khupho3');
    const cellId = await firstUnit(secretary);
    const officer = await login(a.base, 'canbo.phuong');
    const units = (await api(officer, 'GET', '/auth/me')).body?.units as {
      unitId: string;
      unitKind: string;
    }[];
    const wardId = units.find((u) => u.unitKind === 'committee')?.unitId;
    const bell = await nextEvent(secretary, '/notifications/events');
    const sent = await api(officer, 'POST', `/committees/${wardId}/reminders`, {
      cellIds: [cellId],
      message: 'Đề nghị chi bộ nộp kế hoạch năm.',
    });
    expect(sent.status).toBe(200);
    expect(await bell.wait('unread')).toBe(true);
    bell.close();
  });
});
