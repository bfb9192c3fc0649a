import type { Kysely, Transaction } from 'kysely';
import { guardedUpdate } from '#db/guarded-update.ts';
import type { DB } from '#db/schema.ts';
import { reindexTopicTexts } from '#db/search-index.ts';
import { refreshTopicSummary } from '#db/summaries.ts';
import type { DraftRound } from '#domain/preparation/draft-status.ts';

type Q = Kysely<DB> | Transaction<DB>;

/** A topic of a plan with what every preparation rule needs from its plan. */
export function findTopic(db: Q, topicId: string) {
  return db
    .selectFrom('plan_topic as t')
    .innerJoin('plan as p', 'p.id', 't.plan_id')
    .select([
      't.id',
      't.plan_id',
      't.title',
      't.kind',
      't.quarter',
      't.position',
      't.work_content',
      'p.cell_id',
      'p.year',
      'p.status as plan_status',
    ])
    .where('t.id', '=', topicId)
    .executeTakeFirst();
}

export function findPreparation(db: Q, topicId: string) {
  return db.selectFrom('topic_preparation').selectAll().where('topic_id', '=', topicId).executeTakeFirst();
}

export async function insertPreparation(db: Q, row: DB['topic_preparation']) {
  await db.insertInto('topic_preparation').values(row).execute();
  await refreshTopicSummary(db, row.topic_id);
}

/** Updates only while the row still has `expectedUpdatedAt`: whether it did (a concurrent change wins). */
export async function updatePreparation(
  db: Q,
  topicId: string,
  patch: Partial<DB['topic_preparation']>,
  expectedUpdatedAt: string,
): Promise<boolean> {
  const updated = await guardedUpdate(
    db,
    'topic_preparation',
    { column: 'topic_id', value: topicId },
    patch,
    expectedUpdatedAt,
  );
  // An issued resolution (its NQ number) becomes searchable, in the same transaction.
  if (updated && patch.final_number != null) await reindexTopicTexts(db, topicId);
  // The committee's summaries follow the steps' facts, in the same transaction (db/summaries.ts).
  if (updated) await refreshTopicSummary(db, topicId);
  return updated;
}

export function listPreparers(db: Q, topicId: string) {
  return db
    .selectFrom('plan_topic_preparer as tp')
    .innerJoin('person as p', 'p.id', 'tp.person_id')
    .select(['p.id', 'p.full_name'])
    .where('tp.topic_id', '=', topicId)
    .orderBy('p.name_folded')
    .execute();
}

export function listSteps(db: Q, topicId: string) {
  return db
    .selectFrom('plan_step as s')
    .leftJoin('person as p', 'p.id', 's.responsible_id')
    .select(['s.step', 's.due_month', 's.responsible_id', 'p.full_name as responsible_name', 's.note'])
    .where('s.topic_id', '=', topicId)
    .orderBy('s.position')
    .execute();
}

/** Current party members of the cell (any status but staff), with their party group. */
export function listCellMembers(db: Q, cellId: string) {
  return db
    .selectFrom('person as p')
    .leftJoin('org_unit as g', 'g.id', 'p.group_id')
    .select(['p.id', 'p.full_name', 'p.status', 'p.group_id', 'g.name as group_name'])
    .where('p.unit_id', '=', cellId)
    .where('p.status', '!=', 'staff')
    .orderBy('p.name_folded')
    .execute();
}

/** Who holds a role in the cell today: the approval rule reads the cell's committee from it. */
export function listCurrentRoles(db: Q, cellId: string) {
  return db
    .selectFrom('role_assignment')
    .select(['person_id', 'role'])
    .where('unit_id', '=', cellId)
    .where('ended_on', 'is', null)
    .execute();
}

/** Versions without their texts, oldest first. */
export function listVersions(db: Q, topicId: string) {
  return db
    .selectFrom('topic_version as v')
    .leftJoin('person as p', 'p.id', 'v.author_person_id')
    .select(['v.id', 'v.kind', 'v.round', 'v.number', 'v.created_at', 'p.full_name as author_name'])
    .where('v.topic_id', '=', topicId)
    .orderBy('v.kind')
    .orderBy('v.number')
    .execute();
}

export function findVersion(db: Q, topicId: string, versionId: string) {
  return db
    .selectFrom('topic_version')
    .selectAll()
    .where('topic_id', '=', topicId)
    .where('id', '=', versionId)
    .executeTakeFirst();
}

export function latestVersion(db: Q, topicId: string, kind: 'outline' | 'draft') {
  return db
    .selectFrom('topic_version')
    .selectAll()
    .where('topic_id', '=', topicId)
    .where('kind', '=', kind)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertVersion(db: Q, row: DB['topic_version']) {
  await db.insertInto('topic_version').values(row).execute();
}

export async function insertEvent(db: Q, row: DB['topic_event']) {
  await db.insertInto('topic_event').values(row).execute();
}

export function listEvents(db: Q, topicId: string) {
  return db
    .selectFrom('topic_event as e')
    .leftJoin('user_account as ua', 'ua.id', 'e.actor_user_id')
    .leftJoin('person as p', 'p.id', 'ua.person_id')
    .selectAll('e')
    .select(['p.full_name', 'ua.username'])
    .where('e.topic_id', '=', topicId)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
}

export async function insertReaders(db: Q, rows: DB['topic_reader'][]) {
  if (rows.length > 0) await db.insertInto('topic_reader').values(rows).execute();
  // A text sent to members becomes searchable by them (the draft's entry), in the same transaction.
  for (const topicId of new Set(rows.map((r) => r.topic_id))) await reindexTopicTexts(db, topicId);
}

export function listReaders(db: Q, topicId: string) {
  return db
    .selectFrom('topic_reader as r')
    .innerJoin('person as p', 'p.id', 'r.person_id')
    .leftJoin('org_unit as g', 'g.id', 'p.group_id')
    .select([
      'r.round',
      'r.person_id',
      'r.version_id',
      'r.sent_at',
      'r.opened_at',
      'p.full_name',
      'g.name as group_name',
    ])
    .where('r.topic_id', '=', topicId)
    .orderBy('p.name_folded')
    .execute();
}

/** Records the first opening of every text sent to this person; later openings change nothing. */
export async function markOpened(db: Q, topicId: string, personId: string, at: string) {
  const result = await db
    .updateTable('topic_reader')
    .set({ opened_at: at })
    .where('topic_id', '=', topicId)
    .where('person_id', '=', personId)
    .where('opened_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export function findReader(db: Q, topicId: string, round: DraftRound, personId: string) {
  return db
    .selectFrom('topic_reader')
    .selectAll()
    .where('topic_id', '=', topicId)
    .where('round', '=', round)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

export function listComments(db: Q, topicId: string) {
  return db
    .selectFrom('topic_comment as c')
    .innerJoin('person as p', 'p.id', 'c.person_id')
    .leftJoin('person as d', 'd.id', 'c.disposed_by')
    .selectAll('c')
    .select(['p.full_name', 'd.full_name as disposed_by_name'])
    .where('c.topic_id', '=', topicId)
    .orderBy('c.created_at')
    .orderBy('c.id')
    .execute();
}

export function findComment(db: Q, topicId: string, commentId: string) {
  return db
    .selectFrom('topic_comment')
    .selectAll()
    .where('topic_id', '=', topicId)
    .where('id', '=', commentId)
    .executeTakeFirst();
}

export async function insertComment(db: Q, row: DB['topic_comment']) {
  await db.insertInto('topic_comment').values(row).execute();
}

export async function updateComment(db: Q, commentId: string, patch: Partial<DB['topic_comment']>) {
  await db.updateTable('topic_comment').set(patch).where('id', '=', commentId).execute();
}

/** The meetings held or planned on the topic, by date: the topic page links them. */
export function listMeetingsOfTopic(db: Q, topicId: string) {
  return db
    .selectFrom('meeting')
    .select(['id', 'held_on', 'starts_at', 'status'])
    .where('topic_id', '=', topicId)
    .where('status', '!=', 'cancelled')
    .orderBy('held_on')
    .execute();
}

/** Attachments without their bytes. */
export function listAttachments(db: Q, topicId: string) {
  return db
    .selectFrom('topic_attachment as a')
    .leftJoin('person as p', 'p.id', 'a.uploaded_by')
    .select([
      'a.id',
      'a.file_name',
      'a.content_type',
      'a.size_bytes',
      'a.created_at',
      'p.full_name as uploaded_by_name',
    ])
    .where('a.topic_id', '=', topicId)
    .orderBy('a.created_at')
    .execute();
}

export function findAttachment(db: Q, topicId: string, attachmentId: string) {
  return db
    .selectFrom('topic_attachment')
    .selectAll()
    .where('topic_id', '=', topicId)
    .where('id', '=', attachmentId)
    .executeTakeFirst();
}

export function sumAttachmentBytes(db: Q, topicId: string) {
  return db
    .selectFrom('topic_attachment')
    .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.sum<number>('size_bytes').as('bytes')])
    .where('topic_id', '=', topicId)
    .executeTakeFirstOrThrow();
}

export async function insertAttachment(db: Q, row: DB['topic_attachment']) {
  await db.insertInto('topic_attachment').values(row).execute();
}

export async function deleteAttachment(db: Q, attachmentId: string) {
  await db.deleteFrom('topic_attachment').where('id', '=', attachmentId).execute();
}

/** Whether any preparation work hangs off these topics: such a topic cannot leave the plan. */
export async function topicsInPreparation(db: Q, topicIds: readonly string[]): Promise<string[]> {
  if (topicIds.length === 0) return [];
  // An attachment may come before any step is recorded, so before the topic has a preparation row.
  const rows = await db
    .selectFrom('topic_preparation')
    .select('topic_id')
    .where('topic_id', 'in', topicIds)
    .union(db.selectFrom('topic_attachment').select('topic_id').where('topic_id', 'in', topicIds))
    .execute();
  return rows.map((r) => r.topic_id);
}

/**
 * The state and the dated facts of many topics' preparations at once (the plan page's progress): only the
 * columns the five steps are judged on, not the briefing texts (reading those back cost the plan page more
 * than the query did; issue 20 "Per-request cost").
 */
export function listPreparationsOfTopics(db: Q, topicIds: readonly string[]) {
  if (topicIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('topic_preparation')
    .select([
      'topic_id',
      'status',
      'outline_saved_at',
      'draft1_approved_at',
      'comment_due_on',
      'comments_closed_at',
      'draft2_approved_at',
      'presented_on',
    ])
    .where('topic_id', 'in', topicIds)
    .execute();
}

/** How a topic was prepared, for the meeting's report: the approvals, the reading of draft 1, the comments. */
export async function preparationReportData(db: Q, topicId: string) {
  const [prep, readers, comments] = await Promise.all([
    findPreparation(db, topicId),
    listReaders(db, topicId),
    listComments(db, topicId),
  ]);
  if (!prep) return null;
  const draft1 = readers.filter((r) => r.round === 'draft1');
  const count = (k: string) => comments.filter((c) => c.disposition === k).length;
  return {
    draft1ApprovedAt: prep.draft1_approved_at,
    sentTo: draft1.length,
    opened: draft1.filter((r) => r.opened_at).length,
    comments: comments.length,
    commenters: new Set(comments.map((c) => c.person_id)).size,
    accepted: count('accepted'),
    partlyAccepted: count('partly_accepted'),
    notAccepted: count('not_accepted'),
    draft2ApprovedAt: prep.draft2_approved_at,
  };
}

/** A member's year as a reader of drafts, for the scorecard: texts received and opened, comments written. */
export async function scorecardDraftData(db: Q, personId: string, year: number) {
  const [reading, comments] = await Promise.all([
    db
      .selectFrom('topic_reader as r')
      .innerJoin('plan_topic as t', 't.id', 'r.topic_id')
      .innerJoin('plan as p', 'p.id', 't.plan_id')
      .select(['r.opened_at'])
      .where('r.person_id', '=', personId)
      .where('p.year', '=', year)
      .execute(),
    db
      .selectFrom('topic_comment as c')
      .innerJoin('plan_topic as t', 't.id', 'c.topic_id')
      .innerJoin('plan as p', 'p.id', 't.plan_id')
      .select(['c.topic_id'])
      .where('c.person_id', '=', personId)
      .where('p.year', '=', year)
      .execute(),
  ]);
  return {
    received: reading.length,
    opened: reading.filter((r) => r.opened_at).length,
    commentedOn: new Set(comments.map((c) => c.topic_id)).size,
    comments: comments.length,
  };
}

/**
 * The topics a member prepared in the year with where their preparation stands and the secretary's
 * evaluation of the preparers at the topic's meeting (seed 001): one row per topic and ended meeting.
 */
export function scorecardTopicData(db: Q, personId: string, year: number) {
  return db
    .selectFrom('plan_topic_preparer as tp')
    .innerJoin('plan_topic as t', 't.id', 'tp.topic_id')
    .innerJoin('plan as p', 'p.id', 't.plan_id')
    .leftJoin('topic_preparation as prep', 'prep.topic_id', 't.id')
    .leftJoin('meeting as m', (join) => join.onRef('m.topic_id', '=', 't.id').on('m.status', '=', 'ended'))
    .leftJoin('meeting_evaluation as e', 'e.meeting_id', 'm.id')
    .select(['t.id', 't.title', 'prep.status', 'e.preparer as remark'])
    .where('tp.person_id', '=', personId)
    .where('p.year', '=', year)
    .orderBy('t.quarter')
    .orderBy('m.held_on')
    .execute();
}

/**
 * The year-end review of a cell (issue 16): per person, the topics of the cell's plan of the year they commented
 * on and those they prepared — the scorecard's facts for the whole cell in two queries.
 */
export async function yearTopicFactsOfCell(db: Q, cellId: string, year: number) {
  const [commented, prepared] = await Promise.all([
    db
      .selectFrom('topic_comment as c')
      .innerJoin('plan_topic as t', 't.id', 'c.topic_id')
      .innerJoin('plan as p', 'p.id', 't.plan_id')
      .select(['c.person_id', 'c.topic_id'])
      .distinct()
      .where('p.cell_id', '=', cellId)
      .where('p.year', '=', year)
      .execute(),
    db
      .selectFrom('plan_topic_preparer as tp')
      .innerJoin('plan_topic as t', 't.id', 'tp.topic_id')
      .innerJoin('plan as p', 'p.id', 't.plan_id')
      .select(['tp.person_id', 'tp.topic_id'])
      .where('p.cell_id', '=', cellId)
      .where('p.year', '=', year)
      .execute(),
  ]);
  return {
    commented: commented.map((c) => ({ personId: c.person_id, topicId: c.topic_id })),
    prepared: prepared.map((c) => ({ personId: c.person_id, topicId: c.topic_id })),
  };
}

/** A resolution topic's decisions in their order, with the name of the member who carries each out. */
export function listDecisions(db: Q, topicId: string) {
  return db
    .selectFrom('resolution_decision as d')
    .leftJoin('person as p', 'p.id', 'd.owner_id')
    .selectAll('d')
    .select('p.full_name as owner_name')
    .where('d.topic_id', '=', topicId)
    .orderBy('d.position')
    .execute();
}

export function findDecision(db: Q, decisionId: string) {
  return db.selectFrom('resolution_decision').selectAll().where('id', '=', decisionId).executeTakeFirst();
}

export async function nextDecisionPosition(db: Q, topicId: string): Promise<number> {
  const row = await db
    .selectFrom('resolution_decision')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('topic_id', '=', topicId)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

export async function insertDecision(db: Q, row: DB['resolution_decision']) {
  await db.insertInto('resolution_decision').values(row).execute();
}

export async function updateDecision(
  db: Q,
  decisionId: string,
  patch: Partial<Pick<DB['resolution_decision'], 'text' | 'owner_id' | 'due_on' | 'updated_at'>>,
) {
  await db.updateTable('resolution_decision').set(patch).where('id', '=', decisionId).execute();
}

export async function deleteDecision(db: Q, decisionId: string) {
  await db.deleteFrom('resolution_decision').where('id', '=', decisionId).execute();
}

/** Marks a decision voted on (its first vote's time stays). */
export async function markDecisionVoted(db: Q, decisionId: string, at: string) {
  await db
    .updateTable('resolution_decision')
    .set({ voted_at: at, updated_at: at })
    .where('id', '=', decisionId)
    .where('voted_at', 'is', null)
    .execute();
}

/** Marks a decision adopted, once: false when it already was (two consoles racing on the same vote). */
export async function markDecisionAdopted(db: Q, decisionId: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('resolution_decision')
    .set({ adopted_at: at, updated_at: at })
    .where('id', '=', decisionId)
    .where('adopted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countAdoptedDecisions(db: Q, topicId: string): Promise<number> {
  const row = await db
    .selectFrom('resolution_decision')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('topic_id', '=', topicId)
    .where('adopted_at', 'is not', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The party groups of the cell, each with its leader today (if one is named). */
export function listGroupsOfCell(db: Q, cellId: string) {
  return db
    .selectFrom('org_unit as g')
    .leftJoin('role_assignment as r', (join) =>
      join.onRef('r.unit_id', '=', 'g.id').on('r.role', '=', 'group_leader').on('r.ended_on', 'is', null),
    )
    .leftJoin('person as l', 'l.id', 'r.person_id')
    .select(['g.id', 'g.name', 'r.person_id as leader_id', 'l.full_name as leader_name'])
    .where('g.parent_id', '=', cellId)
    .where('g.kind', '=', 'group')
    .orderBy('g.name')
    .execute();
}

/** Where the finished topic was sent, group by group (seed 000: "gửi cho tổ đảng"). */
export function listGroupSendings(db: Q, topicId: string) {
  return db
    .selectFrom('topic_group_sending')
    .select(['group_id', 'leader_id', 'sent_on'])
    .where('topic_id', '=', topicId)
    .execute();
}

export async function insertGroupSendings(db: Q, rows: DB['topic_group_sending'][]) {
  if (rows.length > 0) await db.insertInto('topic_group_sending').values(rows).execute();
}

// --- The home's to-dos (features/inbox): one set-based query each, for all the person's cells at once. ---

/** Drafts waiting for a decision in these cells, with each topic's preparers (comma-joined ids). */
export function listSubmittedDrafts(db: Q, cellIds: readonly string[]) {
  if (cellIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('topic_preparation as tp')
    .innerJoin('plan_topic as t', 't.id', 'tp.topic_id')
    .innerJoin('plan as p', 'p.id', 't.plan_id')
    .innerJoin('org_unit as u', 'u.id', 'p.cell_id')
    .select(['t.id', 't.title', 'tp.status', 'p.cell_id', 'u.name as unit_name', 'tp.updated_at'])
    .where('p.cell_id', 'in', cellIds)
    .where('tp.status', 'in', ['draft1_submitted', 'draft2_submitted'])
    .execute();
}

/** For the approval rule, per cell: its official members and who holds a role there today. */
export async function approvalFactsOfCells(db: Q, cellIds: readonly string[], topicIds: readonly string[]) {
  if (cellIds.length === 0) return { counts: [], holders: [], preparers: [] };
  const [counts, holders, preparers] = await Promise.all([
    db
      .selectFrom('person')
      .select(['unit_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('unit_id', 'in', cellIds)
      .where('status', '=', 'official')
      .groupBy('unit_id')
      .execute(),
    db
      .selectFrom('role_assignment')
      .select(['unit_id', 'person_id', 'role'])
      .where('unit_id', 'in', cellIds)
      .where('ended_on', 'is', null)
      .execute(),
    topicIds.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom('plan_topic_preparer')
          .select(['topic_id', 'person_id'])
          .where('topic_id', 'in', topicIds)
          .execute(),
  ]);
  return { counts, holders, preparers };
}

/** Drafts out for comments this person received and has not commented on yet. */
export function listDraftsToComment(db: Q, personId: string) {
  return db
    .selectFrom('topic_reader as r')
    .innerJoin('topic_preparation as tp', 'tp.topic_id', 'r.topic_id')
    .innerJoin('plan_topic as t', 't.id', 'r.topic_id')
    .innerJoin('plan as p', 'p.id', 't.plan_id')
    .innerJoin('org_unit as u', 'u.id', 'p.cell_id')
    .select(['t.id', 't.title', 'p.cell_id', 'u.name as unit_name', 'tp.comment_due_on'])
    .where('r.person_id', '=', personId)
    .where('r.round', '=', 'draft1')
    .where('tp.status', '=', 'distributed')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('topic_comment as c')
            .select('c.id')
            .whereRef('c.topic_id', '=', 'r.topic_id')
            .where('c.person_id', '=', personId),
        ),
      ),
    )
    .execute();
}

/** Topics this person prepares with comments not yet disposed of (accepted or explained), and how many. */
export function listCommentsToDispose(db: Q, personId: string) {
  return db
    .selectFrom('plan_topic_preparer as pr')
    .innerJoin('topic_preparation as tp', 'tp.topic_id', 'pr.topic_id')
    .innerJoin('topic_comment as c', 'c.topic_id', 'pr.topic_id')
    .innerJoin('plan_topic as t', 't.id', 'pr.topic_id')
    .innerJoin('plan as p', 'p.id', 't.plan_id')
    .innerJoin('org_unit as u', 'u.id', 'p.cell_id')
    .select([
      't.id',
      't.title',
      't.due_months',
      'p.year',
      'p.cell_id',
      'u.name as unit_name',
      (eb) => eb.fn.countAll<number>().as('n'),
    ])
    .where('pr.person_id', '=', personId)
    .where('tp.status', 'in', ['comments_closed', 'draft2_writing', 'draft2_refused'])
    .where('c.disposition', 'is', null)
    .groupBy(['t.id', 't.title', 't.due_months', 'p.year', 'p.cell_id', 'u.name'])
    .execute();
}

/**
 * Topics of these cells' plans of the year, not yet presented, with no meeting scheduled, held or under way:
 * the meeting step's month is read from `due_months` by the caller.
 */
export function listTopicsWithoutMeeting(db: Q, cellIds: readonly string[], year: number) {
  if (cellIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('plan_topic as t')
    .innerJoin('plan as p', 'p.id', 't.plan_id')
    .innerJoin('org_unit as u', 'u.id', 'p.cell_id')
    .leftJoin('topic_preparation as tp', 'tp.topic_id', 't.id')
    .select(['t.id', 't.title', 't.due_months', 't.quarter', 'p.cell_id', 'u.name as unit_name'])
    .where('p.cell_id', 'in', cellIds)
    .where('p.year', '=', year)
    .where('p.status', '!=', 'draft')
    .where((eb) =>
      eb.or([
        eb('tp.status', 'is', null),
        eb('tp.status', 'not in', ['presented', 'final', 'resolution_completed', 'resolution_approved']),
      ]),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('meeting as m')
            .select('m.id')
            .whereRef('m.topic_id', '=', 't.id')
            .where('m.status', '!=', 'cancelled'),
        ),
      ),
    )
    .execute();
}

/** The cell's open invitation to the committee above to comment on this topic's drafts (migration 0017). */
export function findOpenInvitation(db: Q, topicId: string) {
  return db
    .selectFrom('topic_committee_invitation as i')
    .leftJoin('person as p', 'p.id', 'i.invited_by')
    .select(['i.id', 'i.topic_id', 'i.invited_by', 'p.full_name as invited_by_name', 'i.invited_at'])
    .where('i.topic_id', '=', topicId)
    .where('i.withdrawn_at', 'is', null)
    .executeTakeFirst();
}

export async function insertInvitation(db: Q, row: DB['topic_committee_invitation']) {
  await db.insertInto('topic_committee_invitation').values(row).execute();
}

export async function withdrawInvitation(db: Q, id: string, by: string | null, at: string) {
  await db
    .updateTable('topic_committee_invitation')
    .set({ withdrawn_by: by, withdrawn_at: at })
    .where('id', '=', id)
    .execute();
}

/** Topics of these cells with an open invitation, not finished, with a draft written: to read and comment on. */
export function listInvitedTopics(db: Q, cellIds: readonly string[]) {
  if (cellIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('topic_committee_invitation as i')
    .innerJoin('plan_topic as t', 't.id', 'i.topic_id')
    .innerJoin('plan as p', 'p.id', 't.plan_id')
    .innerJoin('org_unit as u', 'u.id', 'p.cell_id')
    .innerJoin('topic_preparation as tp', 'tp.topic_id', 't.id')
    .select(['t.id', 't.title', 'p.cell_id', 'u.name as unit_name', 'i.invited_at'])
    .where('i.withdrawn_at', 'is', null)
    .where('p.cell_id', 'in', cellIds)
    .where('tp.status', '!=', 'final')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('topic_version as v')
          .select('v.id')
          .whereRef('v.topic_id', '=', 't.id')
          .where('v.kind', '=', 'draft'),
      ),
    )
    .orderBy('i.invited_at')
    .execute();
}
