import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import { addDays, todayInVietnam } from '#domain/dates/local-date.ts';
import type { NotificationKind } from '#domain/notifications/kinds.ts';
import {
  commentReminderDays,
  commentReminders,
  dutyReminder,
  meetingTomorrowReminders,
  planStepReminder,
  REMINDER_DAYS_MAX,
  taskReminderDays,
} from '#domain/notifications/reminders.ts';
import { stepProgress } from '#domain/preparation/step-progress.ts';
import { preparationFacts } from '#server/features/preparation/index.ts';
import type { NotificationParams } from '#server/notifications/mail-text.ts';
import { notify } from '#server/notifications/notify.ts';
import type { Job } from '../runner.ts';
import * as store from './store.ts';

/** One reminder to send: who, on what occasion (its key), and the notification that carries it. */
export interface Reminder {
  key: string;
  personId: string;
  kind: NotificationKind;
  unitId: string;
  params: NotificationParams;
  link: string;
}

/** Everything due to someone on a day, by the rules of domain/notifications/reminders.ts. */
export async function remindersDue(db: Kysely<DB>, today: string): Promise<Reminder[]> {
  const due: Reminder[] = [];
  for (const w of await store.openCommentWindows(db)) {
    if (!w.comment_due_on) continue;
    const readers = (await store.draftReaders(db, w.topic_id)).map((r) => ({
      personId: r.person_id,
      opened: Boolean(r.opened_at),
      commented: Boolean(Number(r.commented)),
    }));
    const window = {
      topicId: w.topic_id,
      dueOn: w.comment_due_on,
      leadDays: commentReminderDays(w.comment_reminder_days),
    };
    for (const r of commentReminders(today, window, readers))
      due.push({
        ...r,
        kind: 'reminder_comments',
        unitId: w.cell_id,
        params: { topic: w.title, dueOn: w.comment_due_on },
        link: `/topics/${w.topic_id}`,
      });
  }

  for (const m of await store.noticedMeetingsOn(db, addDays(today, 1)))
    for (const r of meetingTomorrowReminders(
      today,
      { meetingId: m.id, heldOn: m.held_on, noticeSent: true },
      m.roll,
    ))
      due.push({
        ...r,
        kind: 'reminder_meeting',
        unitId: m.cell_id,
        params: { date: m.held_on, time: m.starts_at, place: m.place },
        link: `/meetings/${m.id}`,
      });

  const [year, month] = today.split('-').map(Number) as [number, number];
  for (const s of await store.planStepsDueIn(db, year, month)) {
    const r = planStepReminder(today, {
      topicId: s.topic_id,
      step: s.step,
      year: s.year,
      dueMonth: s.due_month,
      responsibleId: s.responsible_id,
      // Done as the plan shows it (step-progress.ts): its own fact, or a later step's.
      done:
        stepProgress(
          [{ step: s.step, year: s.year, month: s.due_month }],
          preparationFacts(s.status === null ? undefined : { ...s, status: s.status }, today),
          today,
        )[0]?.state === 'done',
    });
    if (r)
      due.push({
        ...r,
        kind: 'reminder_plan_step',
        unitId: s.cell_id,
        params: { topic: s.title, step: s.step, month: `${s.due_month}/${s.year}` },
        link: `/topics/${s.topic_id}`,
      });
  }

  const horizon = addDays(today, REMINDER_DAYS_MAX);
  for (const k of await store.personalTasksDueBy(db, horizon)) {
    if (!k.due_on) continue;
    const r = dutyReminder(
      today,
      { kind: 'task', id: k.id, dueOn: k.due_on, personId: k.owner_id, finished: Boolean(Number(k.done)) },
      taskReminderDays(k.task_reminder_days),
    );
    if (r)
      due.push({
        key: r.key,
        personId: r.personId,
        kind: 'reminder_task',
        unitId: k.cell_id,
        params: { task: k.title, due: k.due_on, state: r.state },
        link: '/my-work',
      });
  }

  for (const v of await store.reviewsDueBy(db, horizon, today)) {
    const r = dutyReminder(
      today,
      { kind: 'review', id: v.id, dueOn: v.due_on, personId: v.secretary_id, finished: false },
      taskReminderDays(v.task_reminder_days),
    );
    if (r)
      due.push({
        key: r.key,
        personId: r.personId,
        kind: 'reminder_review',
        unitId: v.cell_id,
        params: { topic: v.title, due: v.due_on, state: r.state, review: v.kind },
        link: `/reviews/${v.id}`,
      });
  }
  return due;
}

/**
 * Sends what is due and not sent yet: each reminder in its own transaction, its key written first (unique),
 * then its notification — a rerun, or another instance racing on the same reminder, writes no key and sends
 * nothing. Returns how many were sent.
 */
export async function sendReminders(db: Kysely<DB>, now: Date): Promise<number> {
  const today = todayInVietnam(now);
  const due = await remindersDue(db, today);
  const already = await store.sentKeys(
    db,
    due.map((r) => r.key),
  );
  let sent = 0;
  for (const r of due) {
    if (already.has(r.key)) continue;
    await db.transaction().execute(async (trx) => {
      if (
        !(await store.claimReminder(trx, {
          key: r.key,
          person_id: r.personId,
          kind: r.kind,
          sent_at: now.toISOString(),
        }))
      )
        return;
      await notify(trx, {
        kind: r.kind,
        unitId: r.unitId,
        recipients: { personIds: [r.personId] },
        params: r.params,
        link: r.link,
      });
      sent += 1;
    });
  }
  return sent;
}

/** The reminders job: every five minutes (the lease keeps it to one instance at a time). */
export function remindersJob(): Job {
  return {
    name: 'reminders',
    everyMs: 5 * 60_000,
    leaseMs: 10 * 60_000,
    run: ({ db, now }) => sendReminders(db, now),
  };
}
