import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { newId } from '../../src/db/ids.ts';
import { configureMail } from '../../src/server/notifications/mail-settings.ts';
import { notify } from '../../src/server/notifications/notify.ts';
import { sendPendingOutbox, smtpTransport } from '../../src/server/notifications/outbox.ts';
import { enqueueMail } from '../../src/server/notifications/store.ts';
import { buildWorld, type World } from '../fixtures/factories.ts';
import { createTestDatabase } from '../support/test-db.ts';

/** A local SMTP server, as the tests' mail host: it records every message it accepts. */
interface Delivery {
  to: string[];
  messageId: string;
  raw: string;
}
const delivered: Delivery[] = [];
let smtp: SMTPServer | null = null;
let port = 0;

function startSmtp(): Promise<void> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        delivered.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          messageId: /^Message-ID:\s*(.+)$/im.exec(raw)?.[1]?.trim() ?? '',
          raw,
        });
        callback();
      });
    },
  });
  smtp = server;
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.server.address();
      if (address && typeof address === 'object') port = address.port;
      resolve();
    });
  });
}
function stopSmtp(): Promise<void> {
  const server = smtp;
  smtp = null;
  return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
}

let database: Database;
let world: World;
// The workers' clock runs an hour ahead of the wall clock that stamps new rows, so they are due at once.
let clock = new Date(Date.now() + 3600_000);
const now = () => clock;
const later = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};

const send = (worker: string) =>
  sendPendingOutbox(database.db, { transport: smtpTransport(`smtp://127.0.0.1:${port}`), worker, now });

const noticeTo = (personIds: string[], place = 'Hội trường tầng 2') =>
  database.db.transaction().execute((trx) =>
    notify(trx, {
      kind: 'meeting_notice',
      unitId: world.cell.id,
      recipients: { personIds },
      params: { date: '2026-05-12', time: '14:00', place },
      link: `/units/${world.cell.id}`,
    }),
  );
const outbox = () => database.db.selectFrom('mail_outbox').selectAll().orderBy('created_at').execute();
const deliveriesOf = (messageId: string) => delivered.filter((d) => d.messageId === messageId).length;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db);
  await startSmtp();
  configureMail({
    smtpUrl: `smtp://127.0.0.1:${port}`,
    from: 'Chuyên Đề <cd@test.vn>',
    appUrl: 'https://cd.test',
  });
  const { memberId, secretaryId } = world.people;
  await database.db
    .updateTable('person')
    .set({ email: 'dv.nam@test.vn' })
    .where('id', '=', memberId)
    .execute();
  await database.db
    .updateTable('person')
    .set({ email: 'bt.lan@test.vn' })
    .where('id', '=', secretaryId)
    .execute();
  await database.db
    .updateTable('user_account')
    .set({ locale: 'en' })
    .where('person_id', '=', secretaryId)
    .execute();
});
afterAll(async () => {
  await stopSmtp();
  configureMail({});
  await database.close();
});

describe('the e-mail outbox', () => {
  it('queues one e-mail per recipient with an address, in their language, with the unit and a link', async () => {
    const { memberId, secretaryId, deputyId } = world.people;
    await noticeTo([memberId, secretaryId, deputyId]);
    const rows = await outbox();
    // The deputy has no e-mail address: in the app only.
    expect(rows.map((r) => r.to_address).sort()).toEqual(['bt.lan@test.vn', 'dv.nam@test.vn']);
    const vi = rows.find((r) => r.to_address === 'dv.nam@test.vn');
    expect(vi?.text_body).toContain(
      'Thông báo sinh hoạt chi bộ ngày 12/05/2026, lúc 14:00, tại Hội trường tầng 2.',
    );
    expect(vi?.text_body).toContain('Đơn vị: Chi bộ Khoa Nội');
    expect(vi?.text_body).toContain(`https://cd.test/units/${world.cell.id}`);
    expect(vi?.html_body).toContain(`<a href="https://cd.test/units/${world.cell.id}">`);
    const en = rows.find((r) => r.to_address === 'bt.lan@test.vn');
    expect(en?.text_body).toContain('Notice of the cell meeting on 12/05/2026 at 14:00');
    expect(rows.every((r) => r.status === 'pending' && r.attempts === 0)).toBe(true);
  });

  it('delivers each pending row once and marks it sent', async () => {
    const result = await send('worker-1');
    expect(result).toEqual({ sent: 2, failed: 0 });
    const rows = await outbox();
    expect(rows.every((r) => r.status === 'sent' && r.sent_at !== null)).toBe(true);
    for (const row of rows) expect(deliveriesOf(`<${row.id}@chuyende>`)).toBe(1);
    expect(delivered.flatMap((d) => d.to).sort()).toEqual(['bt.lan@test.vn', 'dv.nam@test.vn']);
    expect(await send('worker-1')).toEqual({ sent: 0, failed: 0 });
  });

  it('keeps a row through a mail server outage, retries with backoff and delivers it once when the server is back', async () => {
    await noticeTo([world.people.memberId], 'Phòng họp khoa');
    await stopSmtp();
    expect(await send('worker-1')).toEqual({ sent: 0, failed: 1 });
    let row = (await outbox()).find((r) => r.status === 'pending');
    expect(row?.attempts).toBe(1);
    expect(row?.last_error).toBeTruthy();
    expect(row?.next_attempt_at).toBe(new Date(clock.getTime() + 60_000).toISOString());
    // Not due yet: nothing is tried.
    later(30_000);
    expect(await send('worker-1')).toEqual({ sent: 0, failed: 0 });

    await startSmtp();
    later(31_000);
    // A new worker (the process restarted) picks the row up.
    expect(await send('worker-2')).toEqual({ sent: 1, failed: 0 });
    row = (await outbox()).find((r) => r.id === row?.id);
    expect(row).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
    expect(deliveriesOf(`<${row?.id}@chuyende>`)).toBe(1);
    // Nothing is sent twice across the restart.
    expect(await send('worker-1')).toEqual({ sent: 0, failed: 0 });
    expect(await send('worker-3')).toEqual({ sent: 0, failed: 0 });
  });

  it('lets two workers at once send every row exactly once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push(...(await noticeTo([world.people.memberId], `Phòng ${i}`)));
    const [a, b] = await Promise.all([send('worker-a'), send('worker-b')]);
    expect(a.sent + b.sent).toBe(4);
    const rows = await outbox();
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    for (const row of rows) expect(deliveriesOf(`<${row.id}@chuyende>`)).toBe(1);
  });

  it('leaves a row claimed by a live worker alone, and takes it over once the claim expires', async () => {
    await noticeTo([world.people.memberId], 'Hội trường B');
    const pending = (await outbox()).find((r) => r.status === 'pending');
    if (!pending) throw new Error('no pending row');
    await database.db
      .updateTable('mail_outbox')
      .set({ claimed_by: 'crashed', claimed_until: new Date(clock.getTime() + 5 * 60_000).toISOString() })
      .where('id', '=', pending.id)
      .execute();
    expect(await send('worker-1')).toEqual({ sent: 0, failed: 0 });
    later(5 * 60_000 + 1);
    expect(await send('worker-1')).toEqual({ sent: 1, failed: 0 });
    expect(deliveriesOf(`<${pending.id}@chuyende>`)).toBe(1);
  });

  it('never queues the same notification twice', async () => {
    const row = {
      id: newId(),
      dedupe_key: 'notification:same',
      channel: 'email' as const,
      to_address: 'dv.nam@test.vn',
      link: null,
      subject: 's',
      text_body: 't',
      html_body: 'h',
      status: 'pending' as const,
      attempts: 0,
      next_attempt_at: clock.toISOString(),
      claimed_by: null,
      claimed_until: null,
      last_error: null,
      sent_at: null,
      created_at: clock.toISOString(),
    };
    await enqueueMail(database.db, [row]);
    await enqueueMail(database.db, [{ ...row, id: newId() }]);
    const same = (await outbox()).filter((r) => r.dedupe_key === 'notification:same');
    expect(same).toHaveLength(1);
    await database.db.deleteFrom('mail_outbox').where('dedupe_key', '=', 'notification:same').execute();
  });

  it("follows the person's choice: in-app only queues no e-mail", async () => {
    await database.db
      .insertInto('notification_preference')
      .values({
        person_id: world.people.memberId,
        kind: 'meeting_notice',
        email: 0,
        updated_at: clock.toISOString(),
      })
      .execute();
    const before = (await outbox()).length;
    const ids = await noticeTo([world.people.memberId]);
    expect(ids).toHaveLength(1);
    expect((await outbox()).length).toBe(before);
  });

  it('queues nothing while e-mail is off (no SMTP_URL)', async () => {
    configureMail({});
    const before = (await outbox()).length;
    await noticeTo([world.people.secretaryId]);
    expect((await outbox()).length).toBe(before);
    configureMail({ smtpUrl: `smtp://127.0.0.1:${port}`, appUrl: 'https://cd.test' });
  });
});
