/**
 * The oversight dashboard's meetings, attendance and assignments from maintained summaries (issue 20,
 * db/activity-summaries.ts): after any sequence of writes through the services — meetings scheduled, held,
 * ended, cancelled, entered on paper; the roll marked and corrected; assignments given, removed, reported on;
 * members moved between cells or exempted — the stored summaries equal a recomputation from the raw tables and
 * give, per cell and month, what the former per-feature queries over the raw tables counted; on both engines.
 * The rebuild (the CLI's, a restore's) gives the same rows.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ActivitySummary,
  computeActivity,
  NO_DUE_DAY,
  rebuildActivitySummaries,
  storedActivity,
} from '../../src/db/activity-summaries.ts';
import type { Database } from '../../src/db/connection.ts';
import { todayInVietnam } from '../../src/domain/dates/local-date.ts';
import { STUDY_MINIMUM_MINUTES } from '../../src/domain/oversight/figures.ts';
import { openTasksUnder } from '../../src/server/features/follow-up/index.ts';
import { addTask, markAttendance, removeTask } from '../../src/server/features/meetings/console.ts';
import { monthlyAttendanceUnder, monthlyMeetingsUnder } from '../../src/server/features/meetings/index.ts';
import { recordPaperMeeting } from '../../src/server/features/meetings/paper.ts';
import { changeStatus, transferMember } from '../../src/server/features/members/service.ts';
import {
  buildCell,
  buildCommittee,
  buildMeeting,
  buildPreparation,
  TINY_PDF,
} from '../fixtures/factories.ts';
import { monthlyActivityUnder, openTasksDueUnder } from '../support/per-cell-readers.ts';
import {
  admin,
  allowRefusal,
  applyMeetingWrite,
  type MeetingDays,
  type MeetingWrite,
  meetingsOf,
  meetingWrites,
  nth,
  tasksOf,
} from '../support/summary-writes.ts';
import { createTestDatabase } from '../support/test-db.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const today = todayInVietnam();
const thisYear = Number(today.slice(0, 4));
// Days already past (a meeting is held, a member moves, a task is reported only up to today).
const DAYS = [`${thisYear - 1}-03-10`, `${thisYear - 1}-11-20`, `${thisYear}-01-05`];
const DUE = [null, `${thisYear - 1}-12-31`, `${thisYear + 1}-06-30`];
const STATES = ['present', 'absent_excused', 'absent_unexcused'] as const;

const DAYS_OF: MeetingDays = { days: DAYS, due: DUE };

type Op =
  | MeetingWrite
  | { kind: 'mark'; meeting: number; member: number; state: (typeof STATES)[number] }
  | { kind: 'removeTask'; task: number }
  | { kind: 'transfer'; member: number; cell: number; day: number }
  | { kind: 'exempt'; member: number; day: number }
  | { kind: 'paper'; cell: number; day: number; present: number };

const meetingOps = meetingWrites({
  ...DAYS_OF,
  cells: 3,
  statuses: ['scheduled', 'in_progress', 'ended', 'cancelled'],
});
const opArb: fc.Arbitrary<Op> = fc.oneof(
  meetingOps.meeting,
  fc.record({
    kind: fc.constant('mark' as const),
    meeting: fc.nat(20),
    member: fc.nat(20),
    state: fc.constantFrom(...STATES),
  }),
  meetingOps.end,
  meetingOps.addTask,
  fc.record({ kind: fc.constant('removeTask' as const), task: fc.nat(20) }),
  meetingOps.taskReport,
  fc.record({
    kind: fc.constant('transfer' as const),
    member: fc.nat(20),
    cell: fc.nat(2),
    day: fc.nat(DAYS.length - 1),
  }),
  fc.record({ kind: fc.constant('exempt' as const), member: fc.nat(20), day: fc.nat(DAYS.length - 1) }),
  fc.record({
    kind: fc.constant('paper' as const),
    cell: fc.nat(2),
    day: fc.nat(DAYS.length - 1),
    present: fc.nat(3),
  }),
);

async function apply(db: Database['db'], cells: string[], op: Op) {
  const cellOf = (i: number) => cells[i % cells.length] ?? '';
  const memberOf = (i: number) =>
    nth(
      db
        .selectFrom('person')
        .select('id')
        .where('unit_id', 'in', cells)
        .where('status', '!=', 'transferred_out')
        .orderBy('id')
        .execute(),
      i,
    );
  switch (op.kind) {
    case 'meeting':
    case 'end':
    case 'addTask':
    case 'taskReport':
      return applyMeetingWrite(db, cells, op, DAYS_OF);
    case 'mark': {
      const meeting = await nth(meetingsOf(db, cells), op.meeting);
      const member = await memberOf(op.member);
      if (!meeting || !member) return;
      const reason = op.state === 'absent_excused' ? 'Đi công tác' : null;
      return allowRefusal(() => markAttendance(db, admin, meeting, member, { state: op.state, reason }));
    }
    case 'removeTask': {
      const task = await nth(tasksOf(db, cells), op.task);
      if (!task) return;
      const row = await db
        .selectFrom('meeting_task')
        .select('meeting_id')
        .where('id', '=', task)
        .executeTakeFirst();
      if (!row) return;
      return allowRefusal(() => removeTask(db, admin, row.meeting_id, task));
    }
    case 'transfer': {
      const member = await memberOf(op.member);
      if (!member) return;
      return allowRefusal(() =>
        transferMember(db, admin, member, { toUnitId: cellOf(op.cell), on: DAYS[op.day] ?? today }),
      );
    }
    case 'exempt': {
      const member = await memberOf(op.member);
      if (!member) return;
      return allowRefusal(() =>
        changeStatus(db, admin, member, { status: 'exempt', on: DAYS[op.day] ?? today }),
      );
    }
    case 'paper': {
      const cell = cellOf(op.cell);
      const p = await buildPreparation(db, cell, { status: 'draft2_approved' });
      const file = new File([new Uint8Array(TINY_PDF)], 'Biên bản.pdf');
      return allowRefusal(() =>
        recordPaperMeeting(db, admin, p.topicId, {
          heldOn: DAYS[op.day] ?? today,
          present: op.present,
          file,
        }),
      );
    }
  }
}

const sorted = (s: ActivitySummary): ActivitySummary => ({
  months: [...s.months]
    .map((r) => ({ ...r }))
    .sort((a, b) => `${a.cell_id}|${a.year}|${a.month}`.localeCompare(`${b.cell_id}|${b.year}|${b.month}`)),
  tasks: [...s.tasks]
    .map((r) => ({ ...r }))
    .sort((a, b) => `${a.cell_id}|${a.year}|${a.due_on}`.localeCompare(`${b.cell_id}|${b.year}|${b.due_on}`)),
});

async function recomputed(db: Database['db']) {
  const cells = await db.selectFrom('org_unit').select('id').execute();
  return sorted(
    await computeActivity(
      db,
      cells.map((c) => c.id),
    ),
  );
}

/**
 * What the dashboard reads from the summaries, beside what the former per-feature queries over the raw tables
 * (meetings/statistics/store.ts, follow-up/store.ts) count for the same committee and year.
 */
async function dashboardFacts(db: Database['db'], committeeId: string, year: number) {
  const key = (r: { cellId: string; month: number }) => `${r.cellId}|${r.month}`;
  const fromRaw = new Map<string, number[]>();
  const add = (k: string, i: number, n: number) => {
    const v = fromRaw.get(k) ?? [0, 0, 0, 0, 0, 0, 0];
    v[i] = (v[i] ?? 0) + n;
    fromRaw.set(k, v);
  };
  for (const m of await monthlyMeetingsUnder(db, committeeId, year, STUDY_MINIMUM_MINUTES)) {
    add(key(m), 0, m.thematic);
    add(key(m), 1, m.regular);
    add(key(m), 2, m.studyMinutes);
    add(key(m), 3, m.studyMeetings);
    add(key(m), 4, m.studyShort);
  }
  for (const a of await monthlyAttendanceUnder(db, committeeId, year)) {
    add(key(a), 5, a.present);
    add(key(a), 6, a.expected);
  }
  const fromSummary = new Map(
    (await monthlyActivityUnder(db, committeeId, year)).map((s) => [
      key(s),
      [s.thematic, s.regular, s.studyMinutes, s.studyMeetings, s.studyShort, s.present, s.expected],
    ]),
  );
  const byKey = (m: Map<string, number[]>) =>
    [...m.entries()].filter(([, v]) => v.some((n) => n !== 0)).sort(([a], [b]) => a.localeCompare(b));
  const tasksRaw = await openTasksUnder(db, committeeId, year, today);
  const tasksSummary = await openTasksDueUnder(db, committeeId, year, today);
  const tasks = (m: Map<string, { open: number; overdue: number }>) =>
    [...m.entries()].sort(([a], [b]) => a.localeCompare(b));
  return {
    raw: { months: byKey(fromRaw), tasks: tasks(tasksRaw) },
    summary: { months: byKey(fromSummary), tasks: tasks(tasksSummary) },
  };
}

describe('activity summaries', () => {
  it('equal a recomputation, and the former raw counts, after any sequence of writes through the services', async () => {
    const db = database.db;
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 3, maxLength: 10 }), async (ops) => {
        const committee = await buildCommittee(db);
        const cells = await Promise.all(
          [0, 1, 2].map(async () => (await buildCell(db, { parentId: committee.id, members: 3 })).id),
        );
        for (const op of ops) await apply(db, cells, op);
        expect(sorted(await storedActivity(db))).toEqual(await recomputed(db));
        for (const year of [thisYear - 1, thisYear]) {
          const facts = await dashboardFacts(db, committee.id, year);
          expect(facts.summary).toEqual(facts.raw);
        }
      }),
      {
        numRuns: Number(process.env.SUMMARY_RUNS ?? 20),
        seed: Number(process.env.SUMMARY_SEED ?? 20036),
        // One sequence that surely reaches every kind of row, before the random ones.
        examples: [
          [
            [
              {
                kind: 'meeting',
                cell: 0,
                status: 'ended',
                meetingKind: 'combined',
                day: 0,
                present: 2,
                task: true,
              },
              {
                kind: 'meeting',
                cell: 1,
                status: 'in_progress',
                meetingKind: 'regular',
                day: 1,
                present: 1,
                task: false,
              },
              { kind: 'addTask', meeting: 0, due: 1 },
              { kind: 'addTask', meeting: 1, due: 2 },
              { kind: 'end', meeting: 1 },
              { kind: 'mark', meeting: 0, member: 2, state: 'present' },
              { kind: 'taskReport', task: 0, status: 'done', day: 2 },
              { kind: 'transfer', member: 0, cell: 2, day: 1 },
              { kind: 'exempt', member: 4, day: 0 },
              { kind: 'paper', cell: 2, day: 2, present: 2 },
              { kind: 'addTask', meeting: 0, due: 0 },
            ],
          ],
          // A member who moves into a cell before a meeting it held on paper is one more expected there.
          [
            [
              { kind: 'paper', cell: 2, day: 2, present: 1 },
              { kind: 'transfer', member: 0, cell: 2, day: 1 },
            ],
          ],
        ],
      },
    );
    // The writes reached every kind of summary row (or the comparison above proved little).
    const stored = await storedActivity(db);
    expect(stored.months.some((r) => r.thematic > 0 && r.regular > 0)).toBe(true);
    expect(stored.months.some((r) => r.present > 0 && r.expected > r.present)).toBe(true);
    expect(stored.months.some((r) => r.study_meetings > 0)).toBe(true);
    expect(stored.tasks.some((r) => r.due_on === NO_DUE_DAY)).toBe(true);
    expect(stored.tasks.some((r) => r.due_on < today)).toBe(true);
  }, 600_000);

  it('are rebuilt to the same rows; a due day passing makes an assignment overdue without a write', async () => {
    const db = database.db;
    const committee = await buildCommittee(db);
    const cell = await buildCell(db, { parentId: committee.id, members: 3 });
    const m = await buildMeeting(db, cell.id, {
      status: 'ended',
      kind: 'regular',
      heldOn: DAYS[1],
      present: cell.memberIds.slice(0, 2),
    });
    await addTask(db, admin, m.id, { title: 'Đến hạn hôm qua', dueOn: `${thisYear - 1}-12-01` });
    await addTask(db, admin, m.id, { title: 'Chưa đến hạn', dueOn: `${thisYear + 1}-01-01` });
    const before = sorted(await storedActivity(db));
    await db.transaction().execute((trx) => rebuildActivitySummaries(trx, 7));
    expect(sorted(await storedActivity(db))).toEqual(before);
    const year = thisYear - 1;
    expect((await openTasksDueUnder(db, committee.id, year, today)).get(cell.id)).toEqual({
      open: 2,
      overdue: 1,
    });
    // Read as of a later day, the second is overdue too: nothing was written in between.
    expect((await openTasksDueUnder(db, committee.id, year, `${thisYear + 1}-01-02`)).get(cell.id)).toEqual({
      open: 2,
      overdue: 2,
    });
    const months = await monthlyActivityUnder(db, committee.id, year);
    expect(months).toEqual([
      expect.objectContaining({
        cellId: cell.id,
        month: 11,
        regular: 1,
        thematic: 0,
        present: 2,
        expected: 3,
      }),
    ]);
  });
});
