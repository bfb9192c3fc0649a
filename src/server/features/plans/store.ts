import { type Kysely, type SelectQueryBuilder, sql, type Transaction } from 'kysely';
import { z } from 'zod';
import { refreshRollupsOfCells, WHOLE_ONLY } from '#db/committee-rollups.ts';
import { fixedQuery } from '#db/fixed-query.ts';
import { guardedUpdate } from '#db/guarded-update.ts';
import { NAMES_KEY, UNDER_PREFIX } from '#db/plan-page-version.ts';
import type { DB } from '#db/schema.ts';
import { reindexPlanTopics } from '#db/search-index.ts';
import { refreshPlanSummary } from '#db/summaries.ts';

type Q = Kysely<DB> | Transaction<DB>;

// The plan page's reads (`GET /plans/{id}`, the answer of every plan write) are fixed queries: built and
// compiled once, then only given the plan's or the cell's id (db/fixed-query.ts, issue 20).

const planById = fixedQuery((db: Kysely<DB>, id: string) =>
  db.selectFrom('plan').selectAll().where('id', '=', id),
);

export async function findPlan(db: Q, id: string) {
  return (await planById(db, id))[0];
}

/** The plan with its cell's name, in one statement (the plan page). */
const planWithCellById = fixedQuery((db: Kysely<DB>, id: string) =>
  db
    .selectFrom('plan')
    .innerJoin('org_unit as u', 'u.id', 'plan.cell_id')
    .selectAll('plan')
    .select(['u.name as cell_name', 'u.place as cell_place'])
    .where('plan.id', '=', id),
);

/**
 * What a cached plan page is checked against (page-cache.ts): the plan's cell and its ancestors, nearest first,
 * each with its version, and the version of the names (migration 0039; null where no write raised one yet).
 * One indexed statement; no row when the plan does not exist.
 */
export const planPageVersions = fixedQuery((db: Kysely<DB>, planId: string) =>
  db
    .selectFrom('plan as p')
    .innerJoin('org_closure as c', 'c.descendant_id', 'p.cell_id')
    .leftJoin('plan_page_version as v', 'v.key', 'c.ancestor_id')
    .leftJoin('plan_page_version as n', (join) => join.on('n.key', '=', NAMES_KEY))
    .select(['c.ancestor_id', 'v.version', 'n.version as names_version'])
    .where('p.id', '=', planId)
    .orderBy('c.depth'),
);

/**
 * What a kept plan overview is checked against (overview-cache.ts), in one indexed statement: the unit and the
 * units above it (depth 0 up, with their kind) and every unit right under it (depth -1, by id), each with its
 * version, and the version of the names on the chain's rows (migrations 0039, 0040; null where no write raised
 * one yet). No chain row when the unit does not exist.
 */
export const overviewVersions = fixedQuery((db: Kysely<DB>, unitId: string) =>
  db
    .selectFrom('org_closure as c')
    .innerJoin('org_unit as u', 'u.id', 'c.ancestor_id')
    .leftJoin('plan_page_version as v', 'v.key', 'c.ancestor_id')
    .leftJoin('plan_page_version as n', (join) => join.on('n.key', '=', NAMES_KEY))
    .leftJoin('plan_page_version as w', (join) =>
      join.on('w.key', '=', sql<string>`${UNDER_PREFIX} || ${sql.ref('c.descendant_id')}`),
    )
    .select([
      'c.ancestor_id as id',
      'u.kind',
      'c.depth',
      'v.version',
      'n.version as names_version',
      'w.version as under_version',
      sql<
        number | boolean
      >`EXISTS (SELECT 1 FROM org_unit k WHERE k.parent_id = c.descendant_id AND k.kind = 'committee')`.as(
        'child_committee',
      ),
    ])
    .where('c.descendant_id', '=', unitId)
    .orderBy('c.depth'),
);

export async function findPlanWithCell(db: Q, id: string) {
  return (await planWithCellById(db, id))[0];
}

export function findPlanOfCell(db: Q, cellId: string, year: number) {
  return db
    .selectFrom('plan')
    .selectAll()
    .where('cell_id', '=', cellId)
    .where('year', '=', year)
    .executeTakeFirst();
}

export async function insertPlan(db: Q, row: DB['plan']) {
  await db.insertInto('plan').values(row).execute();
  await refreshPlanSummary(db, row.id);
}

/**
 * Updates the plan; with `expectedUpdatedAt`, only while the row still has that `updated_at` (a concurrent
 * save that got there first makes it a no-op). Whether a row was updated.
 */
export async function updatePlan(
  db: Q,
  id: string,
  patch: Partial<DB['plan']>,
  expectedUpdatedAt?: string,
): Promise<boolean> {
  const updated = await guardedUpdate(db, 'plan', { column: 'id', value: id }, patch, expectedUpdatedAt);
  // The committee's summaries follow the plan's status, in the same transaction (db/summaries.ts).
  if (updated) await refreshPlanSummary(db, id);
  return updated;
}

export interface TopicRows {
  topic: DB['plan_topic'];
  preparerIds: string[];
  steps: DB['plan_step'][];
}

const topicsOfPlan = fixedQuery((db: Kysely<DB>, planId: string) =>
  db.selectFrom('plan_topic').selectAll().where('plan_id', '=', planId).orderBy('position'),
);

const preparersOfPlan = fixedQuery((db: Kysely<DB>, planId: string) =>
  db
    .selectFrom('plan_topic_preparer as tp')
    .innerJoin('plan_topic as t', 't.id', 'tp.topic_id')
    .innerJoin('person as p', 'p.id', 'tp.person_id')
    .select(['tp.topic_id', 'p.id', 'p.full_name'])
    .where('t.plan_id', '=', planId)
    .orderBy('p.name_folded'),
);

const stepsOfPlan = fixedQuery((db: Kysely<DB>, planId: string) =>
  db
    .selectFrom('plan_step as s')
    .innerJoin('plan_topic as t', 't.id', 's.topic_id')
    .leftJoin('person as p', 'p.id', 's.responsible_id')
    .selectAll('s')
    .select('p.full_name as responsible_name')
    .where('t.plan_id', '=', planId)
    .orderBy('s.position'),
);

/**
 * The plan page's topics with where each one's preparation stands (the state and the dates of its steps, `prep_…`,
 * null before it has one): one statement where the page had two (issue 20). The topic's preparation is 1:1.
 */
const topicsWithPreparationOfPlan = fixedQuery((db: Kysely<DB>, planId: string) =>
  db
    .selectFrom('plan_topic as t')
    .leftJoin('topic_preparation as tp', 'tp.topic_id', 't.id')
    .selectAll('t')
    .select([
      'tp.status as prep_status',
      'tp.outline_saved_at as prep_outline_saved_at',
      'tp.draft1_approved_at as prep_draft1_approved_at',
      'tp.comment_due_on as prep_comment_due_on',
      'tp.comments_closed_at as prep_comments_closed_at',
      'tp.draft2_approved_at as prep_draft2_approved_at',
      'tp.presented_on as prep_presented_on',
    ])
    .where('t.plan_id', '=', planId)
    .orderBy('t.position'),
);

/** `loadTopics` for the plan page: each topic with its preparation's state and dates (`preparation`, if any). */
export async function loadTopicsWithPreparation(db: Q, planId: string) {
  const rows = await topicsWithPreparationOfPlan(db, planId);
  const topics = rows.map(
    ({
      prep_status,
      prep_outline_saved_at,
      prep_draft1_approved_at,
      prep_comment_due_on,
      prep_comments_closed_at,
      prep_draft2_approved_at,
      prep_presented_on,
      ...topic
    }) => ({
      topic,
      preparation:
        prep_status === null
          ? undefined
          : {
              status: prep_status,
              outline_saved_at: prep_outline_saved_at,
              draft1_approved_at: prep_draft1_approved_at,
              comment_due_on: prep_comment_due_on,
              comments_closed_at: prep_comments_closed_at,
              draft2_approved_at: prep_draft2_approved_at,
              presented_on: prep_presented_on,
            },
    }),
  );
  if (topics.length === 0) return { topics, preparers: [], steps: [] };
  const [preparers, steps] = await Promise.all([preparersOfPlan(db, planId), stepsOfPlan(db, planId)]);
  return { topics, preparers, steps };
}

/** Topics with their preparers and steps: three queries for the whole plan, whatever its size. */
export async function loadTopics(db: Q, planId: string) {
  const topics = await topicsOfPlan(db, planId);
  if (topics.length === 0) return { topics, preparers: [], steps: [] };
  const [preparers, steps] = await Promise.all([preparersOfPlan(db, planId), stepsOfPlan(db, planId)]);
  return { topics, preparers, steps };
}

/**
 * Replaces the plan's topics with the given ones. A topic that stays keeps its row (its preparation, its
 * versions and comments hang off it); its preparers and steps are rewritten.
 */
export async function replaceTopics(db: Q, planId: string, rows: readonly TopicRows[]) {
  const old = await db.selectFrom('plan_topic').select('id').where('plan_id', '=', planId).execute();
  const oldIds = old.map((t) => t.id);
  const keptIds = new Set(rows.map((r) => r.topic.id));
  const removedIds = oldIds.filter((id) => !keptIds.has(id));
  if (oldIds.length > 0) {
    await db.deleteFrom('plan_step').where('topic_id', 'in', oldIds).execute();
    await db.deleteFrom('plan_topic_preparer').where('topic_id', 'in', oldIds).execute();
  }
  if (removedIds.length > 0) await db.deleteFrom('plan_topic').where('id', 'in', removedIds).execute();
  for (const r of rows.filter((r) => oldIds.includes(r.topic.id))) {
    const { id, ...fields } = r.topic;
    await db.updateTable('plan_topic').set(fields).where('id', '=', id).execute();
  }
  const added = rows.filter((r) => !oldIds.includes(r.topic.id));
  if (added.length > 0)
    await db
      .insertInto('plan_topic')
      .values(added.map((r) => r.topic))
      .execute();
  const preparers = rows.flatMap((r) =>
    r.preparerIds.map((person_id) => ({ topic_id: r.topic.id, person_id })),
  );
  if (preparers.length > 0) await db.insertInto('plan_topic_preparer').values(preparers).execute();
  if (rows.length > 0)
    await db
      .insertInto('plan_step')
      .values(rows.flatMap((r) => r.steps))
      .execute();
  // The search index follows the plan's topics, in the same transaction.
  await reindexPlanTopics(db, planId);
  await refreshPlanSummary(db, planId);
}

export async function insertEvent(db: Q, row: DB['plan_event']) {
  await db.insertInto('plan_event').values(row).execute();
  // The first `submit` is the day the committee judges lateness by.
  if (row.action === 'submit') await refreshPlanSummary(db, row.plan_id);
}

const eventsOfPlan = fixedQuery((db: Kysely<DB>, planId: string) =>
  db
    .selectFrom('plan_event as e')
    .leftJoin('user_account as ua', 'ua.id', 'e.actor_user_id')
    .leftJoin('person as p', 'p.id', 'ua.person_id')
    .selectAll('e')
    .select(['p.full_name', 'ua.username'])
    .where('e.plan_id', '=', planId)
    .orderBy('e.at'),
);

export function listEvents(db: Q, planId: string) {
  return eventsOfPlan(db, planId);
}

/** People who may be assigned in a cell: its current official and probationary members. */
const assignablePeople = fixedQuery((db: Kysely<DB>, cellId: string) =>
  db
    .selectFrom('person')
    .select(['id', 'full_name'])
    .where('unit_id', '=', cellId)
    .where('status', 'in', ['official', 'probationary']),
);

export function listAssignablePeople(db: Q, cellId: string) {
  return assignablePeople(db, cellId);
}

/**
 * The unit an overview is asked for: its kind, its parent, and whether a committee lies right under it — only
 * then can the overview have rolled-up rows (a commune's has none, and its roll-ups are not run at all).
 */
export async function overviewUnit(db: Q, unitId: string) {
  const row = (await overviewUnitById(db, unitId))[0];
  return row && { kind: row.kind, parentId: row.parent_id, hasChildCommittees: Boolean(row.child_committee) };
}

// 1 or true (SQLite or PostgreSQL) when some committee hangs right under `u`.
const hasChildCommittee = sql<
  number | boolean
>`EXISTS (SELECT 1 FROM org_unit k WHERE k.parent_id = u.id AND k.kind = 'committee')`;

const overviewUnitById = fixedQuery((db: Kysely<DB>, unitId: string) =>
  db
    .selectFrom('org_unit as u')
    .select(['u.kind', 'u.parent_id', hasChildCommittee.as('child_committee')])
    .where('u.id', '=', unitId),
);

/**
 * The committees whose cells a plan overview shows — every committee under `unitId` (itself included), or, for a
 * cell's own overview, the one committee `committeeId` above it — with their names and, in the same statement,
 * the guidance of the year of each committee at or above them (depth 0 the committee itself), to judge the plan
 * deadline once per committee rather than once per cell (a cell's chain above is its committee's chain).
 */
export async function committeesWithGuidance(
  db: Q,
  scope: { under: string } | { committeeId: string },
  year: number,
): Promise<
  Map<string, { name: string; chain: string[]; guidance: { committeeId: string; planDeadline: string }[] }>
> {
  const rows =
    'under' in scope
      ? await committeesUnderWithGuidance(db, scope.under, year)
      : await committeeWithGuidance(db, scope.committeeId, year);
  const out = new Map<
    string,
    { name: string; chain: string[]; guidance: { committeeId: string; planDeadline: string }[] }
  >();
  for (const r of rows) {
    let k = out.get(r.id);
    if (!k) {
      k = { name: r.name, chain: [], guidance: [] };
      out.set(r.id, k);
    }
    if (k.chain[k.chain.length - 1] !== r.ancestor_id) k.chain.push(r.ancestor_id);
    if (r.plan_deadline !== null)
      k.guidance.push({ committeeId: r.ancestor_id, planDeadline: r.plan_deadline });
  }
  return out;
}

/** Committees (those `under` leaves in the closure) with each committee at or above them and its guidance. */
function committeeGuidanceRows(db: Kysely<DB>, year: number) {
  return db
    .selectFrom('org_closure as under')
    .innerJoin('org_unit as k', 'k.id', 'under.descendant_id')
    .innerJoin('org_closure as up', 'up.descendant_id', 'k.id')
    .leftJoin('guidance as g', (join) =>
      join.onRef('g.committee_id', '=', 'up.ancestor_id').on('g.year', '=', year),
    )
    .select(['k.id', 'k.name', 'up.ancestor_id', 'up.depth', 'g.plan_deadline'])
    .where('k.kind', '=', 'committee')
    .orderBy('k.id')
    .orderBy('up.depth');
}

// Every committee overview runs the second one: built and compiled once (db/fixed-query.ts, issue 20).
const committeesUnderWithGuidance = fixedQuery((db: Kysely<DB>, unitId: string, year: number) =>
  committeeGuidanceRows(db, year).where('under.ancestor_id', '=', unitId),
);
const committeeWithGuidance = fixedQuery((db: Kysely<DB>, committeeId: string, year: number) =>
  committeeGuidanceRows(db, year)
    .where('under.ancestor_id', '=', committeeId)
    .where('under.descendant_id', '=', committeeId),
);

export async function listTopicIds(db: Q, planId: string): Promise<string[]> {
  const rows = await db.selectFrom('plan_topic').select('id').where('plan_id', '=', planId).execute();
  return rows.map((r) => r.id);
}

/** A plan's legal bases, stored as a JSON list of strings. */
export const legalBases = (plan: Pick<DB['plan'], 'legal_bases_json'>) =>
  LegalBases.parse(JSON.parse(plan.legal_bases_json));

// Built once: a zod schema built per call cost ~6 % of the plan page's CPU (issue 20).
const LegalBases = z.array(z.string());

// --- The home's to-dos (features/inbox). ---

/** These cells with their plan of the year, if any, and the committees above each (nearest first). */
export async function listCellsWithPlan(db: Q, cellIds: readonly string[], year: number) {
  if (cellIds.length === 0) return { cells: [], above: new Map<string, string[]>() };
  const [cells, up] = await Promise.all([
    db
      .selectFrom('org_unit as u')
      .leftJoin('plan', (join) => join.onRef('plan.cell_id', '=', 'u.id').on('plan.year', '=', year))
      .select([
        'u.id as cell_id',
        'u.name as cell_name',
        'plan.id as plan_id',
        'plan.status',
        'plan.review_remark',
      ])
      .where('u.id', 'in', cellIds)
      .where('u.kind', '=', 'cell')
      .execute(),
    db
      .selectFrom('org_closure')
      .select(['descendant_id', 'ancestor_id'])
      .where('descendant_id', 'in', cellIds)
      .where('depth', '>', 0)
      .orderBy('depth')
      .execute(),
  ]);
  const above = new Map<string, string[]>();
  for (const r of up) above.set(r.descendant_id, [...(above.get(r.descendant_id) ?? []), r.ancestor_id]);
  return { cells, above };
}

/** The plans of these cells the committee returned, whatever their year: each waits to be revised and sent again. */
export function listReturnedPlans(db: Q, cellIds: readonly string[]) {
  if (cellIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('plan')
    .innerJoin('org_unit as u', 'u.id', 'plan.cell_id')
    .select(['plan.id', 'plan.year', 'plan.review_remark', 'u.id as cell_id', 'u.name as cell_name'])
    .where('plan.cell_id', 'in', cellIds)
    .where('plan.status', '=', 'returned')
    .execute();
}

/** Plans sent up to these committees (cells directly below them: the direct superior reviews, seed 000). */
export function listPlansSubmittedTo(db: Q, committeeIds: readonly string[]) {
  if (committeeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('plan')
    .innerJoin('org_unit as u', 'u.id', 'plan.cell_id')
    .select([
      'plan.id',
      'plan.year',
      'plan.submitted_at',
      'u.id as cell_id',
      'u.name as cell_name',
      'u.parent_id',
    ])
    .where('u.parent_id', 'in', committeeIds)
    .where('plan.status', '=', 'submitted')
    .execute();
}

/** The cells named, with whether each is a cell under the committee (the closure table). */
export function cellsUnder(db: Q, committeeId: string, cellIds: readonly string[]) {
  return db
    .selectFrom('org_closure as c')
    .innerJoin('org_unit as u', 'u.id', 'c.descendant_id')
    .select(['u.id', 'u.name'])
    .where('c.ancestor_id', '=', committeeId)
    .where('u.kind', '=', 'cell')
    .where('u.id', 'in', cellIds)
    .execute();
}

export async function insertCommitteeReminders(db: Q, rows: DB['committee_reminder'][]) {
  if (rows.length === 0) return;
  await db.insertInto('committee_reminder').values(rows).execute();
  await refreshRollupsOfCells(
    db,
    rows.map((r) => r.cell_id),
    WHOLE_ONLY,
  );
}

/**
 * Reminders committees sent in a span of instants: to a cell (`cellId`), or from a committee (`committeeId`),
 * newest first, with the committee's and the cell's names and the sender's.
 */
export function listCommitteeReminders(
  db: Q,
  filter: { cellId: string } | { committeeId: string },
  span: { from: string; to: string },
) {
  return db
    .selectFrom('committee_reminder as r')
    .innerJoin('org_unit as committee', 'committee.id', 'r.committee_id')
    .innerJoin('org_unit as cell', 'cell.id', 'r.cell_id')
    .leftJoin('person as p', 'p.id', 'r.sent_by')
    .select([
      'r.id',
      'r.committee_id',
      'committee.name as committee_name',
      'r.cell_id',
      'cell.name as cell_name',
      'r.message',
      'r.sent_at',
      'p.full_name as sent_by_name',
    ])
    .where(
      'cellId' in filter ? 'r.cell_id' : 'r.committee_id',
      '=',
      'cellId' in filter ? filter.cellId : filter.committeeId,
    )
    .where('r.sent_at', '>=', span.from)
    .where('r.sent_at', '<', span.to)
    .orderBy('r.sent_at', 'desc')
    .orderBy('cell.name')
    .execute();
}

// --- The committee's oversight (features/oversight): every cell under a unit at once. ---

/**
 * The latest reminder a committee sent to each cell — every cell under the unit (`under`), or only the cells
 * right under it (`childrenOf`, the overview's cell rows): when, by whom, what.
 */
export async function lastCommitteeReminders(db: Q, scope: { under: string } | { childrenOf: string }) {
  const latest = new Map<string, { sent_at: string; sent_by_name: string | null; message: string }>();
  const rows =
    'under' in scope
      ? await lastRemindersUnder(db, scope.under)
      : await lastRemindersRightUnder(db, scope.childrenOf);
  for (const r of rows) latest.set(r.cell_id, r);
  return latest;
}

/** The latest reminder of each cell among `cells` (a one-column `id` query), with its sender's name. */
function lastReminders<T extends keyof DB>(db: Kysely<DB>, cells: SelectQueryBuilder<DB, T, { id: string }>) {
  return db
    .selectFrom(cells.as('u'))
    .innerJoin('committee_reminder as r', 'r.cell_id', 'u.id')
    .leftJoin('person as p', 'p.id', 'r.sent_by')
    .select(['r.cell_id', 'r.sent_at', 'r.message', 'p.full_name as sent_by_name'])
    .where((eb) =>
      eb(
        'r.sent_at',
        '=',
        eb
          .selectFrom('committee_reminder as l')
          .select((x) => x.fn.max('l.sent_at').as('m'))
          .whereRef('l.cell_id', '=', 'r.cell_id'),
      ),
    );
}

// The committee overview runs the second one on every request: built and compiled once (db/fixed-query.ts).
const lastRemindersUnder = fixedQuery((db: Kysely<DB>, unitId: string) =>
  lastReminders(
    db,
    db.selectFrom('org_closure').select('descendant_id as id').where('ancestor_id', '=', unitId),
  ),
);
const lastRemindersRightUnder = fixedQuery((db: Kysely<DB>, unitId: string) =>
  lastReminders(db, db.selectFrom('org_unit').select('id').where('parent_id', '=', unitId)),
);
