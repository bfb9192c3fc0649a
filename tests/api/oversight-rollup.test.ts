/**
 * The oversight dashboard summed in SQL per direct child (issue 20, features/oversight/store.ts) gives exactly
 * what the per-cell rules give (`cellFigures` of every cell, added up by `rollUp`: tests/support/oversight-oracle.ts)
 * on a random subtree: cells created before, on and after the days that hold them to a month, a quarter, a report
 * or a plan deadline (both sides of 17:00 UTC, the end of a day in Việt Nam); guidance at random levels with its
 * own plan deadlines and report days; plans in every state sent early, late or never; period reports issued on
 * time, late or not at all; quality scores proposed and confirmed; reminders; reviews due. Both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateMeetingYear, generateProvince } from '../../bench/generate.ts';
import { rebuildActivitySummaries } from '../../src/db/activity-summaries.ts';
import { rebuildCommitteeRollups } from '../../src/db/committee-rollups.ts';
import type { Database } from '../../src/db/connection.ts';
import { newId } from '../../src/db/ids.ts';
import { rebuildSummaries } from '../../src/db/summaries.ts';
import type { Actor } from '../../src/domain/authz/policy.ts';
import { QUALITY_LEVELS } from '../../src/domain/quality/rubric.ts';
import { getOversight } from '../../src/server/features/oversight/index.ts';
import { buildCell, buildCommittee } from '../fixtures/factories.ts';
import { oversightByCells } from '../support/oversight-oracle.ts';
import { createTestDatabase } from '../support/test-db.ts';

const YEAR = 2026;
const admin: Actor = { userId: 'system', personId: null, isAdmin: true, grants: [] };

/** Instants around the days that hold a cell to a period (a Việt Nam day ends at 17:00 UTC). */
const CREATED = [
  '2025-06-01T00:00:00.000Z',
  `${YEAR}-01-01T16:59:59.999Z`,
  `${YEAR}-01-01T17:00:00.000Z`,
  `${YEAR}-02-15T16:00:00.000Z`,
  `${YEAR}-04-01T10:00:00.000Z`,
  `${YEAR}-05-15T00:00:00.000Z`,
  `${YEAR}-11-30T18:00:00.000Z`,
  `${YEAR}-12-01T17:00:00.000Z`,
  `${YEAR}-12-31T10:00:00.000Z`,
  `${YEAR}-12-31T17:00:00.000Z`,
  `${YEAR + 1}-01-05T00:00:00.000Z`,
];
const STATUSES = ['draft', 'adopted', 'submitted', 'returned', 'acknowledged'] as const;
// Each on the day of a deadline below (Việt Nam time), or the day after one.
const SUBMITTED = [
  `${YEAR}-01-20T03:00:00.000Z`,
  `${YEAR}-02-15T16:30:00.000Z`,
  `${YEAR}-02-15T17:30:00.000Z`,
  `${YEAR}-03-31T05:00:00.000Z`,
];
const DEADLINES = [`${YEAR}-02-15`, `${YEAR}-03-31`, `${YEAR}-01-20`];
const ISSUED = [
  `${YEAR}-04-05`,
  `${YEAR}-04-10`,
  `${YEAR}-04-21`,
  `${YEAR}-07-10`,
  `${YEAR}-07-25`,
  `${YEAR}-10-12`,
  `${YEAR}-12-19`,
  `${YEAR}-12-27`,
];

/** A small deterministic random source (mulberry32), so a failing seed can be run again. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    chance: (p: number) => next() < p,
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T,
  };
}

describe.each([7, 23, 41])('the oversight roll-up in SQL (seed %i)', (seed) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('equals the per-cell rules added up, for the province, each commune and a committee below a commune', async () => {
    const db = database.db;
    const rnd = random(seed);
    const { province, cells } = await generateProvince(db, {
      communes: 2,
      cellsPerCommune: 4,
      membersPerCell: 3,
    });
    const { parent_id: commune } = await db
      .selectFrom('org_unit')
      .select('parent_id')
      .where('id', '=', cells[0] ?? '')
      .executeTakeFirstOrThrow();
    const below = await buildCommittee(db, { parentId: commune, name: 'Đảng ủy bộ phận' });
    const extra = [
      await buildCell(db, { parentId: province, members: 2 }),
      await buildCell(db, { parentId: below.id, members: 2 }),
      await buildCell(db, { parentId: below.id, members: 2 }),
    ].map((c) => c.id);
    const allCells = [...cells, ...extra];
    await generateMeetingYear(db, allCells);

    for (const id of allCells)
      await db
        .updateTable('org_unit')
        .set({ created_at: rnd.pick(CREATED) })
        .where('id', '=', id)
        .execute();

    const committees = await db.selectFrom('org_unit').select('id').where('kind', '=', 'committee').execute();
    for (const [i, c] of committees.entries()) {
      if (!rnd.chance(0.6)) continue;
      await db
        .insertInto('guidance')
        .values({
          id: newId(),
          committee_id: c.id,
          year: YEAR,
          reference_number: `${i + 1}-HD/ĐU`,
          issued_on: `${YEAR}-01-05`,
          title: 'Hướng dẫn sinh hoạt chuyên đề',
          theme: null,
          documents_json: '[]',
          topic_groups_json: '[]',
          plan_deadline: rnd.pick(DEADLINES),
          content: null,
          quarter_report_day: rnd.pick([null, 5, 20]),
          annual_report_due_on: rnd.pick([null, `${YEAR}-12-25`]),
          created_by: null,
          created_at: `${YEAR}-01-05T01:00:00.000Z`,
          updated_at: `${YEAR}-01-05T01:00:00.000Z`,
        })
        .execute();
    }

    const plans = await db
      .selectFrom('plan')
      .select(['id', 'status'])
      .where('cell_id', 'in', allCells)
      .execute();
    for (const p of plans) {
      const status = rnd.pick(STATUSES);
      await db.updateTable('plan').set({ status }).where('id', '=', p.id).execute();
      if (status !== 'draft' && status !== 'adopted' && rnd.chance(0.8))
        await db
          .insertInto('plan_event')
          .values({
            id: newId(),
            plan_id: p.id,
            action: 'submit',
            from_status: 'adopted',
            to_status: 'submitted',
            remark: null,
            actor_user_id: null,
            at: rnd.pick(SUBMITTED),
          })
          .execute();
    }

    for (const cellId of allCells)
      for (const quarter of [1, 2, 3, 4, null]) {
        if (!rnd.chance(0.6)) continue;
        await db
          .insertInto('issued_document')
          .values({
            id: newId(),
            unit_id: cellId,
            subject: quarter === null ? `period_report:${YEAR}` : `period_report:${YEAR}-Q${quarter}`,
            kind: 'BC',
            number: 1,
            title: 'Báo cáo',
            document_json: '{}',
            issued_on: rnd.pick(ISSUED),
            issued_at: `${YEAR}-04-05T01:00:00.000Z`,
            issued_by: null,
          })
          .execute();
      }

    const meetings = await db
      .selectFrom('meeting')
      .select(['id', 'cell_id', 'held_on'])
      .where('cell_id', 'in', allCells)
      .where('kind', '=', 'combined')
      .execute();
    for (const m of meetings) {
      if (!rnd.chance(0.5)) continue;
      const proposed = rnd.pick(QUALITY_LEVELS);
      const confirmed = rnd.chance(0.5) ? rnd.pick(QUALITY_LEVELS) : null;
      await db
        .insertInto('meeting_quality')
        .values({
          meeting_id: m.id,
          cell_id: m.cell_id,
          rubric_id: null,
          rubric: '{}',
          facts: '{}',
          manual: '{}',
          note: null,
          proposed_score: '80',
          proposed_level: proposed,
          proposed_by: null,
          proposed_at: `${m.held_on}T10:00:00.000Z`,
          adjustments: null,
          confirmed_score: confirmed ? '80' : null,
          confirmed_level: confirmed,
          confirmed_by: null,
          confirmed_at: confirmed ? `${m.held_on}T12:00:00.000Z` : null,
          updated_at: `${m.held_on}T12:00:00.000Z`,
        })
        .execute();
    }

    for (const cellId of allCells)
      if (rnd.chance(0.3))
        await db
          .insertInto('committee_reminder')
          .values({
            id: newId(),
            committee_id: province,
            cell_id: cellId,
            message: `Nhắc ${cellId.slice(0, 4)}`,
            sent_by: null,
            sent_at: `${YEAR}-0${rnd.pick([3, 5, 8])}-0${rnd.pick([1, 2, 3])}T02:00:00.000Z`,
          })
          .execute();

    const topics = await db
      .selectFrom('plan_topic as t')
      .innerJoin('plan as p', 'p.id', 't.plan_id')
      .select('t.id')
      .where('p.cell_id', 'in', allCells)
      .execute();
    for (const t of topics)
      if (rnd.chance(0.3))
        await db
          .insertInto('resolution_review')
          .values({
            id: newId(),
            topic_id: t.id,
            kind: 'interim',
            due_on: rnd.pick([`${YEAR}-03-01`, `${YEAR}-09-01`, `${YEAR + 1}-03-01`]),
            results: null,
            shortcomings: null,
            lessons: null,
            next_steps: null,
            number: null,
            issued_at: rnd.chance(0.4) ? `${YEAR}-03-02T01:00:00.000Z` : null,
            issued_on: null,
            issued_by: null,
            created_by: null,
            created_at: `${YEAR}-01-10T01:00:00.000Z`,
            updated_at: `${YEAR}-01-10T01:00:00.000Z`,
          })
          .execute();

    await db.transaction().execute((trx) => rebuildSummaries(trx));
    await db.transaction().execute((trx) => rebuildActivitySummaries(trx));
    await db.transaction().execute((trx) => rebuildCommitteeRollups(trx));

    for (const committeeId of [province, commune ?? '', below.id]) {
      const summed = await getOversight(db, admin, committeeId, YEAR);
      const byCells = await oversightByCells(db, committeeId, YEAR);
      expect(summed).toEqual(byCells);
    }
    // The data did exercise the rules: late plans, late and missing reports, quality levels, cells not yet held.
    const totals = (await getOversight(db, admin, province, YEAR)).totals;
    expect(totals.cells).toBeGreaterThan(0);
    expect(totals.reports.quarters.some((q) => q.late > 0 && q.issued > 0)).toBe(true);
    expect(totals.quarters.some((q) => q.expected < totals.cells)).toBe(true);
    expect(totals.quarters.some((q) => Object.values(q.levels).some((n) => n > 0))).toBe(true);
  });
});
