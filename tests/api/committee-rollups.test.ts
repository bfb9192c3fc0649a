/**
 * The committee roll-ups (issue 20, db/committee-rollups.ts): after any sequence of writes through the services
 * over a small tree — plans and their preparation, period reports, meetings with attendance, tasks and study,
 * quality scores, committee reminders, resolution reviews, guidance with its deadlines, cells created, moved and
 * deleted, a commune moved under another parent — the stored roll-ups equal a recomputation from the cell
 * summaries and the raw tables, on both engines; the rebuild (the CLI's, a restore's) gives the same rows.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CommitteeRollups,
  computeRollups,
  rebuildCommitteeRollups,
  refreshCommitteeRollups,
  storedRollups,
} from '../../src/db/committee-rollups.ts';
import type { Database } from '../../src/db/connection.ts';
import { newId } from '../../src/db/ids.ts';
import { emptyYearSummary } from '../../src/db/summaries.ts';
import { addDays, todayInVietnam } from '../../src/domain/dates/local-date.ts';
import { issuePeriodReport } from '../../src/server/features/documents/reports.ts';
import * as followUp from '../../src/server/features/follow-up/service.ts';
import * as guidance from '../../src/server/features/guidance/service.ts';
import * as members from '../../src/server/features/members/service.ts';
import * as orgs from '../../src/server/features/orgs/service.ts';
import { remindCells } from '../../src/server/features/plans/reminders.ts';
import { confirmScore, proposeScore } from '../../src/server/features/quality/service.ts';
import { buildCell, buildCommittee, buildPlan, buildResolution } from '../fixtures/factories.ts';
import {
  admin,
  allowRefusal,
  applyMeetingWrite,
  applyPlanWrite,
  type MeetingDays,
  type MeetingWrite,
  meetingsOf,
  meetingWrites,
  nth,
  type PlanWrite,
  planWrites,
} from '../support/summary-writes.ts';
import { createTestDatabase } from '../support/test-db.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

type Db = Database['db'];
const today = todayInVietnam();
const thisYear = Number(today.slice(0, 4));
const PLAN_YEARS = [thisYear - 1, thisYear, thisYear + 1];
const REPORT_YEARS = [thisYear - 1, thisYear];
const GUIDANCE_YEARS = [thisYear - 1, thisYear];
// Days already past (a meeting is held, a task is reported only up to today), in three quarters.
const DAYS = [`${thisYear - 1}-03-10`, `${thisYear - 1}-11-20`, `${thisYear}-01-05`];
const TASK_DUE = [null, `${thisYear - 1}-12-31`, `${thisYear + 1}-06-30`];
// The tree's first cells existed well before every year the writes touch (owing reports, held to quarters).
const FOUNDED = `${thisYear - 3}-01-01T00:00:00.000Z`;
const DAYS_OF: MeetingDays = { days: DAYS, due: TASK_DUE };

type Op =
  | PlanWrite
  | MeetingWrite
  | { kind: 'propose'; meeting: number }
  | { kind: 'confirm'; meeting: number }
  | { kind: 'remind'; committee: number; cells: number }
  | { kind: 'resolution'; cell: number }
  | { kind: 'planReview'; topic: number; reviewKind: 'interim' | 'final'; later: boolean }
  | { kind: 'issueReview'; review: number }
  | { kind: 'deleteReview'; review: number }
  | {
      kind: 'guidance';
      committee: number;
      year: number;
      late: boolean;
      issuedLater: boolean;
      quarterDay: number | null;
      annual: number;
    }
  | { kind: 'updateGuidance'; guidance: number; year: number; late: boolean; annual: number }
  | { kind: 'newCell'; committee: number }
  | { kind: 'moveCell'; cell: number; to: number }
  | { kind: 'moveCommune'; commune: number; to: number }
  | { kind: 'deleteCell'; cell: number };

const planOps = planWrites({ cells: 5, planYears: PLAN_YEARS, reportYears: REPORT_YEARS });
const meetingOps = meetingWrites({ ...DAYS_OF, cells: 5, statuses: ['in_progress', 'ended'] });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  ...Object.values(planOps),
  ...Object.values(meetingOps),
  fc.record({ kind: fc.constant('propose' as const), meeting: fc.nat(20) }),
  fc.record({ kind: fc.constant('confirm' as const), meeting: fc.nat(20) }),
  fc.record({
    kind: fc.constant('remind' as const),
    committee: fc.nat(3),
    cells: fc.integer({ min: 1, max: 7 }),
  }),
  fc.record({ kind: fc.constant('resolution' as const), cell: fc.nat(4) }),
  fc.record({
    kind: fc.constant('planReview' as const),
    topic: fc.nat(5),
    reviewKind: fc.constantFrom('interim', 'final'),
    later: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('issueReview' as const), review: fc.nat(5) }),
  fc.record({ kind: fc.constant('deleteReview' as const), review: fc.nat(5) }),
  fc.record({
    kind: fc.constant('guidance' as const),
    committee: fc.nat(3),
    year: fc.constantFrom(...GUIDANCE_YEARS),
    late: fc.boolean(),
    issuedLater: fc.boolean(),
    quarterDay: fc.constantFrom(null, 5, 28),
    annual: fc.nat(2),
  }),
  fc.record({
    kind: fc.constant('updateGuidance' as const),
    guidance: fc.nat(5),
    year: fc.constantFrom(...GUIDANCE_YEARS),
    late: fc.boolean(),
    annual: fc.nat(2),
  }),
  fc.record({ kind: fc.constant('newCell' as const), committee: fc.nat(3) }),
  fc.record({ kind: fc.constant('moveCell' as const), cell: fc.nat(7), to: fc.nat(2) }),
  fc.record({ kind: fc.constant('moveCommune' as const), commune: fc.nat(1), to: fc.nat(2) }),
  fc.record({ kind: fc.constant('deleteCell' as const), cell: fc.nat(7) }),
);

/**
 * One run's tree: two provinces (the second only a parent to move a commune under), two communes under the first,
 * five cells with members under the communes (they cannot be deleted: their members hold them).
 */
interface Tree {
  provinces: [string, string];
  communes: [string, string];
  memberCells: string[];
}

async function buildTree(db: Db): Promise<Tree> {
  const p = await buildCommittee(db);
  const q = await buildCommittee(db);
  const a = await buildCommittee(db, { parentId: p.id });
  const b = await buildCommittee(db, { parentId: p.id });
  const memberCells: string[] = [];
  for (const parentId of [a.id, a.id, a.id, b.id, b.id])
    memberCells.push((await buildCell(db, { parentId, members: 3 })).id);
  // Founded years ago (the service stamps today): a setting of the fixture, its roll-ups refreshed with it.
  await db
    .updateTable('org_unit')
    .set({ created_at: FOUNDED })
    .where('id', 'in', [p.id, q.id, a.id, b.id, ...memberCells])
    .execute();
  await db.transaction().execute((trx) => refreshCommitteeRollups(trx, [a.id, b.id]));
  return { provinces: [p.id, q.id], communes: [a.id, b.id], memberCells };
}

/** The cells under some units (the closure: right under them or deeper), in a fixed order. */
const cellsBelow = (db: Db, unitIds: readonly string[]) =>
  db
    .selectFrom('org_closure as c')
    .innerJoin('org_unit as u', 'u.id', 'c.descendant_id')
    .select('u.id')
    .where('c.ancestor_id', 'in', unitIds)
    .where('u.kind', '=', 'cell')
    .orderBy('u.id')
    .execute();

async function apply(db: Db, tree: Tree, op: Op) {
  const { provinces, communes, memberCells } = tree;
  const committees = [...provinces, ...communes];
  const cellOf = (i: number) => memberCells[i % memberCells.length] ?? '';
  // The resolution topics of the cells, and the reviews planned of them.
  const topics = () =>
    db
      .selectFrom('plan_topic as t')
      .innerJoin('plan as p', 'p.id', 't.plan_id')
      .where('p.cell_id', 'in', memberCells)
      .where('t.kind', '=', 'resolution');
  const resolutionOf = (i: number) => nth(topics().select('t.id').orderBy('t.id').execute(), i);
  const reviewOf = (i: number) =>
    nth(
      topics()
        .innerJoin('resolution_review as r', 'r.topic_id', 't.id')
        .select('r.id')
        .orderBy('r.id')
        .execute(),
      i,
    );
  const guidanceOf = (i: number) =>
    nth(
      db.selectFrom('guidance').select('id').where('committee_id', 'in', committees).orderBy('id').execute(),
      i,
    );
  const guidanceInput = (o: { year: number; late: boolean; issuedLater?: boolean; annual: number }) => ({
    year: o.year,
    referenceNumber: `${o.year}-CV/ĐU`,
    issuedOn: o.issuedLater ? `${o.year}-02-01` : `${o.year}-01-05`,
    title: `Về việc xây dựng kế hoạch sinh hoạt chuyên đề năm ${o.year}`,
    documents: ['Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị'],
    topicGroups: ['ho_chi_minh_study'],
    // A plan is first sent up today: a deadline of mid-February of its year makes it late, one a year on not.
    planDeadline: o.late ? `${o.year}-02-15` : `${o.year + 1}-12-31`,
    annualReportDueOn: [null, `${o.year}-12-01`, `${o.year + 1}-01-31`][o.annual] ?? null,
  });

  switch (op.kind) {
    case 'plan':
    case 'prepare':
    case 'transition':
    case 'save':
    case 'report':
      return applyPlanWrite(db, memberCells, op);
    case 'meeting':
    case 'end':
    case 'addTask':
    case 'taskReport':
      return applyMeetingWrite(db, memberCells, op, DAYS_OF);
    case 'propose': {
      const meeting = await nth(meetingsOf(db, memberCells), op.meeting);
      if (!meeting) return;
      return allowRefusal(() => proposeScore(db, admin, meeting, { manual: {} }));
    }
    case 'confirm': {
      const meeting = await nth(meetingsOf(db, memberCells), op.meeting);
      if (!meeting) return;
      return allowRefusal(() => confirmScore(db, admin, meeting, { adjustments: [] }));
    }
    case 'remind': {
      const committee = committees[op.committee % committees.length] ?? '';
      const under = await cellsBelow(db, [committee]);
      // A bit mask over the committee's cells: which of them are reminded.
      const cellIds = under.filter((_, i) => (op.cells >> i) & 1).map((c) => c.id);
      if (cellIds.length === 0) return;
      return allowRefusal(() =>
        remindCells(db, admin, committee, { cellIds, message: 'Đề nghị chi bộ gửi kế hoạch' }),
      );
    }
    case 'resolution':
      return allowRefusal(() => buildResolution(db, cellOf(op.cell)));
    case 'planReview': {
      const topic = await resolutionOf(op.topic);
      if (!topic) return;
      const dueOn = op.later ? addDays(today, 30) : today;
      return allowRefusal(() => followUp.planReview(db, admin, topic, { kind: op.reviewKind, dueOn }));
    }
    case 'issueReview': {
      const review = await reviewOf(op.review);
      if (!review) return;
      const row = await db
        .selectFrom('resolution_review')
        .select('due_on')
        .where('id', '=', review)
        .executeTakeFirstOrThrow();
      return allowRefusal(async () => {
        await followUp.saveReview(db, admin, review, {
          dueOn: row.due_on,
          results: 'Chi bộ đã triển khai nghị quyết đến từng đảng viên.',
          shortcomings: 'Một số việc còn chậm.',
          lessons: 'Phân công cụ thể, kiểm tra thường xuyên.',
          nextSteps: 'Tiếp tục thực hiện các nhiệm vụ còn lại.',
        });
        await followUp.issueReview(db, admin, review);
      });
    }
    case 'deleteReview': {
      const review = await reviewOf(op.review);
      if (!review) return;
      return allowRefusal(() => followUp.deleteReview(db, admin, review));
    }
    case 'guidance': {
      const committee = committees[op.committee % committees.length] ?? '';
      return allowRefusal(() =>
        guidance.issueGuidance(db, admin, committee, {
          ...guidanceInput(op),
          quarterReportDay: op.quarterDay,
        }),
      );
    }
    case 'updateGuidance': {
      const id = await guidanceOf(op.guidance);
      if (!id) return;
      return allowRefusal(() => guidance.updateGuidance(db, admin, id, guidanceInput(op)));
    }
    case 'newCell': {
      const parentId = committees[op.committee % committees.length] ?? '';
      return allowRefusal(() =>
        orgs.createUnit(db, admin, { parentId, kind: 'cell', name: 'Chi bộ mới thành lập' }),
      );
    }
    case 'moveCell': {
      const cell = await nth(cellsBelow(db, provinces), op.cell);
      const parentId = [...communes, provinces[0]][op.to % 3] ?? '';
      if (!cell) return;
      return allowRefusal(() => orgs.updateUnit(db, admin, cell, { parentId }));
    }
    case 'moveCommune': {
      const commune = communes[op.commune % 2] ?? '';
      const other = communes[(op.commune + 1) % 2] ?? '';
      const parentId = [provinces[0], provinces[1], other][op.to % 3] ?? '';
      return allowRefusal(() => orgs.updateUnit(db, admin, commune, { parentId }));
    }
    case 'deleteCell': {
      // The cells with members refuse (ORG_NOT_EMPTY); the ones created empty go.
      const cell = await nth(cellsBelow(db, provinces), op.cell);
      if (!cell) return;
      return allowRefusal(() => orgs.deleteUnit(db, admin, cell));
    }
  }
}

/** A row with its counts as numbers (PostgreSQL's bigint comes back as text): every column but the named text. */
const numeric = <T extends object>(row: T, text: readonly string[]): T =>
  Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, text.includes(k) || v === null ? v : Number(v)]),
  ) as T;
/** Each list by its key columns, numbers as numbers. */
const normalised = <T extends object>(
  rows: readonly T[],
  keys: readonly (keyof T & string)[],
  text: string[],
) =>
  rows
    .map((r) => numeric(r, text))
    .map((r) => ({ r, key: keys.map((k) => String(r[k]).padStart(12, '0')).join('|') }))
    .sort((a, b) => a.key.localeCompare(b.key))
    .map(({ r }) => r);
const TEXT = [
  'committee_id',
  'created_on',
  'last_reminder_id',
  'last_reminder_at',
  'kind',
  'due_on',
  'open_until',
  'level',
];
const sorted = (r: CommitteeRollups): CommitteeRollups => ({
  cellDays: normalised(r.cellDays, ['committee_id', 'created_on'], TEXT),
  years: normalised(r.years, ['committee_id', 'year'], TEXT),
  months: normalised(r.months, ['committee_id', 'year', 'month'], TEXT),
  due: normalised(r.due, ['committee_id', 'year', 'kind', 'due_on', 'open_until'], TEXT),
  quality: normalised(r.quality, ['committee_id', 'year', 'quarter', 'level'], TEXT),
});

async function recomputed(db: Db) {
  const committees = await db.selectFrom('org_unit').select('id').where('kind', '=', 'committee').execute();
  return sorted(
    await computeRollups(
      db,
      committees.map((c) => c.id),
    ),
  );
}

/** One sequence that surely reaches every kind of row, before the random ones. */
const EVERY_KIND: Op[] = [
  {
    kind: 'guidance',
    committee: 0,
    year: thisYear,
    late: true,
    issuedLater: false,
    quarterDay: null,
    annual: 1,
  },
  { kind: 'plan', cell: 0, year: thisYear, status: 'submitted' },
  { kind: 'plan', cell: 3, year: thisYear, status: 'adopted' },
  {
    kind: 'guidance',
    committee: 0,
    year: thisYear - 1,
    late: true,
    issuedLater: true,
    quarterDay: 28,
    annual: 0,
  },
  { kind: 'plan', cell: 1, year: thisYear - 1, status: 'submitted' },
  { kind: 'report', cell: 1, year: thisYear - 1, quarter: 2 },
  { kind: 'report', cell: 1, year: thisYear, quarter: null },
  { kind: 'prepare', cell: 1, stage: 'distributed' },
  {
    kind: 'meeting',
    cell: 2,
    status: 'ended',
    meetingKind: 'combined',
    day: 0,
    present: 2,
    task: true,
  },
  { kind: 'addTask', meeting: 0, due: 1 },
  { kind: 'propose', meeting: 0 },
  { kind: 'confirm', meeting: 0 },
  { kind: 'remind', committee: 2, cells: 3 },
  { kind: 'resolution', cell: 4 },
  { kind: 'planReview', topic: 0, reviewKind: 'interim', later: true },
  { kind: 'newCell', committee: 3 },
  { kind: 'moveCell', cell: 0, to: 1 },
  { kind: 'moveCommune', commune: 1, to: 1 },
  { kind: 'updateGuidance', guidance: 0, year: thisYear, late: false, annual: 2 },
  { kind: 'deleteCell', cell: 5 },
];

/** Guidance issued, corrected and moved to another year after plans went up and reports came in (re-judged). */
const issueAt = (committee: number, year: number, late: boolean, quarterDay: number): Op => ({
  kind: 'guidance',
  committee,
  year,
  late,
  issuedLater: false,
  quarterDay,
  annual: 0,
});
const REJUDGED: Op[] = [
  { kind: 'plan', cell: 0, year: thisYear, status: 'submitted' },
  { kind: 'plan', cell: 3, year: thisYear, status: 'submitted' },
  { kind: 'report', cell: 3, year: thisYear - 1, quarter: 1 },
  { kind: 'report', cell: 0, year: thisYear, quarter: null },
  issueAt(0, thisYear, false, 28),
  issueAt(2, thisYear - 1, true, 5),
  { kind: 'updateGuidance', guidance: 0, year: thisYear, late: true, annual: 1 },
  { kind: 'updateGuidance', guidance: 1, year: thisYear, late: false, annual: 2 },
  { kind: 'moveCommune', commune: 0, to: 1 },
];

describe('committee roll-ups', () => {
  it('equal a recomputation from the summaries and raw tables after any sequence of writes through the services', async () => {
    const db = database.db;
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 4, maxLength: 12 }), async (ops) => {
        const tree = await buildTree(db);
        for (const op of ops) await apply(db, tree, op);
        expect(sorted(await storedRollups(db))).toEqual(await recomputed(db));
      }),
      {
        numRuns: Number(process.env.ROLLUP_RUNS ?? 12),
        seed: Number(process.env.ROLLUP_SEED ?? 20038),
        examples: [[EVERY_KIND], [REJUDGED]],
      },
    );
    // The writes reached every kind of row (or the comparison above proved little).
    const stored = sorted(await storedRollups(db));
    expect(stored.years.some((r) => r.plan_sent_late > 0)).toBe(true);
    expect(stored.years.some((r) => r.plan_sent > r.plan_sent_late)).toBe(true);
    expect(stored.years.some((r) => r.q1_late + r.q2_late + r.q3_late + r.q4_late > 0)).toBe(true);
    expect(stored.years.some((r) => r.annual_issued > 0)).toBe(true);
    expect(stored.years.some((r) => r.held_q1 + r.held_q2 + r.held_q3 + r.held_q4 > 0)).toBe(true);
    expect(stored.years.some((r) => r.reports > 0)).toBe(true);
    expect(stored.months.some((r) => r.present > 0 && r.expected > r.present)).toBe(true);
    for (const kind of ['step', 'step_cell', 'task', 'review'] as const)
      expect(stored.due.some((r) => r.kind === kind)).toBe(true);
    expect(stored.quality.some((r) => r.confirmed > 0)).toBe(true);
    expect(stored.cellDays.some((r) => r.last_reminder_id !== null)).toBe(true);
    expect(stored.cellDays.some((r) => r.created_on === today)).toBe(true);
  }, 900_000);

  it('are rebuilt to the same rows', async () => {
    const db = database.db;
    const tree = await buildTree(db);
    for (const op of EVERY_KIND) await apply(db, tree, op);
    const before = sorted(await storedRollups(db));
    expect(before.years.length).toBeGreaterThan(0);
    await db.transaction().execute((trx) => rebuildCommitteeRollups(trx, 3));
    expect(sorted(await storedRollups(db))).toEqual(before);
  }, 300_000);

  // PostgreSQL runs transactions side by side (READ COMMITTED): two writes in different cells of one commune both
  // recompute the commune's rows; the second must see the first's, not insert beside them.
  it('stay equal to a recomputation when cells of one committee are written at the same time', async () => {
    const db = database.db;
    const tree = await buildTree(db);
    const [commune] = tree.communes;
    const cells = tree.memberCells.slice(0, 3);
    await Promise.all(
      [1, 2, 3].map((n) =>
        orgs.createUnit(db, admin, { parentId: commune, kind: 'cell', name: `Chi bộ cùng lúc ${n}` }),
      ),
    );
    await Promise.all(cells.map((cell) => issuePeriodReport(db, admin, cell, thisYear - 1, 1)));
    const stored = sorted(await storedRollups(db));
    expect(stored).toEqual(await recomputed(db));
    expect(stored.cellDays.find((r) => r.committee_id === commune && r.created_on === today)?.cells).toBe(3);
    expect(stored.years.find((r) => r.committee_id === commune && r.year === thisYear - 1)?.q1_issued).toBe(
      3,
    );
  });

  // A guidance's write re-judges lateness in SQL (db/rollup-judging.ts) rather than recomputing: each day it
  // compares falls on either side of a deadline here, in Việt Nam days (a cell created at 17:30 UTC is of the next
  // day), and after each write the rows equal computeRollups' — whose own rules were not asked.
  // Two members transferred the opposite ways between two communes' cells at once: each transaction refreshes both
  // communes' rows, which it locks together in id order (lockRollupsOfCells), so neither waits for the other.
  it('stay equal to a recomputation when members move the opposite ways between two committees at once', async () => {
    const db = database.db;
    const tree = await buildTree(db);
    const [a, b] = tree.communes;
    const here = await buildCell(db, { parentId: a, members: 2 });
    const there = await buildCell(db, { parentId: b, members: 2 });
    for (let round = 0; round < 2; round++)
      await Promise.all([
        members.transferMember(db, admin, here.memberIds[round] ?? '', { toUnitId: there.id, on: today }),
        members.transferMember(db, admin, there.memberIds[round] ?? '', { toUnitId: here.id, on: today }),
      ]);
    expect(sorted(await storedRollups(db))).toEqual(await recomputed(db));
  });

  it('are judged anew, exactly, when a guidance moves the deadlines across sending, issue and creation days', async () => {
    const db = database.db;
    const tree = await buildTree(db);
    const [province, other] = tree.provinces;
    const [a, b] = tree.communes;
    const year = thisYear - 1;
    // A cell a line: its commune, created at, the day its plan was first sent up ('-': never), its period reports as
    // `quarter:issued on` (`y`: the year's report).
    const y = year;
    const n = year + 1;
    const cells = [
      `a ${FOUNDED} ${y}-02-14 1:${y}-04-04 2:${y}-07-10 y:${y}-12-15`,
      `a ${FOUNDED} ${y}-02-15 1:${y}-04-05 3:${y}-10-11`,
      `a ${y}-02-14T17:30:00.000Z ${y}-02-16 1:${y}-04-06 2:${y}-07-05`,
      `a ${y}-02-15T17:00:00.000Z ${y}-03-01 2:${y}-07-28 4:${n}-01-29`,
      `b ${y}-03-31T16:59:00.000Z ${y}-03-02 2:${y}-07-29 y:${y}-12-20`,
      `b ${y}-03-31T17:00:00.000Z - 2:${y}-07-06 y:${y}-12-21`,
      `b ${n}-01-10T00:00:00.000Z ${n}-01-20 4:${n}-01-20`,
      `b ${FOUNDED} ${y}-02-28 1:${y}-04-29 4:${n}-01-05`,
    ].map((line) => {
      const [commune, createdAt = '', sent = '-', ...reports] = line.split(' ');
      return {
        parentId: commune === 'a' ? a : b,
        createdAt,
        sentOn: sent === '-' ? null : sent,
        reports: reports.map((r) => {
          const [q = '', on = ''] = r.split(':');
          return { subject: q === 'y' ? `period_report:${y}` : `period_report:${y}-Q${q}`, on };
        }),
      };
    });
    for (const { parentId, createdAt, sentOn, reports } of cells) {
      const cell = await orgs.createUnit(db, admin, { parentId, kind: 'cell', name: 'Chi bộ theo ngày' });
      // Written straight into the tables (a plan sent on a past day, reports issued on past days), the roll-ups
      // refreshed after, as every write that bypasses the stores does.
      await db.updateTable('org_unit').set({ created_at: createdAt }).where('id', '=', cell.id).execute();
      await db.deleteFrom('cell_year_summary').where('cell_id', '=', cell.id).execute();
      await db
        .insertInto('cell_year_summary')
        .values({
          ...emptyYearSummary(cell.id, year),
          plan_id: sentOn === null ? null : newId(),
          plan_status: sentOn === null ? null : 'submitted',
          first_submitted_on: sentOn,
        })
        .execute();
      for (const { subject, on: issuedOn } of reports)
        await db
          .insertInto('issued_document')
          .values({
            id: newId(),
            unit_id: cell.id,
            subject,
            kind: 'BC',
            number: 1,
            title: 'Báo cáo',
            document_json: '{}',
            issued_on: issuedOn,
            issued_at: `${issuedOn}T02:00:00.000Z`,
            issued_by: null,
          })
          .execute();
    }
    await db.transaction().execute((trx) => refreshCommitteeRollups(trx, [a, b]));
    const input = (o: { year?: number; plan: string; day?: number; annual?: string }) => ({
      year: o.year ?? year,
      referenceNumber: '1-HD/TU',
      issuedOn: `${o.year ?? year}-01-05`,
      title: 'Hướng dẫn sinh hoạt chuyên đề',
      documents: [],
      topicGroups: [],
      planDeadline: o.plan,
      quarterReportDay: o.day ?? null,
      annualReportDueOn: o.annual ?? null,
    });
    type Input = Parameters<typeof input>[0];
    const issue = (committee: string, o: Input) => guidance.issueGuidance(db, admin, committee, input(o));
    const correct = (id: string, o: Input) => guidance.updateGuidance(db, admin, id, input(o));
    const rows = async () => {
      const stored = sorted(await storedRollups(db));
      expect(stored).toEqual(await recomputed(db));
      return stored.years.filter((r) => (r.committee_id === a || r.committee_id === b) && r.year === year);
    };
    const sum = (rs: Awaited<ReturnType<typeof rows>>, column: keyof (typeof rs)[number]) =>
      rs.reduce((n, r) => n + Number(r[column]), 0);

    const provinceGuidance = await issue(province, { plan: `${year}-02-15`, day: 5 });
    let judged = await rows();
    expect(sum(judged, 'plan_sent_late')).toBe(5);
    expect(sum(judged, 'plan_sent_held')).toBe(4);
    expect(sum(judged, 'q1_issued')).toBe(3);
    expect(sum(judged, 'q1_late')).toBe(1);
    const communeGuidance = await issue(a, { plan: `${year}-02-16`, day: 28, annual: `${year}-12-01` });
    judged = await rows();
    expect(judged.find((r) => r.committee_id === a)).toMatchObject({ plan_sent_late: 1, plan_sent_held: 4 });
    expect(sum(judged, 'annual_late')).toBe(2);
    await correct(provinceGuidance, { plan: `${year}-03-01`, day: 10 });
    judged = await rows();
    expect(judged.find((r) => r.committee_id === b && r.created_after === 0)).toMatchObject({
      plan_sent_late: 1,
      plan_sent_held: 1,
      plan_sent_late_held: 0,
    });
    expect(judged.find((r) => r.committee_id === b && r.created_after === 1)).toMatchObject({
      plan_sent: 1,
      plan_sent_late: 1,
      plan_sent_held: 0,
    });
    // Corrected to another year: the commune's cells fall back on the province's deadlines of this one.
    await correct(communeGuidance, { year: thisYear, plan: `${thisYear}-02-16` });
    judged = await rows();
    expect(judged.find((r) => r.committee_id === a)).toMatchObject({ plan_sent_late: 0, plan_sent_held: 4 });
    await correct(provinceGuidance, { year: thisYear, plan: `${thisYear}-03-01` });
    judged = await rows();
    // No guidance of the year: no plan deadline; the reports are due on the default days.
    for (const column of ['plan_sent_late', 'plan_sent_held', 'plan_sent_late_held'] as const)
      expect(sum(judged, column)).toBe(0);
    expect(sum(judged, 'annual_late')).toBe(1);
    await issue(province, { plan: `${year}-02-15`, annual: `${year}-12-01` });
    judged = await rows();
    expect(sum(judged, 'annual_late')).toBe(3);
    // A commune moved under a province that issued none: its cells are judged against no deadline.
    await orgs.updateUnit(db, admin, b, { parentId: other });
    judged = await rows();
    const ofB = judged.filter((r) => r.committee_id === b);
    expect(sum(ofB, 'plan_sent_late')).toBe(0);
    expect(judged.find((r) => r.committee_id === b && r.created_after === 0)?.annual_late).toBe(1);
    expect(judged.find((r) => r.committee_id === a)).toMatchObject({ plan_sent_late: 2, annual_late: 1 });
  });

  it('judge lateness by the guidance of the chain: a commune’s own, else the province’s, as corrected', async () => {
    const db = database.db;
    const tree = await buildTree(db);
    const [province, other] = tree.provinces;
    const [a, b] = tree.communes;
    const row = async (commune: string) =>
      sorted(await storedRollups(db)).years.find((r) => r.committee_id === commune && r.year === thisYear);
    await buildPlan(db, tree.memberCells[0] ?? '', { year: thisYear, status: 'submitted' });
    await buildPlan(db, tree.memberCells[3] ?? '', { year: thisYear, status: 'submitted' });
    // No guidance: no deadline, nothing late.
    expect(await row(a)).toMatchObject({ plan_sent: 1, plan_sent_late: 0, plan_sent_held: 0 });
    const input = (planDeadline: string, annualReportDueOn: string | null = null) => ({
      year: thisYear,
      referenceNumber: '1-CV/ĐU',
      issuedOn: `${thisYear}-01-05`,
      title: 'Về việc xây dựng kế hoạch sinh hoạt chuyên đề',
      documents: [],
      topicGroups: [],
      planDeadline,
      annualReportDueOn,
    });
    const provinceGuidance = await guidance.issueGuidance(db, admin, province, input(`${thisYear}-01-31`));
    for (const commune of [a, b])
      expect(await row(commune)).toMatchObject({ plan_sent: 1, plan_sent_late: 1, plan_sent_late_held: 1 });
    // A commune's own guidance is the nearer: its later deadline rules its cells, not the other commune's.
    const communeGuidance = await guidance.issueGuidance(db, admin, a, input(`${thisYear + 1}-01-31`));
    expect(await row(a)).toMatchObject({ plan_sent: 1, plan_sent_late: 0, plan_sent_held: 1 });
    expect(await row(b)).toMatchObject({ plan_sent_late: 1 });
    // The province's correction reaches the commune that issued none.
    await guidance.updateGuidance(db, admin, provinceGuidance, input(`${thisYear}-12-31`));
    expect(await row(b)).toMatchObject({ plan_sent: 1, plan_sent_late: 0, plan_sent_held: 1 });
    // The year's report, issued today, is on time by default (20 December), late against 1 December.
    await issuePeriodReport(db, admin, tree.memberCells[1] ?? '', thisYear, null);
    expect(await row(a)).toMatchObject({ annual_issued: 1, annual_late: 0 });
    await guidance.updateGuidance(
      db,
      admin,
      communeGuidance,
      input(`${thisYear + 1}-01-31`, `${thisYear}-12-01`),
    );
    expect(await row(a)).toMatchObject({ annual_issued: 1, annual_late: 1 });
    // Moved under a province that issued none, the commune has no deadline.
    await orgs.updateUnit(db, admin, b, { parentId: other });
    expect(await row(b)).toMatchObject({ plan_sent: 1, plan_sent_late: 0, plan_sent_held: 0 });
    expect(sorted(await storedRollups(db))).toEqual(await recomputed(db));
  });
});
