import type { Kysely, Transaction } from 'kysely';
import { newId, nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import {
  attendanceChangeClosed,
  calendarRangeProblem,
  DELEGATE_ROLES,
  delegateGrant,
  delegateTitle,
} from '#domain/meetings/delegates.ts';
import { authorize } from '../../../authz/authorize.ts';
import { AppError } from '../../../http/app-error.ts';
import { notify } from '../../../notifications/notify.ts';
import { getUnit } from '../../orgs/index.ts';
import type { MeetingAccess } from '../access.ts';
import { change, requireOpen } from '../change.ts';
import * as modelStore from '../model/store.ts';
import * as meetingStore from '../store.ts';
import * as store from './store.ts';

type Trx = Transaction<DB>;

/**
 * The committee's calendar: the meetings of its whole subtree between two days (less than three months),
 * with who of the committees registered to attend. Its officers, inspectors (and committee members) read it;
 * a unit they cannot see, or a cell, is unknown (404).
 */
export async function committeeCalendar(
  db: Kysely<DB>,
  actor: Actor,
  committeeId: string,
  from: string,
  to: string,
) {
  const problem = calendarRangeProblem(from, to);
  if (problem) throw new AppError('VALIDATION_FAILED', { to: problem });
  const chain = await authorize(db, actor, 'committee.calendar', committeeId);
  const committee = await getUnit(db, committeeId);
  if (committee.kind !== 'committee') throw new AppError('NOT_FOUND');
  const rows = await store.calendarOfSubtree(db, committeeId, from, to);
  // Every cell of the calendar lies under the committee: a delegate role here or above covers them all.
  const mayAttend =
    actor.personId !== null &&
    actor.grants.some((g) => chain.includes(g.unitId) && DELEGATE_ROLES.includes(g.role));
  const today = todayInVietnam();
  const meetings = foldCalendar(rows, rows.length >= store.CALENDAR_LIMIT * 4);
  const models = await modelStore.modelMeetingIds(
    db,
    meetings.list.map((m) => m.id),
  );
  return {
    committeeId,
    committeeName: committee.name,
    from,
    to,
    mayAttend,
    truncated: meetings.truncated,
    meetings: meetings.list.map((m) => {
      const registered = m.delegates.some((d) => d.personId === actor.personId);
      const open = !attendanceChangeClosed(m.status, m.heldOn, today);
      return {
        ...m,
        model: models.has(m.id),
        registered,
        canRegister: mayAttend && open && !registered,
        canWithdraw: open && registered,
      };
    }),
  };
}

type CalendarRow = Awaited<ReturnType<typeof store.calendarOfSubtree>>[number];

/** One entry per meeting, its delegates gathered; a cut answer drops its last (maybe partial) meeting. */
function foldCalendar(rows: CalendarRow[], cut: boolean) {
  const byId = new Map<string, ReturnType<typeof entryOf>>();
  for (const r of rows) {
    let entry = byId.get(r.id);
    if (!entry) {
      entry = entryOf(r);
      byId.set(r.id, entry);
    }
    if (r.delegate_person_id)
      entry.delegates.push({
        personId: r.delegate_person_id,
        fullName: r.delegate_name ?? '',
        title: r.delegate_title,
        unitName: r.delegate_unit_name,
      });
  }
  const list = [...byId.values()];
  if (cut) list.pop();
  const truncated = cut || list.length > store.CALENDAR_LIMIT;
  return { list: list.slice(0, store.CALENDAR_LIMIT), truncated };
}

function entryOf(r: CalendarRow) {
  return {
    id: r.id,
    cellId: r.cell_id,
    cellName: r.cell_name,
    parentId: r.parent_id,
    parentName: r.parent_name,
    kind: r.kind,
    status: r.status,
    heldOn: r.held_on,
    startsAt: r.starts_at,
    place: r.place,
    topicTitle: r.topic_title,
    delegates: [] as { personId: string; fullName: string; title: string | null; unitName: string | null }[],
  };
}

/** Only a person holding a delegate role in a committee above the cell attends (policy meeting.attend). */
function requireDelegate(actor: Actor, access: MeetingAccess) {
  const grant = delegateGrant(actor, access.chain);
  if (!grant || actor.personId === null || !isAllowed(actor, 'meeting.attend', access.chain))
    throw new AppError('FORBIDDEN');
  return { ...grant, personId: actor.personId };
}

function requireStillToCome(meeting: DB['meeting']) {
  if (attendanceChangeClosed(meeting.status, meeting.held_on, todayInVietnam()))
    throw new AppError('MEETING_DELEGATE_CLOSED');
}

/**
 * A committee's officer, inspector or committee member registers themself for a cell's scheduled meeting:
 * a delegate row linked to their person, titled from their role, named with their committee; the cell's
 * secretary and deputy are told who is coming. Twice, or once the meeting started, ended or was cancelled:
 * 409. Not of a committee above the cell: 403; a meeting they cannot see: 404.
 */
export async function registerDelegate(db: Kysely<DB>, actor: Actor, meetingId: string) {
  await change(db, actor, meetingId, 'meeting.delegate_register', async (trx, access) => {
    const me = requireDelegate(actor, access);
    requireStillToCome(access.meeting);
    if (await store.findRegistration(trx, meetingId, me.personId))
      throw new AppError('MEETING_DELEGATE_REGISTERED');
    const [committee, person] = await Promise.all([
      getUnit(trx, me.unitId),
      store.findPersonName(trx, me.personId),
    ]);
    if (!person) throw new AppError('FORBIDDEN');
    await meetingStore.insertGuest(trx, {
      id: newId(),
      meeting_id: meetingId,
      kind: 'delegate',
      full_name: person.full_name,
      title: delegateTitle(me.role),
      unit_name: committee.name,
      person_id: me.personId,
      unit_id: committee.id,
      present: 0,
      created_at: nowIso(),
    });
    await notifyCell(trx, actor, access.meeting, 'delegate_registered', person.full_name, committee.name);
    return {};
  });
}

/** The delegate withdraws before the meeting starts; the cell is told. Not registered: 404. */
export async function withdrawDelegate(db: Kysely<DB>, actor: Actor, meetingId: string) {
  await change(db, actor, meetingId, 'meeting.delegate_withdraw', async (trx, access) => {
    const me = requireDelegate(actor, access);
    const row = await store.findRegistration(trx, meetingId, me.personId);
    if (!row) throw new AppError('NOT_FOUND');
    requireStillToCome(access.meeting);
    if (await meetingStore.hasGuestSpoken(trx, row.id)) throw new AppError('MEETING_GUEST_SPOKE');
    await store.deleteRegistration(trx, meetingId, me.personId);
    await notifyCell(trx, actor, access.meeting, 'delegate_withdrawn', row.full_name, row.unit_name ?? '');
    return {};
  });
}

/** The console marks a registered delegate present (or not): the minutes name those present. */
export async function markDelegate(
  db: Kysely<DB>,
  actor: Actor,
  meetingId: string,
  guestId: string,
  present: boolean,
) {
  await change(db, actor, meetingId, 'meeting.delegate_present', async (trx, access) => {
    if (!access.records) throw new AppError('FORBIDDEN');
    await requireOpen(trx, access);
    if (!(await store.markDelegatePresent(trx, meetingId, guestId, present))) throw new AppError('NOT_FOUND');
    return {};
  });
}

async function notifyCell(
  trx: Trx,
  actor: Actor,
  meeting: DB['meeting'],
  kind: 'delegate_registered' | 'delegate_withdrawn',
  name: string,
  committee: string,
) {
  await notify(trx, {
    kind,
    unitId: meeting.cell_id,
    recipients: { roles: ['secretary', 'deputy'] },
    exceptPersonId: actor.personId,
    params: { name, committee, date: meeting.held_on, time: meeting.starts_at },
    link: `/meetings/${meeting.id}`,
  });
}
