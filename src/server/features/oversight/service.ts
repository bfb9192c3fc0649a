import type { Kysely } from 'kysely';
import { committeeDeadlines } from '#db/committee-rollups.ts';
import {
  dueCountsByChild,
  lastRemindersByChild,
  monthCountsByChild,
  qualityCountsByChild,
  rollupScope,
  yearCountsByChild,
} from '#db/rollups-under.ts';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { type LocalDate, todayInVietnam, vietnamDayEnd } from '#domain/dates/local-date.ts';
import { DEFAULT_REPORT_DEADLINES } from '#domain/documents/report-deadlines.ts';
import {
  type ChildCounts,
  charts,
  countedFigures,
  type Figures,
  type MonthCounts,
  PLAN_STATE_KEYS,
  type PlanStateKey,
  QUARTERS,
  rollUp,
  type ThematicMeeting,
  yearQuarters,
} from '#domain/oversight/figures.ts';
import { QUALITY_LEVELS, type QualityLevel } from '#domain/quality/rubric.ts';
import { authorize } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import { firstThematicMeetingsOfChildCells } from '../meetings/index.ts';
import { getUnit, listOversightChildren } from '../orgs/index.ts';
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
  const [children, ownDeadlines, thematic] = await Promise.all([
    listOversightChildren(db, committeeId),
    // The deadlines the committee's own cells work under: its guidance, or the nearest above it.
    committeeDeadlines(db, [committeeId], [year]),
    firstThematicMeetingsOfChildCells(db, committeeId, year),
  ]);
  const own = ownDeadlines(committeeId, year);
  const deadlines: store.CommitteeDeadlines = {
    committee_id: committeeId,
    plan_deadline: own.plan,
    plan_held_before: own.plan === null ? null : vietnamDayEnd(own.plan),
    q1: own.due(1),
    q2: own.due(2),
    q3: own.due(3),
    q4: own.due(4),
    annual: own.due(null),
  };
  const counts = await countsByChild(db, scope, deadlines, children);
  const firstMeetings = new Map<string, Map<number, ThematicMeeting>>();
  for (const t of thematic) {
    const byQuarter = firstMeetings.get(t.cellId) ?? new Map<number, ThematicMeeting>();
    byQuarter.set(t.quarter, { meetingId: t.meetingId, heldOn: t.heldOn, topicTitle: t.topicTitle });
    firstMeetings.set(t.cellId, byQuarter);
  }
  const rows = children.map((child) => {
    const c = counts(child);
    const figures =
      child.kind === 'cell'
        ? countedFigures(c, year, today, {
            planDeadline: own.plan,
            thematic: firstMeetings.get(child.id) ?? new Map(),
            deadlines: own.reports,
          })
        : countedFigures(c, year, today);
    return { id: child.id, name: child.name, kind: child.kind as 'cell' | 'committee', figures };
  });
  const totals = rollUp(
    rows.map((r) => r.figures),
    year,
  );
  // The header's due days are those of the committee's own children (its guidance, or the one above it).
  const headerDeadlines = children[0] ? own.reports : DEFAULT_REPORT_DEADLINES;
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

/**
 * Every count of the dashboard per direct child: the cells right under the committee from their own summaries (one
 * grouped statement per source), the committees from their roll-ups (db/rollups-under.ts) — whatever the number of
 * cells below, the work grows with the committees.
 */
async function countsByChild(
  db: Kysely<DB>,
  scope: store.Scope,
  deadlines: store.CommitteeDeadlines,
  children: readonly { id: string; kind: string }[],
): Promise<(child: { id: string; kind: string }) => ChildCounts> {
  const [ofCells, ofCommittees] = await Promise.all([
    children.some((c) => c.kind === 'cell') ? countsOfCells(db, scope, deadlines) : undefined,
    children.some((c) => c.kind !== 'cell') ? countsOfCommittees(db, scope) : undefined,
  ]);
  return (child) => ((child.kind === 'cell' ? ofCells : ofCommittees) ?? noCounts)(child.id);
}

const noCounts = (): ChildCounts => ({
  cells: 0,
  heldToMonth: [],
  months: new Map(),
  quartersHeld: new Map(),
  quality: new Map(),
  plan: { counts: planCounts({}), late: 0 },
  overdueSteps: 0,
  cellsWithOverdueSteps: 0,
  tasks: { open: 0, overdue: 0 },
  reviewsDue: 0,
  reports: { quarters: new Map(), annual: { issued: 0, late: 0, missing: 0 } },
  lastReminder: null,
});

const planCounts = (counts: Partial<Record<PlanStateKey, number>>) =>
  Object.fromEntries(PLAN_STATE_KEYS.map((k) => [k, counts[k] ?? 0])) as Record<PlanStateKey, number>;

/** Rows (child, key, …) into a map of maps. */
function byChild<T extends { childId: string }, K, V>(
  rows: readonly T[],
  key: (r: T) => K,
  value: (r: T) => V,
) {
  const out = new Map<string, Map<K, V>>();
  for (const r of rows) {
    const inner = out.get(r.childId) ?? new Map<K, V>();
    inner.set(key(r), value(r));
    out.set(r.childId, inner);
  }
  return out;
}

/** The committees under the committee: their roll-ups added up per child (db/rollups-under.ts). */
async function countsOfCommittees(
  db: Kysely<DB>,
  scope: store.Scope,
): Promise<(childId: string) => ChildCounts> {
  const s = await rollupScope(db, scope.committeeId, scope.year, scope.today);
  const [years, months, due, quality, reminders] = await Promise.all([
    yearCountsByChild(db, s),
    monthCountsByChild(db, s),
    dueCountsByChild(db, s),
    qualityCountsByChild(db, s),
    lastRemindersByChild(db, s),
  ]);
  const monthsOf = byChild(
    months,
    (m) => m.month,
    ({ childId: _, month: __, ...m }): MonthCounts => m,
  );
  const levels = new Map<string, Map<number, { levels: Record<QualityLevel, number>; confirmed: number }>>();
  for (const q of quality) {
    const byQuarter = levels.get(q.childId) ?? new Map();
    levels.set(q.childId, byQuarter);
    const quarter = byQuarter.get(q.quarter) ?? {
      levels: Object.fromEntries(QUALITY_LEVELS.map((l) => [l, 0])) as Record<QualityLevel, number>,
      confirmed: 0,
    };
    byQuarter.set(q.quarter, quarter);
    quarter.levels[q.level as QualityLevel] += q.cells;
    quarter.confirmed += q.confirmed;
  }
  return (childId) => {
    const y = years.get(childId);
    if (!y) return noCounts();
    const d = due.get(childId);
    const stated = Object.values(y.plans).reduce((a, b) => a + b, 0);
    const period = (q: number | null) => y.periods.get(q) ?? { issued: 0, late: 0, missing: 0 };
    return {
      cells: y.cells,
      heldToMonth: y.heldToMonth,
      months: monthsOf.get(childId) ?? new Map(),
      quartersHeld: y.quartersHeld,
      quality: levels.get(childId) ?? new Map(),
      plan: { counts: planCounts({ ...y.plans, none: y.cells - stated }), late: y.lateHeld },
      overdueSteps: d?.overdueSteps ?? 0,
      cellsWithOverdueSteps: d?.cellsWithOverdueSteps ?? 0,
      tasks: d?.tasks ?? { open: 0, overdue: 0 },
      reviewsDue: d?.reviewsDue ?? 0,
      reports: { quarters: new Map(QUARTERS.map((q) => [q, period(q)] as const)), annual: period(null) },
      lastReminder: reminders.get(childId) ?? null,
    };
  };
}

/** The cells right under the committee: one grouped statement per source (oversight/store.ts). */
async function countsOfCells(
  db: Kysely<DB>,
  scope: store.Scope,
  deadlines: store.CommitteeDeadlines,
): Promise<(childId: string) => ChildCounts> {
  const [cells, months, held, plans, steps, tasks, reviews, reports, quality, reminders] = await Promise.all([
    store.cellCountsByChild(db, scope),
    store.monthCountsByChild(db, scope),
    store.quartersHeldByChild(db, scope),
    store.planCountsByChild(db, scope, [deadlines]),
    store.overdueStepsByChild(db, scope),
    store.tasksByChild(db, scope),
    store.reviewsDueByChild(db, scope),
    store.reportCountsByChild(db, scope, [deadlines]),
    store.qualityByChild(db, scope),
    store.lastRemindersByChild(db, scope),
  ]);
  const monthsOf = byChild(
    months,
    (m) => m.month,
    ({ childId: _, month: __, ...m }): MonthCounts => m,
  );
  const heldOf = byChild(
    held,
    (h) => h.quarter,
    (h) => h.held,
  );
  return (childId) => {
    const c = cells.get(childId);
    if (!c) return noCounts();
    const step = steps.get(childId);
    return {
      ...noCounts(),
      cells: c.cells,
      heldToMonth: c.heldToMonth,
      months: monthsOf.get(childId) ?? new Map(),
      quartersHeld: heldOf.get(childId) ?? new Map(),
      quality: quality.get(childId) ?? new Map(),
      plan: plans.get(childId) ?? { counts: planCounts({}), late: 0 },
      overdueSteps: step?.steps ?? 0,
      cellsWithOverdueSteps: step?.cells ?? 0,
      tasks: tasks.get(childId) ?? { open: 0, overdue: 0 },
      reviewsDue: reviews.get(childId) ?? 0,
      reports: reports.get(childId) ?? noCounts().reports,
      lastReminder: reminders.get(childId) ?? null,
    };
  };
}
