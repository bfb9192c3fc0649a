import type { Kysely, Transaction } from 'kysely';
import { newId, nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import { isFinishedTopic } from '#domain/preparation/draft-status.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { authorize, unitChain } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import { findPerson } from '../members/index.ts';
import { getUnit } from '../orgs/index.ts';
import { findPreparation } from '../preparation/index.ts';
import * as store from './store.ts';

export interface RegistrationInput {
  year: number;
  title: string;
  topicGroup?: string | null;
  criterion?: string | null;
  reason?: string | null;
  preferredQuarter?: number | null;
}

/**
 * The cell's proposals for a year, each saying whether the actor may withdraw it, and whether the actor may
 * propose one (the same rules `registerTopic` and `withdrawRegistration` apply).
 */
export async function listRegistrations(
  db: Kysely<DB>,
  actor: Actor,
  cellId: string,
  year: number,
  onlyId?: string,
) {
  const chain = await authorize(db, actor, 'plan.read', cellId);
  const [rows, canRegister] = await Promise.all([
    store.listRegistrations(db, cellId, year, onlyId),
    mayRegisterIn(db, actor, cellId, chain),
  ]);
  const canManage = isAllowed(actor, 'plan.edit', chain);
  return {
    canRegister,
    registrations: rows.map((r) => {
      // SQLite answers EXISTS with 0/1, PostgreSQL with a boolean.
      const used = Boolean(Number(r.used));
      return { ...r, used, canWithdraw: !used && (r.person_id === actor.personId || canManage) };
    }),
  };
}

/** Whether the actor may propose a topic in the cell: `topic.register` there, and a member of it. */
export async function mayRegisterIn(
  db: Kysely<DB>,
  actor: Actor,
  cellId: string,
  chain: readonly string[],
): Promise<boolean> {
  if (!actor.personId || !isAllowed(actor, 'topic.register', chain)) return false;
  const person = await findPerson(db, actor.personId);
  return person?.unit_id === cellId;
}

/** A member proposes a topic they would present (seed 001: members register topics). */
export async function registerTopic(db: Kysely<DB>, actor: Actor, cellId: string, input: RegistrationInput) {
  return db.transaction().execute(async (trx) => {
    await authorize(trx, actor, 'topic.register', cellId);
    const person = actor.personId ? await findPerson(trx, actor.personId) : undefined;
    if (!person || person.unit_id !== cellId) throw new AppError('NOT_A_MEMBER');
    const row: DB['topic_registration'] = {
      id: newId(),
      cell_id: cellId,
      year: input.year,
      person_id: person.id,
      title: input.title,
      topic_group: input.topicGroup ?? null,
      criterion: input.criterion ?? null,
      reason: input.reason ?? null,
      preferred_quarter: input.preferredQuarter ?? null,
      created_at: nowIso(),
    };
    await store.insertRegistration(trx, row);
    await recordAudit(trx, actor, {
      action: 'topic.register',
      entityType: 'topic_registration',
      entityId: row.id,
      unitId: cellId,
      after: row,
    });
    return row.id;
  });
}

/** The proposer withdraws their proposal, or the secretary removes it, until the plan uses it. */
export async function withdrawRegistration(db: Kysely<DB>, actor: Actor, id: string) {
  await db.transaction().execute(async (trx) => {
    const row = await store.findRegistration(trx, id);
    if (!row) throw new AppError('NOT_FOUND');
    await authorize(trx, actor, 'plan.read', row.cell_id);
    if (row.person_id !== actor.personId) await authorize(trx, actor, 'plan.edit', row.cell_id);
    if (await store.isRegistrationUsed(trx, id)) throw new AppError('REGISTRATION_USED');
    // Removed meanwhile by a concurrent withdrawal: nothing happened here, so no audit row and a 404.
    if (!(await store.deleteRegistration(trx, id))) throw new AppError('NOT_FOUND');
    await recordAudit(trx, actor, {
      action: 'topic.withdraw',
      entityType: 'topic_registration',
      entityId: id,
      unitId: row.cell_id,
      before: row,
    });
  });
}

/**
 * The library a unit draws from: models published by its committees (seed 001, "sinh hoạt chuyên đề mẫu"),
 * each saying whether the actor may withdraw it (`library.publish` in the publishing committee).
 */
export async function listLibrary(db: Kysely<DB>, actor: Actor, unitId: string, onlyId?: string) {
  const chain = await authorize(db, actor, 'org.read', unitId);
  const models = await store.listModels(db, chain, onlyId);
  // A committee of the chain is followed in it by its own ancestors: its chain is the rest of the list.
  return models.map((m) => ({
    ...m,
    canWithdraw: isAllowed(actor, 'library.publish', chain.slice(chain.indexOf(m.committee_id))),
  }));
}

/**
 * A committee publishes a finished topic of a cell below it as a model (seed 001): one presented at its
 * meeting (draft-status.ts, `isFinishedTopic`).
 */
export async function publishModel(
  db: Kysely<DB>,
  actor: Actor,
  input: { topicId: string; committeeId: string },
) {
  return db.transaction().execute(async (trx) => {
    const topic = await store.findTopicWithPlan(trx, input.topicId);
    if (!topic) throw new AppError('NOT_FOUND');
    await authorize(trx, actor, 'plan.read', topic.cell_id);
    await authorize(trx, actor, 'library.publish', input.committeeId);
    const committee = await getUnit(trx, input.committeeId);
    const cellChain = await unitChain(trx, topic.cell_id);
    if (committee.kind !== 'committee' || !cellChain.includes(input.committeeId))
      throw new AppError('FORBIDDEN');
    const prep = await findPreparation(trx, topic.id);
    if (!isFinishedTopic(prep?.status ?? null)) throw new AppError('TOPIC_NOT_FINISHED');
    if (await store.isPublished(trx, topic.id, input.committeeId)) throw new AppError('MODEL_EXISTS');
    const row: DB['topic_model'] = {
      id: newId(),
      committee_id: input.committeeId,
      source_topic_id: topic.id,
      source_cell_name: topic.cell_name,
      title: topic.title,
      topic_group: topic.topic_group,
      kind: topic.kind,
      work_content: topic.work_content,
      published_by: actor.userId,
      published_at: nowIso(),
      lessons: null,
    };
    await store.insertModel(trx, row);
    await recordAudit(trx, actor, {
      action: 'library.publish',
      entityType: 'topic_model',
      entityId: row.id,
      unitId: input.committeeId,
      after: row,
    });
    return row.id;
  });
}

/**
 * The finished topic of a model meeting joins the designating committee's library with the lessons drawn
 * (seed 001: "sinh hoạt chuyên đề mẫu … rút kinh nghiệm"), in the caller's transaction: the caller (the model
 * meetings) authorised the actor. A topic the committee already published gets the lessons on its entry.
 * A topic not finished (presented at its meeting, draft-status.ts): 409 TOPIC_NOT_FINISHED.
 */
export async function publishModelMeetingTopic(
  trx: Transaction<DB>,
  actor: Actor,
  input: { topicId: string; committeeId: string; lessons: string },
): Promise<string> {
  const topic = await store.findTopicWithPlan(trx, input.topicId);
  if (!topic) throw new AppError('NOT_FOUND');
  const prep = await findPreparation(trx, topic.id);
  if (!isFinishedTopic(prep?.status ?? null)) throw new AppError('TOPIC_NOT_FINISHED');
  const existing = await store.findPublished(trx, topic.id, input.committeeId);
  if (existing) {
    await store.setModelLessons(trx, existing.id, input.lessons);
    await recordAudit(trx, actor, {
      action: 'library.lessons',
      entityType: 'topic_model',
      entityId: existing.id,
      unitId: input.committeeId,
      before: { lessons: existing.lessons },
      after: { lessons: input.lessons },
    });
    return existing.id;
  }
  const row: DB['topic_model'] = {
    id: newId(),
    committee_id: input.committeeId,
    source_topic_id: topic.id,
    source_cell_name: topic.cell_name,
    title: topic.title,
    topic_group: topic.topic_group,
    kind: topic.kind,
    work_content: topic.work_content,
    published_by: actor.userId,
    published_at: nowIso(),
    lessons: input.lessons,
  };
  await store.insertModel(trx, row);
  await recordAudit(trx, actor, {
    action: 'library.publish',
    entityType: 'topic_model',
    entityId: row.id,
    unitId: input.committeeId,
    after: row,
  });
  return row.id;
}

export async function unpublishModel(db: Kysely<DB>, actor: Actor, id: string) {
  await db.transaction().execute(async (trx) => {
    const model = await store.findModel(trx, id);
    if (!model) throw new AppError('NOT_FOUND');
    await authorize(trx, actor, 'library.publish', model.committee_id);
    await store.deleteModel(trx, id);
    await recordAudit(trx, actor, {
      action: 'library.unpublish',
      entityType: 'topic_model',
      entityId: id,
      unitId: model.committee_id,
      before: model,
    });
  });
}

export async function listMyAssignments(db: Kysely<DB>, actor: Actor, year: number) {
  if (!actor.personId) return { topics: [], steps: [], reading: [], meetings: [] };
  const [assigned, reading, meetings] = await Promise.all([
    store.listAssignments(db, actor.personId, year),
    store.listReading(db, actor.personId, year),
    store.listNoticedMeetings(db, actor.personId, year),
  ]);
  return { ...assigned, reading, meetings };
}
