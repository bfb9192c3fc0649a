import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { nextDocumentNumber } from '#db/document-numbers.ts';
import { newId, nowIso, nowIsoAfter } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { attendanceCounts } from '#domain/meetings/attendance.ts';
import { draftLeadDays, shortLeadWarning } from '#domain/meetings/draft-gate.ts';
import { draftMinutes, type MinutesFacts } from '#domain/meetings/minutes-draft.ts';
import { isMinutesEditable, signerRoles, signIssue } from '#domain/meetings/minutes-status.ts';
import { HO_CHI_MINH_MIN_MINUTES } from '#domain/meetings/timing.ts';
import { AppError } from '../../http/app-error.ts';
import { getUnit } from '../orgs/index.ts';
import { findPreparation, findTopic, listPreparers } from '../preparation/index.ts';
import { requireRecorder } from './access.ts';
import { change } from './change.ts';
import { notifySigners } from './notices.ts';
import { practiceOf } from './practice.ts';
import * as store from './store.ts';
import { checkLine, taskChecksOf } from './task-checks.ts';

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const signatures = (m: DB['minutes'] | undefined) => ({
  chair: Boolean(m?.chair_signed_at),
  minuteTaker: Boolean(m?.taker_signed_at),
});

/**
 * Writes the minutes from what the console recorded (minutes-draft.ts). Allowed once the meeting has ended
 * and while nobody has signed; writing again replaces the unsigned text.
 */
export async function draftFromConsole(db: Kysely<DB>, actor: Actor, meetingId: string) {
  await change(db, actor, meetingId, 'minutes.draft', async (trx, access) => {
    requireRecorder(access);
    const m = access.meeting;
    if (m.status !== 'ended') throw new AppError('MINUTES_MEETING_NOT_ENDED');
    const existing = await store.findMinutes(trx, meetingId);
    if (!isMinutesEditable(signatures(existing))) throw new AppError('MINUTES_LOCKED');
    const text = draftMinutes(await minutesFacts(trx, m));
    const now = nowIso();
    if (existing) await writeMinutes(trx, existing, { text, updated_at: nowIsoAfter(existing.updated_at) });
    else
      await store.insertMinutes(trx, {
        meeting_id: meetingId,
        text,
        chair_signed_at: null,
        chair_signed_by: null,
        taker_signed_at: null,
        taker_signed_by: null,
        text_hash: null,
        locked_at: null,
        number: null,
        created_at: now,
        updated_at: now,
      });
    // The first draft makes the minutes ready for the two signatures (minutes-status.ts).
    if (!existing) await notifySigners(trx, actor, m);
    return {};
  });
}

/** What the console recorded, as the facts the minutes are written from (minutes-draft.ts). */
async function minutesFacts(trx: Transaction<DB>, m: DB['meeting']): Promise<MinutesFacts> {
  const [cell, attendance, guests, agenda, speeches, votes, tasks, topic, prep, people, practice, checks] =
    await Promise.all([
      getUnit(trx, m.cell_id),
      store.listAttendance(trx, m.id),
      store.listGuests(trx, m.id),
      store.listAgenda(trx, m.id),
      store.listSpeeches(trx, m.id),
      store.listVotes(trx, m.id),
      store.listTasks(trx, m.id),
      m.topic_id ? findTopic(trx, m.topic_id) : undefined,
      m.topic_id ? findPreparation(trx, m.topic_id) : undefined,
      store.listSignerNames(trx, [m.chair_id, m.minute_taker_id]),
      practiceOf(trx, m),
      taskChecksOf(trx, m),
    ]);
  const name = (id: string | null) => people.find((p) => p.id === id)?.full_name ?? null;
  const presenters = m.topic_id ? (await listPreparers(trx, m.topic_id)).map((p) => p.full_name) : [];
  return {
    cellName: cell.name,
    place: m.place,
    heldOn: m.held_on,
    startedAt: m.started_at,
    endedAt: m.ended_at,
    kind: m.kind,
    topicTitle: topic?.title ?? null,
    presenters,
    chair: name(m.chair_id),
    minuteTaker: name(m.minute_taker_id),
    // Guests typed in were there; a registered delegate is named once the console marked them present.
    guests: guests
      .filter((g) => g.present === 1)
      .map((g) => ({
        fullName: g.full_name,
        title: g.title,
        unitName: g.unit_name,
        kind: g.kind,
      })),
    counts: attendanceCounts(attendance.map((a) => ({ status: a.member_status, state: a.state }))),
    absentees: attendance
      .filter((a) => a.member_status !== 'exempt' && a.member_status !== 'transferred_out')
      .filter((a) => a.state === 'absent_excused' || a.state === 'absent_unexcused' || a.state === null)
      .map((a) => ({ fullName: a.full_name, excused: a.state === 'absent_excused', reason: a.reason })),
    agenda: agenda.map((i) => ({ part: i.part, kind: i.kind, title: i.title })),
    speeches: speeches
      .filter((s) => s.status === 'done' || s.status === 'speaking')
      .map((s) => ({ speaker: s.person_name ?? s.guest_name ?? '', note: s.note })),
    conclusion: m.conclusion,
    votes: votes.map((v) => ({
      subject: v.subject,
      for: v.votes_for,
      against: v.votes_against,
      abstain: v.votes_abstain,
      base: v.base,
      passed: v.passed === 1,
    })),
    tasks: tasks.map((t) => ({ title: t.title, owner: t.owner_name, dueOn: t.due_on })),
    study: m.study_minutes === null ? null : { minutes: m.study_minutes, required: HO_CHI_MINH_MIN_MINUTES },
    practice: {
      carried: practice.carried.map((c) => ({
        text: c.text,
        owner: c.ownerName,
        reviews: c.reviews.map((r) => ({ note: r.note, achieved: r.achieved })),
      })),
      commitments: practice.commitments.map((c) => ({ text: c.text, owner: c.ownerName })),
    },
    checks: checks.map(checkLine),
    // Practice (draft-gate.ts): the draft reached members fewer days before the meeting than the cell expects.
    draftSentLate:
      m.kind === 'regular'
        ? null
        : (shortLeadWarning(prep?.distributed_at ?? null, m.held_on, draftLeadDays(cell.draft_lead_days)) ??
          null),
  };
}

/** The minute-taker (or the chair's side) edits the text until someone signs it. */
export async function saveMinutes(
  db: Kysely<DB>,
  actor: Actor,
  meetingId: string,
  text: string,
  expectedUpdatedAt?: string | null,
) {
  await change(db, actor, meetingId, 'minutes.save', async (trx, access) => {
    requireRecorder(access);
    const existing = await store.findMinutes(trx, meetingId);
    if (!existing) throw new AppError('MINUTES_MISSING');
    if (!isMinutesEditable(signatures(existing))) throw new AppError('MINUTES_LOCKED');
    if (expectedUpdatedAt && expectedUpdatedAt !== existing.updated_at) throw new AppError('MEETING_CHANGED');
    await writeMinutes(trx, existing, {
      text: text.normalize('NFC'),
      updated_at: nowIsoAfter(existing.updated_at),
    });
    return {};
  });
}

/**
 * The chair and the minute-taker each confirm the text with their own session. The first signature fixes
 * the text (its SHA-256 is stored); the second locks the minutes and gives them their number ("BB").
 */
export async function signMinutes(db: Kysely<DB>, actor: Actor, meetingId: string) {
  await change(db, actor, meetingId, 'minutes.sign', async (trx, access) => {
    const m = access.meeting;
    const existing = await store.findMinutes(trx, meetingId);
    if (!existing) throw new AppError('MINUTES_MISSING');
    const personId = actor.personId ?? '';
    const issue = signIssue(personId, m.chair_id, m.minute_taker_id, signatures(existing));
    if (issue === 'NOT_A_SIGNER' || issue === 'SAME_PERSON') throw new AppError('MINUTES_NOT_SIGNABLE');
    if (issue === 'ALREADY_SIGNED') throw new AppError('MINUTES_ALREADY_SIGNED');
    const now = nowIso();
    const patch: Partial<DB['minutes']> = {
      updated_at: nowIsoAfter(existing.updated_at),
      text_hash: existing.text_hash ?? sha256(existing.text),
    };
    for (const role of signerRoles(personId, m.chair_id, m.minute_taker_id)) {
      if (role === 'chair' && !existing.chair_signed_at)
        Object.assign(patch, { chair_signed_at: now, chair_signed_by: actor.userId });
      if (role === 'minute_taker' && !existing.taker_signed_at)
        Object.assign(patch, { taker_signed_at: now, taker_signed_by: actor.userId });
    }
    const both = Boolean(
      (patch.chair_signed_at ?? existing.chair_signed_at) &&
        (patch.taker_signed_at ?? existing.taker_signed_at),
    );
    if (both) {
      patch.locked_at = now;
      patch.number =
        existing.number ??
        (await nextDocumentNumber(trx, { unitId: m.cell_id, kind: 'BB', issuedOn: m.held_on }));
    }
    await writeMinutes(trx, existing, patch);
    return {};
  });
}

/** A correction to signed minutes: dated, hashed, after the signed text — never an edit of it. */
export async function addAddendum(db: Kysely<DB>, actor: Actor, meetingId: string, text: string) {
  await change(db, actor, meetingId, 'minutes.addendum', async (trx, access) => {
    requireRecorder(access);
    const existing = await store.findMinutes(trx, meetingId);
    if (!existing?.locked_at) throw new AppError('MINUTES_NOT_LOCKED');
    const normalised = text.normalize('NFC');
    await store.insertAddendum(trx, {
      id: newId(),
      meeting_id: meetingId,
      text: normalised,
      text_hash: sha256(normalised),
      added_by: actor.personId,
      added_at: nowIso(),
    });
    return {};
  });
}

/** Two record-keepers editing the same minutes: the one who saved second learns it (409), nothing is lost. */
async function writeMinutes(
  trx: Parameters<typeof store.updateMinutes>[0],
  existing: DB['minutes'],
  patch: Partial<DB['minutes']>,
) {
  if (!(await store.updateMinutes(trx, existing.meeting_id, patch, existing.updated_at)))
    throw new AppError('MEETING_CHANGED');
}
