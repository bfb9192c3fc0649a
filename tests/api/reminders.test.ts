/**
 * The reminders job on a fake clock (issue 14): each reminder is sent once per person and occasion — a second
 * run, or a second instance, sends nothing — and only to whom the rules name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import type { NotificationKind } from '../../src/domain/notifications/kinds.ts';
import { FakeClock } from '../../src/jobs/clock.ts';
import { remindersJob, sendReminders } from '../../src/jobs/reminders/job.ts';
import { createRunner } from '../../src/jobs/runner.ts';
import type { App } from '../../src/server/app.ts';
import {
  buildMeeting,
  buildPreparation,
  buildResolution,
  buildReview,
  buildWorld,
  PASSWORD,
} from '../fixtures/factories.ts';
import { buildApp, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

let database: Database;
let app: App;
beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
});
afterAll(() => database.close());

/** 09:00 in Hà Nội on a local day. */
const at = (day: string) => new Date(`${day}T02:00:00Z`);

async function received(kind: NotificationKind, link: string) {
  const rows = await database.db
    .selectFrom('notification')
    .select('person_id')
    .where('kind', '=', kind)
    .where('link', '=', link)
    .execute();
  return rows.map((r) => r.person_id).sort();
}

describe('comment window closing', () => {
  it('reminds, once, the readers who neither opened the draft nor commented, from the lead days on', async () => {
    const world = await buildWorld(database.db);
    const p = await buildPreparation(database.db, world.cell.id, { status: 'distributed', comment: true });
    await database.db
      .updateTable('topic_preparation')
      .set({ comment_due_on: '2027-03-13' })
      .where('topic_id', '=', p.topicId)
      .execute();
    const readers = await database.db
      .selectFrom('topic_reader')
      .select('person_id')
      .where('topic_id', '=', p.topicId)
      .where('round', '=', 'draft1')
      .orderBy('person_id')
      .execute();
    const [commenter, opener, ...rest] = readers.map((r) => r.person_id);
    expect(rest.length).toBeGreaterThan(0);
    await database.db
      .updateTable('topic_reader')
      .set({ opened_at: '2027-03-01T01:00:00.000Z' })
      .where('topic_id', '=', p.topicId)
      .where('person_id', '=', opener ?? '')
      .execute();
    const link = `/topics/${p.topicId}`;

    // Three days before: outside the default lead time of two days.
    await sendReminders(database.db, at('2027-03-10'));
    expect(await received('reminder_comments', link)).toEqual([]);

    const clock = new FakeClock(at('2027-03-11'));
    const one = createRunner({ db: database.db, clock, holder: 'one', jobs: [remindersJob()] });
    const two = createRunner({ db: database.db, clock, holder: 'two', jobs: [remindersJob()] });
    expect(await one.tick()).toEqual({ reminders: 'ran' });
    expect(await received('reminder_comments', link)).toEqual([...rest].sort());
    expect(rest).not.toContain(commenter);
    const row = await database.db
      .selectFrom('notification')
      .select(['params_json', 'unit_id'])
      .where('kind', '=', 'reminder_comments')
      .where('link', '=', link)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.params_json)).toMatchObject({ dueOn: '2027-03-13' });
    expect(row.unit_id).toBe(world.cell.id);

    // A second instance in the same period finds the job not due; the next run sends nothing new.
    expect(await two.tick()).toEqual({ reminders: 'not_due' });
    clock.advance(5 * 60_000);
    expect(await two.tick()).toEqual({ reminders: 'ran' });
    expect(await sendReminders(database.db, at('2027-03-12'))).toBe(0);
    expect(await received('reminder_comments', link)).toEqual([...rest].sort());
  });
});

describe('meeting tomorrow and tasks coming due', () => {
  it('reminds the roll the day before, and a task owner as it comes due and once overdue', async () => {
    const world = await buildWorld(database.db);
    const m = await buildMeeting(database.db, world.cell.id, { notice: true, heldOn: '2027-04-02' });
    const secretary = await loggedIn(app, world.users.secretary, PASSWORD);
    const res = await secretary.post(`/api/meetings/${m.id}/tasks`, {
      title: 'Chuẩn bị báo cáo tình hình đảng viên',
      ownerId: world.people.memberId,
      dueOn: '2027-04-03',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const link = `/meetings/${m.id}`;
    const roll = await database.db
      .selectFrom('meeting_attendance')
      .select('person_id')
      .where('meeting_id', '=', m.id)
      .execute();

    // The cell asks for one day's notice of a task: on 1 April the task is not due yet.
    await database.db
      .updateTable('org_unit')
      .set({ task_reminder_days: 1 })
      .where('id', '=', world.cell.id)
      .execute();
    await sendReminders(database.db, at('2027-03-31'));
    expect(await received('reminder_meeting', link)).toEqual([]);
    await sendReminders(database.db, at('2027-04-01'));
    expect(await received('reminder_meeting', link)).toEqual(roll.map((r) => r.person_id).sort());
    const taskRows = async () =>
      (
        await database.db
          .selectFrom('notification')
          .select(['person_id', 'params_json'])
          .where('kind', '=', 'reminder_task')
          .where('unit_id', '=', world.cell.id)
          .execute()
      ).map((r) => ({ person: r.person_id, state: JSON.parse(r.params_json).state }));
    expect(await taskRows()).toEqual([]);

    await sendReminders(database.db, at('2027-04-02'));
    await sendReminders(database.db, at('2027-04-03'));
    expect(await taskRows()).toEqual([{ person: world.people.memberId, state: 'due_soon' }]);
    await sendReminders(database.db, at('2027-04-04'));
    await sendReminders(database.db, at('2027-04-09'));
    expect(await taskRows()).toEqual([
      { person: world.people.memberId, state: 'due_soon' },
      { person: world.people.memberId, state: 'overdue' },
    ]);
    // The meeting's eve reminder went once.
    expect((await received('reminder_meeting', link)).length).toBe(roll.length);
  });
});

describe('a plan step due this month and a review due', () => {
  it('reminds the responsible person in the step’s month, and the secretary of a review coming due', async () => {
    const world = await buildWorld(database.db);
    const p = await buildPreparation(database.db, world.cell.id, { status: 'draft1_writing' });
    const plan = await database.db
      .selectFrom('plan')
      .select('year')
      .where('id', '=', p.planId)
      .executeTakeFirstOrThrow();
    const step = await database.db
      .selectFrom('plan_step')
      .select(['id', 'due_month'])
      .where('topic_id', '=', p.topicId)
      .where('step', '=', 'draft1')
      .executeTakeFirstOrThrow();
    await database.db
      .updateTable('plan_step')
      .set({ responsible_id: world.people.memberId })
      .where('id', '=', step.id)
      .execute();
    const month = `${plan.year}-${String(step.due_month).padStart(2, '0')}`;
    const link = `/topics/${p.topicId}`;
    const stepReminders = async () =>
      (
        await database.db
          .selectFrom('notification')
          .select(['person_id', 'params_json'])
          .where('kind', '=', 'reminder_plan_step')
          .where('link', '=', link)
          .execute()
      ).filter((r) => JSON.parse(r.params_json).step === 'draft1');
    await sendReminders(database.db, at(`${month}-02`));
    await sendReminders(database.db, at(`${month}-20`));
    const sent = await stepReminders();
    expect(sent.map((r) => r.person_id)).toEqual([world.people.memberId]);

    const r = await buildResolution(database.db, world.sibling.id, {});
    const reviewId = await buildReview(database.db, r.topicId);
    await database.db
      .updateTable('resolution_review')
      .set({ due_on: '2027-09-30' })
      .where('id', '=', reviewId)
      .execute();
    await sendReminders(database.db, at('2027-09-20'));
    expect(await received('reminder_review', `/reviews/${reviewId}`)).toEqual([]);
    await sendReminders(database.db, at('2027-09-28'));
    const secretaryOfSibling = await database.db
      .selectFrom('role_assignment')
      .select('person_id')
      .where('unit_id', '=', world.sibling.id)
      .where('role', '=', 'secretary')
      .executeTakeFirstOrThrow();
    expect(await received('reminder_review', `/reviews/${reviewId}`)).toEqual([secretaryOfSibling.person_id]);
  });
});

describe('a plan step already done as the plan shows it', () => {
  it('reminds nobody of the comments step once the comment window ran out, though nobody pressed "close"', async () => {
    const world = await buildWorld(database.db);
    const p = await buildPreparation(database.db, world.cell.id, { status: 'distributed' });
    const plan = await database.db
      .selectFrom('plan')
      .select('year')
      .where('id', '=', p.planId)
      .executeTakeFirstOrThrow();
    const step = await database.db
      .selectFrom('plan_step')
      .select(['id', 'due_month'])
      .where('topic_id', '=', p.topicId)
      .where('step', '=', 'comments')
      .executeTakeFirstOrThrow();
    await database.db
      .updateTable('plan_step')
      .set({ responsible_id: world.people.memberId })
      .where('id', '=', step.id)
      .execute();
    const month = `${plan.year}-${String(step.due_month).padStart(2, '0')}`;
    const stepReminders = async () =>
      (
        await database.db
          .selectFrom('notification')
          .select('params_json')
          .where('kind', '=', 'reminder_plan_step')
          .where('link', '=', `/topics/${p.topicId}`)
          .execute()
      ).filter((r) => JSON.parse(r.params_json).step === 'comments');
    // The window closes on the 5th of the step's month: on the 3rd the step is still open and reminded…
    await database.db
      .updateTable('topic_preparation')
      .set({ comment_due_on: `${month}-05`, comments_closed_at: null })
      .where('topic_id', '=', p.topicId)
      .execute();
    await sendReminders(database.db, at(`${month}-03`));
    expect(await stepReminders()).toHaveLength(1);
    // …and a step done (the window ran out on the 5th) is not reminded to a new person responsible for it.
    await database.db
      .updateTable('plan_step')
      .set({ responsible_id: world.people.secretaryId })
      .where('id', '=', step.id)
      .execute();
    await sendReminders(database.db, at(`${month}-20`));
    expect(await stepReminders()).toHaveLength(1);
  });
});
