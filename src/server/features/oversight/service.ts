import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { type LocalDate, todayInVietnam, vietnamDayEnd } from '#domain/dates/local-date.ts';
import { DEFAULT_REPORT_DEADLINES, periodReportDueOn } from '#domain/documents/report-deadlines.ts';
import {
  type ChildCounts,
  charts,
  countedFigures,
  type Figures,
  type MonthCounts,
  PLAN_STATE_KEYS,
  type PlanStateKey,
  rollUp,
  type ThematicMeeting,
  yearQuarters,
} from '#domain/oversight/figures.ts';
import { authorize } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import { reportDeadlinesBelowCommittees } from '../guidance/index.ts';
import { firstThematicMeetingsOfChildCells } from '../meetings/index.ts';
import { getUnit, listOversightChildren } from '../orgs/index.ts';
import { planDeadlinesBelow } from '../plans/index.ts';
import * as store from './store.ts';

export interface OversightRow {
  id: string;
  name: string;
  kind: 'cell' | 'committee';
  figures: Figures;
}

export interface Oversight {
  committee: { id: string; name: string };
  year: number;
  today: LocalDate;
  quarters: ReturnType<typeof yearQuarters>;
  annualReportDueOn: LocalDate;
  rows: OversightRow[];
  totals: Figures;
  charts: ReturnType<typeof charts>;
}

/**
 * The committee's oversight dashboard for a year (issue 15): one row per direct child — a cell with its own
 * figures, a child committee with its whole subtree's rolled up — and the totals of the subtree. Every count is
 * summed in SQL per direct child (oversight/store.ts, issue 20), so the work and the memory grow with the
 * committee's children, not with the cells under them; the rules of domain/oversight turn the counts into figures.
 */
export async function getOversight(
  db: Kysely<DB>,
  actor: Actor,
  committeeId: string,
  year: number,
): Promise<Oversight> {
  await authorize(db, actor, 'oversight.read', committeeId);
  const committee = await getUnit(db, committeeId);
  if (committee.kind !== 'committee') throw new AppError('OVERSIGHT_NOT_COMMITTEE');
  const today = todayInVietnam();
  const scope = { committeeId, year, today };
  const [children, planDeadlines, deadlinesBelow, thematic] = await Promise.all([
    listOversightChildren(db, committeeId),
    planDeadlinesBelow(db, committeeId, year),
    // Each unit's report deadlines: the guidance of the nearest committee above it, else the defaults — judged
    // once per committee, a cell's being those below its parent.
    reportDeadlinesBelowCommittees(db, committeeId, [year]),
    firstThematicMeetingsOfChildCells(db, committeeId, year),
  ]);
  // The due days of the cells right under each committee, joined in SQL to each cell's parent.
  const deadlines = [...planDeadlines].map(([id, planDeadline]) => {
    const below = deadlinesBelow(id, year);
    const due = (q: number | null) => periodReportDueOn(year, q, below);
    return {
      committee_id: id,
      plan_deadline: planDeadline,
      plan_held_before: planDeadline === null ? null : vietnamDayEnd(planDeadline),
      q1: due(1),
      q2: due(2),
      q3: due(3),
      q4: due(4),
      annual: due(null),
    };
  });
  const counts = await countsByChild(db, scope, deadlines);
  const firstMeetings = new Map<string, Map<number, ThematicMeeting>>();
  for (const t of thematic) {
    const byQuarter = firstMeetings.get(t.cellId) ?? new Map<number, ThematicMeeting>();
    byQuarter.set(t.quarter, { meetingId: t.meetingId, heldOn: t.heldOn, topicTitle: t.topicTitle });
    firstMeetings.set(t.cellId, byQuarter);
  }
  const rows = children.map((child) => {
    const c = counts(child.id);
    const figures =
      child.kind === 'cell'
        ? countedFigures(c, year, today, {
            planDeadline: planDeadlines.get(committeeId) ?? null,
            thematic: firstMeetings.get(child.id) ?? new Map(),
            deadlines: deadlinesBelow(committeeId, year),
          })
        : countedFigures(c, year, today);
    return { id: child.id, name: child.name, kind: child.kind as 'cell' | 'committee', figures };
  });
  const totals = rollUp(
    rows.map((r) => r.figures),
    year,
  );
  // The header's due days are those of the committee's own children (its guidance, or the one above it).
  const headerDeadlines = children[0] ? deadlinesBelow(committeeId, year) : DEFAULT_REPORT_DEADLINES;
  return {
    committee: { id: committee.id, name: committee.name },
    year,
    today,
    quarters: yearQuarters(year, today, headerDeadlines),
    annualReportDueOn: totals.reports.annual.dueOn,
    rows,
    totals,
    charts: charts(totals),
  };
}

/** Every count of the dashboard per direct child: one grouped statement per source, whatever the subtree's size. */
async function countsByChild(
  db: Kysely<DB>,
  scope: store.Scope,
  deadlines: readonly store.CommitteeDeadlines[],
): Promise<(childId: string) => ChildCounts> {
  const [cells, months, held, plans, steps, tasks, reviews, reports, quality, reminders] = await Promise.all([
    store.cellCountsByChild(db, scope),
    store.monthCountsByChild(db, scope),
    store.quartersHeldByChild(db, scope),
    store.planCountsByChild(db, scope, deadlines),
    store.overdueStepsByChild(db, scope),
    store.tasksByChild(db, scope),
    store.reviewsDueByChild(db, scope),
    store.reportCountsByChild(db, scope, deadlines),
    store.qualityByChild(db, scope),
    store.lastRemindersByChild(db, scope),
  ]);
  const monthsOf = new Map<string, Map<number, MonthCounts>>();
  for (const { childId, month, ...m } of months) {
    const byMonth = monthsOf.get(childId) ?? new Map<number, MonthCounts>();
    byMonth.set(month, m);
    monthsOf.set(childId, byMonth);
  }
  const heldOf = new Map<string, Map<number, number>>();
  for (const h of held) {
    const byQuarter = heldOf.get(h.childId) ?? new Map<number, number>();
    byQuarter.set(h.quarter, h.held);
    heldOf.set(h.childId, byQuarter);
  }
  const noReports = { issued: 0, late: 0, missing: 0 };
  return (childId) => {
    const c = cells.get(childId) ?? { cells: 0, heldToMonth: [] };
    const step = steps.get(childId);
    return {
      cells: c.cells,
      heldToMonth: c.heldToMonth,
      months: monthsOf.get(childId) ?? new Map(),
      quartersHeld: heldOf.get(childId) ?? new Map(),
      quality: quality.get(childId) ?? new Map(),
      plan: plans.get(childId) ?? {
        counts: Object.fromEntries(PLAN_STATE_KEYS.map((k) => [k, 0])) as Record<PlanStateKey, number>,
        late: 0,
      },
      overdueSteps: step?.steps ?? 0,
      cellsWithOverdueSteps: step?.cells ?? 0,
      tasks: tasks.get(childId) ?? { open: 0, overdue: 0 },
      reviewsDue: reviews.get(childId) ?? 0,
      reports: reports.get(childId) ?? { quarters: new Map(), annual: noReports },
      lastReminder: reminders.get(childId) ?? null,
    };
  };
}
