import fc from 'fast-check';
import type { Database } from '../../src/db/connection.ts';
import type { Actor } from '../../src/domain/authz/policy.ts';
import { todayInVietnam } from '../../src/domain/dates/local-date.ts';
import { issuePeriodReport } from '../../src/server/features/documents/reports.ts';
import { reportTask } from '../../src/server/features/follow-up/service.ts';
import { addTask } from '../../src/server/features/meetings/console.ts';
import { transition } from '../../src/server/features/meetings/service.ts';
import * as plans from '../../src/server/features/plans/service.ts';
import { AppError } from '../../src/server/http/app-error.ts';
import { buildMeeting, buildPlan, buildPreparation, type PreparationStage } from '../fixtures/factories.ts';

/**
 * The random writes through the services that the equality tests of the maintained summaries share
 * (summaries, activity-summaries, committee-rollups): each drawn as data by fast-check, then applied to the
 * cells of the run; a write the domain refuses is part of the sequence.
 */
type Db = Database['db'];

export const admin: Actor = { userId: 'system', personId: null, isAdmin: true, grants: [] };

/** A refusal of the domain (409 and the like) is part of a random sequence; anything else is a failure. */
export async function allowRefusal(write: () => Promise<unknown>) {
  try {
    await write();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
}

/** The `i`-th of some rows, counted round (a random index always names one), or null when there are none. */
export async function nth(rows: Promise<{ id: string }[]>, i: number) {
  const list = await rows;
  return list.length === 0 ? null : (list[i % list.length]?.id ?? null);
}

const STAGES: PreparationStage[] = [
  'new',
  'draft1_writing',
  'draft1_submitted',
  'distributed',
  'comments_closed',
  'draft2_writing',
  'draft2_approved',
  'presented',
  'final',
];
const PLAN_ACTIONS = ['adopt', 'reopen', 'submit', 'acknowledge', 'return'] as const;
const PLAN_STATUSES = ['draft', 'adopted', 'submitted', 'acknowledged', 'returned'] as const;

export type PlanWrite =
  | { kind: 'plan'; cell: number; year: number; status: (typeof PLAN_STATUSES)[number] }
  | { kind: 'prepare'; cell: number; stage: PreparationStage }
  | { kind: 'transition'; plan: number; action: (typeof PLAN_ACTIONS)[number] }
  | { kind: 'save'; plan: number; quarters: number[] }
  | { kind: 'report'; cell: number; year: number; quarter: number | null };

/** Plans started in a state, topics prepared to a stage, plans moved on or saved, period reports issued. */
export function planWrites(o: { cells: number; planYears: number[]; reportYears: number[] }) {
  return {
    plan: fc.record({
      kind: fc.constant('plan' as const),
      cell: fc.nat(o.cells - 1),
      year: fc.constantFrom(...o.planYears),
      status: fc.constantFrom(...PLAN_STATUSES),
    }),
    prepare: fc.record({
      kind: fc.constant('prepare' as const),
      cell: fc.nat(o.cells - 1),
      stage: fc.constantFrom(...STAGES),
    }),
    transition: fc.record({
      kind: fc.constant('transition' as const),
      plan: fc.nat(20),
      action: fc.constantFrom(...PLAN_ACTIONS),
    }),
    save: fc.record({
      kind: fc.constant('save' as const),
      plan: fc.nat(20),
      quarters: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }),
    }),
    report: fc.record({
      kind: fc.constant('report' as const),
      cell: fc.nat(o.cells - 1),
      year: fc.constantFrom(...o.reportYears),
      quarter: fc.constantFrom(null, 1, 2, 3, 4),
    }),
  } satisfies Record<PlanWrite['kind'], fc.Arbitrary<PlanWrite>>;
}

export async function applyPlanWrite(db: Db, cells: readonly string[], op: PlanWrite) {
  const cellOf = (i: number) => cells[i % cells.length] ?? '';
  const planOf = (i: number) =>
    nth(db.selectFrom('plan').select('id').where('cell_id', 'in', cells).orderBy('id').execute(), i);
  switch (op.kind) {
    case 'plan':
      return allowRefusal(() => buildPlan(db, cellOf(op.cell), { year: op.year, status: op.status }));
    case 'prepare':
      return allowRefusal(() => buildPreparation(db, cellOf(op.cell), { status: op.stage }));
    case 'transition': {
      const id = await planOf(op.plan);
      if (!id) return;
      const thisYear = todayInVietnam().slice(0, 4);
      const input =
        op.action === 'adopt' ? { adoptedOn: `${thisYear}-01-10` } : { remark: 'Ý kiến của cấp ủy' };
      return allowRefusal(() => plans.transitionPlan(db, admin, id, op.action, input));
    }
    case 'save': {
      const id = await planOf(op.plan);
      if (!id) return;
      const detail = await plans.getPlanDetail(db, admin, id);
      // The same topics kept (their preparation hangs off them), moved to other quarters: other due months.
      const topics = detail.topics.map((t, i) => ({
        id: t.id,
        title: t.title,
        kind: t.kind,
        quarter: op.quarters[i % op.quarters.length] ?? t.quarter,
        preparerIds: t.preparers.map((p) => p.id),
      }));
      return allowRefusal(() =>
        plans.savePlan(db, admin, id, { legalBases: ['Hướng dẫn 12-HD/BTCTW'], topics }),
      );
    }
    case 'report':
      return allowRefusal(() => issuePeriodReport(db, admin, cellOf(op.cell), op.year, op.quarter));
  }
}

type MeetingStatus = 'scheduled' | 'in_progress' | 'ended' | 'cancelled';
const TASK_STATES = ['done', 'in_progress', 'not_done'] as const;

export type MeetingWrite =
  | {
      kind: 'meeting';
      cell: number;
      status: MeetingStatus;
      meetingKind: 'thematic' | 'combined' | 'regular';
      day: number;
      present: number;
      task: boolean;
    }
  | { kind: 'end'; meeting: number }
  | { kind: 'addTask'; meeting: number; due: number }
  | { kind: 'taskReport'; task: number; status: (typeof TASK_STATES)[number]; day: number };

/** The days and due days the meeting writes draw from (days already past: a meeting is held only up to today). */
export interface MeetingDays {
  days: readonly string[];
  due: readonly (string | null)[];
}

/** Meetings held to a state with attendance and a task, ended later, tasks given and reported on. */
export function meetingWrites(o: MeetingDays & { cells: number; statuses: readonly MeetingStatus[] }) {
  return {
    meeting: fc.record({
      kind: fc.constant('meeting' as const),
      cell: fc.nat(o.cells - 1),
      status: fc.constantFrom(...o.statuses),
      meetingKind: fc.constantFrom('thematic', 'combined', 'regular'),
      day: fc.nat(o.days.length - 1),
      present: fc.nat(3),
      task: fc.boolean(),
    }),
    end: fc.record({ kind: fc.constant('end' as const), meeting: fc.nat(20) }),
    addTask: fc.record({
      kind: fc.constant('addTask' as const),
      meeting: fc.nat(20),
      due: fc.nat(o.due.length - 1),
    }),
    taskReport: fc.record({
      kind: fc.constant('taskReport' as const),
      task: fc.nat(20),
      status: fc.constantFrom(...TASK_STATES),
      day: fc.nat(o.days.length - 1),
    }),
  } satisfies Record<MeetingWrite['kind'], fc.Arbitrary<MeetingWrite>>;
}

/** The meetings of these cells, in a fixed order (the writes name them by index). */
export const meetingsOf = (db: Db, cells: readonly string[]) =>
  db.selectFrom('meeting').select('id').where('cell_id', 'in', cells).orderBy('id').execute();

/** The assignments given at the meetings of these cells, in a fixed order. */
export const tasksOf = (db: Db, cells: readonly string[]) =>
  db
    .selectFrom('meeting_task as k')
    .innerJoin('meeting as m', 'm.id', 'k.meeting_id')
    .select('k.id')
    .where('m.cell_id', 'in', cells)
    .orderBy('k.id')
    .execute();

export async function applyMeetingWrite(db: Db, cells: readonly string[], op: MeetingWrite, o: MeetingDays) {
  switch (op.kind) {
    case 'meeting': {
      const cell = cells[op.cell % cells.length] ?? '';
      const members = await db
        .selectFrom('person')
        .select('id')
        .where('unit_id', '=', cell)
        .orderBy('id')
        .execute();
      return allowRefusal(() =>
        buildMeeting(db, cell, {
          status: op.status,
          kind: op.meetingKind,
          heldOn: o.days[op.day],
          present: members.slice(0, op.present).map((m) => m.id),
          task: op.task,
        }),
      );
    }
    case 'end': {
      const meeting = await nth(meetingsOf(db, cells), op.meeting);
      if (!meeting) return;
      return allowRefusal(() => transition(db, admin, meeting, 'end'));
    }
    case 'addTask': {
      const meeting = await nth(meetingsOf(db, cells), op.meeting);
      if (!meeting) return;
      return allowRefusal(() =>
        addTask(db, admin, meeting, { title: 'Việc được giao', dueOn: o.due[op.due] ?? null }),
      );
    }
    case 'taskReport': {
      const task = await nth(tasksOf(db, cells), op.task);
      if (!task) return;
      return allowRefusal(() =>
        reportTask(db, admin, task, { status: op.status, reportedOn: o.days[op.day] ?? todayInVietnam() }),
      );
    }
  }
}
