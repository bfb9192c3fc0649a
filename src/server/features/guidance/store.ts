import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import { fixedQuery } from '#db/fixed-query.ts';
import { changeDeadlinesUnder } from '#db/rollup-judging.ts';
import type { DB } from '#db/schema.ts';
import {
  nearestGuidanceDeadlines,
  type ReportDeadlines,
  type ReportDeadlinesOf,
} from '#domain/documents/report-deadlines.ts';

type Q = Kysely<DB> | Transaction<DB>;

export function findGuidance(db: Q, id: string) {
  return db.selectFrom('guidance').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Guidance issued by any of the given committees (a unit's chain), newest first. */
export function listGuidanceOf(db: Q, committeeIds: readonly string[], year?: number) {
  if (committeeIds.length === 0) return Promise.resolve([]);
  let query = db
    .selectFrom('guidance as g')
    .innerJoin('org_unit as u', 'u.id', 'g.committee_id')
    .selectAll('g')
    .select('u.name as committee_name')
    .where('g.committee_id', 'in', committeeIds)
    .orderBy('g.year', 'desc')
    .orderBy('g.issued_on', 'desc');
  if (year !== undefined) query = query.where('g.year', '=', year);
  return query.execute();
}

/**
 * The plan deadlines set by these committees' guidance of a year: only the two columns a plan's deadline is
 * worked out from, not the guidance's documents and text (the plan page asks on every read; issue 20).
 */
export function planDeadlinesOf(db: Q, committeeIds: readonly string[], year: number) {
  if (committeeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('guidance')
    .select(['committee_id', 'plan_deadline'])
    .where('committee_id', 'in', committeeIds)
    .where('year', '=', year)
    .execute();
}

/**
 * The plan deadlines of the year's guidance issued by the committees above a unit (`planDeadlinesOf` for its
 * whole chain above): one fixed statement over the closure table (the plan page, issue 20).
 */
export const planDeadlinesAbove = fixedQuery((db: Kysely<DB>, unitId: string, year: number) =>
  db
    .selectFrom('org_closure as c')
    .innerJoin('guidance as g', 'g.committee_id', 'c.ancestor_id')
    .select(['g.committee_id', 'g.plan_deadline'])
    .where('c.descendant_id', '=', unitId)
    .where('c.depth', '>', 0)
    .where('g.year', '=', year),
);

/**
 * A guidance sets the deadlines of every committee under its own for its year: their roll-ups' lateness is
 * judged anew where a deadline moved (db/rollup-judging.ts), for the year it had and the year it has.
 */
export async function insertGuidance(db: Q, row: DB['guidance']) {
  await changeDeadlinesUnder(
    db,
    row.committee_id,
    async () => [row.year],
    () => db.insertInto('guidance').values(row).execute(),
  );
}

export async function updateGuidance(db: Q, id: string, patch: Partial<DB['guidance']>) {
  const yearOf = () =>
    db.selectFrom('guidance').select(['committee_id', 'year']).where('id', '=', id).executeTakeFirst();
  const found = await yearOf();
  if (!found) return;
  await changeDeadlinesUnder(
    db,
    found.committee_id,
    // Read again under the committees' locks: another correction may have moved the guidance's year meanwhile.
    async () => {
      const year = (await yearOf())?.year ?? found.year;
      return [year, patch.year ?? year];
    },
    () => db.updateTable('guidance').set(patch).where('id', '=', id).execute(),
  );
}

const StringList = z.array(z.string());

/** The guidance's two stored lists: the documents it implements and its topic groups. */
export const guidanceLists = (g: Pick<DB['guidance'], 'documents_json' | 'topic_groups_json'>) => ({
  documents: StringList.parse(JSON.parse(g.documents_json)),
  topicGroups: StringList.parse(JSON.parse(g.topic_groups_json)),
});

/** Ids per query (the engines' bound-parameter limits): a list of thousands of cells costs a few queries. */
const CHUNK = 2000;

/**
 * The report deadlines of each of these cells for each of these years (guidance of the nearest committee above
 * the cell that issued one for the year, else the defaults: report-deadlines.ts nearestGuidanceDeadlines). One
 * query per 2,000 cells: the cell's ancestors (org_closure) joined to their guidance of the years.
 */
export async function reportDeadlinesOf(
  db: Q,
  cellIds: readonly string[],
  years: readonly number[],
): Promise<ReportDeadlinesOf> {
  const ids = [...new Set(cellIds)];
  const rows: GuidanceDeadlineRow[] = [];
  for (let i = 0; i < ids.length && years.length > 0; i += CHUNK)
    rows.push(
      ...(await deadlineRows(db, years)
        .where('c.descendant_id', 'in', ids.slice(i, i + CHUNK))
        .execute()),
    );
  return lookup(rows);
}

/**
 * The report deadlines of the units directly below each committee under `committeeId` (itself included), in one
 * query: `(committee, year)` → the deadlines its child units work under — the guidance of the nearest committee
 * from that committee up, else the defaults. Judged once per committee, not per cell (issue 20): a cell's are
 * those below its parent, so the rows are committees × their guidance, not cells × guidance.
 */
export async function reportDeadlinesBelowCommittees(
  db: Q,
  committeeId: string,
  years: readonly number[],
): Promise<ReportDeadlinesOf> {
  if (years.length === 0) return lookup([]);
  const rows = await deadlineRows(db, years, 0)
    .innerJoin('org_closure as sub', 'sub.descendant_id', 'c.descendant_id')
    .innerJoin('org_unit as k', 'k.id', 'c.descendant_id')
    .where('sub.ancestor_id', '=', committeeId)
    .where('k.kind', '=', 'committee')
    .execute();
  return lookup(rows);
}

interface GuidanceDeadlineRow {
  cell_id: string;
  depth: number;
  year: number;
  issued_on: string;
  quarter_report_day: number | null;
  annual_report_due_on: string | null;
}

/** `minDepth` 1: the guidance above the unit; 0: the unit's own too (a committee, for the units below it). */
function deadlineRows(db: Q, years: readonly number[], minDepth: 0 | 1 = 1) {
  return db
    .selectFrom('org_closure as c')
    .innerJoin('guidance as g', 'g.committee_id', 'c.ancestor_id')
    .select([
      'c.descendant_id as cell_id',
      'c.depth',
      'g.year',
      'g.issued_on',
      'g.quarter_report_day',
      'g.annual_report_due_on',
    ])
    .where('c.depth', '>=', minDepth)
    .where('g.year', 'in', [...years]);
}

function lookup(rows: readonly GuidanceDeadlineRow[]): ReportDeadlinesOf {
  const byCell = new Map<string, GuidanceDeadlineRow[]>();
  for (const r of rows) {
    const key = `${r.cell_id} ${Number(r.year)}`;
    const list = byCell.get(key);
    if (list) list.push(r);
    else byCell.set(key, [r]);
  }
  const memo = new Map<string, ReportDeadlines>();
  return (cellId, year) => {
    const key = `${cellId} ${year}`;
    let found = memo.get(key);
    if (!found) {
      found = nearestGuidanceDeadlines(
        (byCell.get(key) ?? []).map((r) => ({
          depth: Number(r.depth),
          issuedOn: r.issued_on,
          quarterReportDay: r.quarter_report_day === null ? null : Number(r.quarter_report_day),
          annualReportDueOn: r.annual_report_due_on,
        })),
      );
      memo.set(key, found);
    }
    return found;
  };
}
