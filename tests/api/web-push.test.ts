import { createECDH, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webpush from 'web-push';
import type { Database } from '../../src/db/connection.ts';
import type { App } from '../../src/server/app.ts';
import { configureMail } from '../../src/server/notifications/mail-settings.ts';
import { notify } from '../../src/server/notifications/notify.ts';
import { sendPendingOutbox } from '../../src/server/notifications/outbox.ts';
import { ensureVapidKeys, webPushTransport } from '../../src/server/notifications/push.ts';
import { buildWorld, PASSWORD, type World } from '../fixtures/factories.ts';
import { type ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

interface Settings {
  push: { publicKey: string | null; subscriptions: number };
}

let database: Database;
let app: App;
let world: World;
let member: ApiClient;
let secretary: ApiClient;

/** A browser's PushSubscription: a P-256 public key and a 16-byte secret, as a browser makes them. */
const browserSubscription = (endpoint: string) => ({
  endpoint,
  keys: {
    p256dh: createECDH('prime256v1').generateKeys().toString('base64url'),
    auth: randomBytes(16).toString('base64url'),
  },
});

/** What web-push would send to the push service, built by web-push itself, without a network. */
const requests: ReturnType<typeof webpush.generateRequestDetails>[] = [];
const gone = new Set<string>();
const offline: typeof webpush.sendNotification = async (subscription, payload, options) => {
  if (gone.has(subscription.endpoint))
    throw Object.assign(new Error('Received unexpected response code'), { statusCode: 410 });
  requests.push(webpush.generateRequestDetails(subscription, payload ?? undefined, options));
  return { statusCode: 201, body: '', headers: {} };
};
const clock = () => new Date(Date.now() + 3600_000);
const send = () =>
  sendPendingOutbox(database.db, {
    push: webPushTransport(database.db, 'mailto:cd@test.vn', offline),
    worker: 'w',
    now: clock,
  });
const remind = (personIds: string[]) =>
  database.db.transaction().execute((trx) =>
    notify(trx, {
      kind: 'committee_reminder',
      unitId: world.cell.id,
      recipients: { personIds },
      params: { message: 'Nộp báo cáo quý IV trước ngày 20/12' },
      link: `/units/${world.cell.id}`,
    }),
  );

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
  world = await buildWorld(database.db);
  member = await loggedIn(app, world.users.member, PASSWORD);
  secretary = await loggedIn(app, world.users.secretary, PASSWORD);
  configureMail({ appUrl: 'https://cd.test' });
});
afterAll(async () => {
  configureMail({});
  await database.close();
});

describe('web push', () => {
  it('is off until the VAPID keys are made: no key to subscribe with, and a subscription is refused (409)', async () => {
    const settings = await member.get<Settings>('/api/me/notification-settings');
    expect(settings.body.push).toEqual({ publicKey: null, subscriptions: 0 });
    const res = await member.post<ErrorBody>(
      '/api/me/push-subscriptions',
      browserSubscription('https://push.test/a'),
    );
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('PUSH_NOT_CONFIGURED');
  });

  it('makes the keys once and keeps them', async () => {
    const first = await ensureVapidKeys(database.db);
    const again = await ensureVapidKeys(database.db);
    expect(first.created).toBe(true);
    expect(again).toEqual({ keys: first.keys, created: false });
    const settings = await member.get<Settings>('/api/me/notification-settings');
    expect(settings.body.push.publicKey).toBe(first.keys.publicKey);
  });

  it("sends a notification to each of the person's browsers, signed and encrypted, with the text and the link", async () => {
    const phone = browserSubscription('https://push.test/member-phone');
    const laptop = browserSubscription('https://push.test/member-laptop');
    for (const sub of [phone, laptop])
      expect((await member.post('/api/me/push-subscriptions', sub)).status).toBe(200);
    // The same browser subscribing again replaces its row.
    const res = await member.post<Settings>('/api/me/push-subscriptions', phone);
    expect(res.body.push.subscriptions).toBe(2);

    await remind([world.people.memberId, world.people.secretaryId]);
    expect(await send()).toEqual({ sent: 2, failed: 0 });
    expect(requests.map((r) => r.endpoint).sort()).toEqual([laptop.endpoint, phone.endpoint].sort());
    for (const r of requests) {
      expect(r.method).toBe('POST');
      expect(r.headers['Content-Encoding']).toBe('aes128gcm');
      expect(String(r.headers.Authorization)).toMatch(/^vapid t=.+, k=/);
      // The payload is encrypted for the browser: the text never travels in clear.
      expect(Buffer.from(r.body ?? '').toString('utf8')).not.toContain('Nộp báo cáo');
    }
    const rows = await database.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('channel', '=', 'push')
      .execute();
    expect(rows[0]).toMatchObject({
      subject: 'Chi bộ Khoa Nội',
      text_body: 'Cấp ủy nhắc nhở: Nộp báo cáo quý IV trước ngày 20/12',
      link: `https://cd.test/units/${world.cell.id}`,
      status: 'sent',
    });
    expect(await send()).toEqual({ sent: 0, failed: 0 });
  });

  it('drops a subscription the push service says is gone, without retrying', async () => {
    gone.add('https://push.test/member-laptop');
    await remind([world.people.memberId]);
    expect(await send()).toEqual({ sent: 1, failed: 1 });
    const settings = await member.get<Settings>('/api/me/notification-settings');
    expect(settings.body.push.subscriptions).toBe(1);
    const failed = await database.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('status', '=', 'failed')
      .execute();
    expect(failed).toHaveLength(1);
    expect(failed[0]?.last_error).toContain('gone');
  });

  it("opts a browser out; another person cannot remove someone else's browser", async () => {
    const phone = 'https://push.test/member-phone';
    const theirs = await secretary.request<Settings>('DELETE', '/api/me/push-subscriptions', {
      endpoint: phone,
    });
    expect(theirs.status).toBe(200);
    expect((await member.get<Settings>('/api/me/notification-settings')).body.push.subscriptions).toBe(1);
    const mine = await member.request<Settings>('DELETE', '/api/me/push-subscriptions', { endpoint: phone });
    expect(mine.body.push.subscriptions).toBe(0);
  });

  it('refuses a subscription without its keys (400)', async () => {
    const res = await member.post<ErrorBody>('/api/me/push-subscriptions', {
      endpoint: 'https://push.test/x',
    });
    expect(res.status).toBe(400);
  });
});
