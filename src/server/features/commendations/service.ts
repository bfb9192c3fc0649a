import type { Kysely, Transaction } from 'kysely';
import { newId, nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import {
  type CommendationForm,
  type CommendationKind,
  type CommendationSubject,
  decisionDateIssue,
  formIssue,
  mayCommend,
} from '#domain/commendations/commendations.ts';
import type { LocalDate } from '#domain/dates/local-date.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { authorize, unitChain } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import { notify } from '../../notifications/notify.ts';
import { findPerson } from '../members/index.ts';
import { getUnit } from '../orgs/index.ts';
import * as store from './store.ts';

type Trx = Transaction<DB>;

export interface CommendationInput {
  subjectKind: CommendationSubject;
  unitId?: string | null;
  personId?: string | null;
  topicId?: string | null;
  kind: CommendationKind;
  form: CommendationForm;
  formOther?: string | null;
  reason: string;
  decisionNumber: string;
  decisionDate: LocalDate;
  year: number;
}

/**
 * A unit's commendations: a committee's for its whole subtree, a cell's its own (its people's and its topics'
 * included), of a year or all years; a person's alone on the member's record. A person who belongs to the unit
 * today (at home in it or under it) shows every commendation they received, those of the cells they were in
 * before a transfer too (the record follows the person); a person not in the unit today, only those taken under it.
 */
export async function listCommendations(
  db: Kysely<DB>,
  actor: Actor,
  unitId: string,
  filter: { year?: number; personId?: string },
) {
  const unit = await getUnit(db, unitId);
  const chain = await authorize(db, actor, 'commendation.read', unitId);
  const rows = (await personBelongsTo(db, filter.personId, unitId))
    ? await store.listOfPerson(db, filter.personId ?? '', { year: filter.year })
    : await store.listUnder(db, unitId, filter);
  const canWrite = unit.kind === 'committee' && isAllowed(actor, 'commendation.write', chain);
  return { unit, rows, canWrite };
}

/** Whether the person named is at home in the unit, or in a unit under it, today. */
async function personBelongsTo(db: Kysely<DB>, personId: string | undefined, unitId: string) {
  if (!personId) return false;
  const person = await findPerson(db, personId);
  if (!person || person.status === 'transferred_out') return false;
  return (await unitChain(db, person.unit_id)).includes(unitId);
}

/** The subject's unit (a unit itself, a person's cell, a topic's cell) and its name for the notification. */
async function resolveSubject(trx: Trx, committeeId: string, input: CommendationInput) {
  const missing = (field: string) =>
    new AppError('VALIDATION_FAILED', { [field]: 'COMMENDATION_SUBJECT_REQUIRED' });
  let unitId: string;
  let name: string;
  let personId: string | null = null;
  let topicId: string | null = null;
  if (input.subjectKind === 'unit') {
    if (!input.unitId) throw missing('unitId');
    const unit = await getUnit(trx, input.unitId).catch(() => null);
    if (!unit || unit.kind === 'group') throw new AppError('COMMENDATION_NOT_IN_SUBTREE');
    unitId = unit.id;
    name = unit.name;
  } else if (input.subjectKind === 'person') {
    if (!input.personId) throw missing('personId');
    const person = await findPerson(trx, input.personId);
    if (!person || person.status === 'staff' || person.status === 'transferred_out')
      throw new AppError('COMMENDATION_NOT_IN_SUBTREE');
    unitId = person.unit_id;
    name = `đồng chí ${person.full_name}`;
    personId = person.id;
  } else {
    if (!input.topicId) throw missing('topicId');
    const topic = await store.findTopicCell(trx, input.topicId);
    if (!topic) throw new AppError('COMMENDATION_NOT_IN_SUBTREE');
    unitId = topic.cell_id;
    name = `chuyên đề “${topic.title}”`;
    topicId = input.topicId;
  }
  if (!mayCommend(committeeId, await unitChain(trx, unitId)))
    throw new AppError('COMMENDATION_NOT_IN_SUBTREE');
  return { unitId, name, personId, topicId };
}

function checkInput(input: Pick<CommendationInput, 'form' | 'formOther' | 'year' | 'decisionDate'>) {
  if (formIssue(input.form, input.formOther))
    throw new AppError('VALIDATION_FAILED', { formOther: 'COMMENDATION_FORM_OTHER_REQUIRED' });
  if (decisionDateIssue(input.year, input.decisionDate))
    throw new AppError('VALIDATION_FAILED', { decisionDate: 'COMMENDATION_DECISION_BEFORE_YEAR' });
}

const nfc = (s: string) => s.normalize('NFC');

/**
 * An officer of the committee (or of one above it) records a commendation of a unit, member or topic of its
 * subtree (seed 000: "kịp thời biểu dương, khen thưởng những nhân tố tích cực"); the cell's secretary and the
 * member commended are told.
 */
export async function recordCommendation(
  db: Kysely<DB>,
  actor: Actor,
  committeeId: string,
  input: CommendationInput,
) {
  return db.transaction().execute(async (trx) => {
    await authorize(trx, actor, 'commendation.write', committeeId);
    const committee = await getUnit(trx, committeeId);
    if (committee.kind !== 'committee') throw new AppError('COMMENDATION_NOT_COMMITTEE');
    checkInput(input);
    const subject = await resolveSubject(trx, committeeId, input);
    const now = nowIso();
    const row: DB['commendation'] = {
      id: newId(),
      committee_id: committeeId,
      subject_kind: input.subjectKind,
      unit_id: subject.unitId,
      person_id: subject.personId,
      topic_id: subject.topicId,
      kind: input.kind,
      form: input.form,
      form_other: input.form === 'other' && input.formOther ? nfc(input.formOther) : null,
      reason: nfc(input.reason),
      decision_number: nfc(input.decisionNumber),
      decision_date: input.decisionDate,
      year: input.year,
      created_by: actor.personId,
      created_at: now,
      updated_at: now,
    };
    await store.insertCommendation(trx, row);
    await notify(trx, {
      kind: 'commendation_recorded',
      unitId: subject.unitId,
      recipients: { roles: ['secretary'], personIds: subject.personId ? [subject.personId] : [] },
      exceptPersonId: actor.personId,
      params: { committee: committee.name, kind: row.kind, subject: subject.name, reason: row.reason },
      link: `/units/${subject.unitId}?tab=commendations`,
    });
    await recordAudit(trx, actor, {
      action: 'commendation.record',
      entityType: 'commendation',
      entityId: row.id,
      unitId: committeeId,
      after: row,
    });
    return row.id;
  });
}

/**
 * The commendation and the right to change it: whoever cannot read it (its subject's unit) gets 404; a reader
 * who is not an officer of its committee or above, 403.
 */
async function loadForWrite(trx: Trx, actor: Actor, id: string) {
  const row = await store.rawCommendation(trx, id);
  if (!row) throw new AppError('NOT_FOUND');
  const readable = isAllowed(actor, 'commendation.read', await unitChain(trx, row.unit_id));
  if (!readable) throw new AppError('NOT_FOUND');
  if (!isAllowed(actor, 'commendation.write', await unitChain(trx, row.committee_id)))
    throw new AppError('FORBIDDEN');
  return row;
}

/** The committee corrects a commendation (its reason, form, decision; the subject stays), audited. */
export async function changeCommendation(db: Kysely<DB>, actor: Actor, id: string, input: CommendationInput) {
  await db.transaction().execute(async (trx) => {
    const before = await loadForWrite(trx, actor, id);
    checkInput(input);
    const subject = await resolveSubject(trx, before.committee_id, input);
    const patch: Partial<DB['commendation']> = {
      subject_kind: input.subjectKind,
      unit_id: subject.unitId,
      person_id: subject.personId,
      topic_id: subject.topicId,
      kind: input.kind,
      form: input.form,
      form_other: input.form === 'other' && input.formOther ? nfc(input.formOther) : null,
      reason: nfc(input.reason),
      decision_number: nfc(input.decisionNumber),
      decision_date: input.decisionDate,
      year: input.year,
      updated_at: nowIso(),
    };
    await store.updateCommendation(trx, id, patch);
    await recordAudit(trx, actor, {
      action: 'commendation.change',
      entityType: 'commendation',
      entityId: id,
      unitId: before.committee_id,
      before,
      after: patch,
    });
  });
}

/** The committee withdraws a commendation recorded in error, audited with what it was. */
export async function deleteCommendation(db: Kysely<DB>, actor: Actor, id: string) {
  await db.transaction().execute(async (trx) => {
    const before = await loadForWrite(trx, actor, id);
    await store.deleteCommendation(trx, id);
    await recordAudit(trx, actor, {
      action: 'commendation.delete',
      entityType: 'commendation',
      entityId: id,
      unitId: before.committee_id,
      before,
    });
  });
}
