import type { LocalDate } from '../dates/local-date.ts';
import {
  DEFAULT_REPORT_DEADLINES,
  isReportLate,
  owesPeriodReport,
  periodReportDueOn,
  type ReportDeadlines,
} from '../documents/report-deadlines.ts';
import { HO_CHI_MINH_MIN_MINUTES } from '../meetings/timing.ts';
import type { PlanStatus } from '../plans/plan-status.ts';
import { QUALITY_LEVELS, type QualityLevel } from '../quality/rubric.ts';

/**
 * The committee's oversight of its cells for a year (issue 15). Seed 000: the cells work "dưới sự giám sát, chỉ
 * đạo của cấp trên"; seed 002: the committee "thường xuyên kiểm tra, nhắc nhở các chi bộ". The database gives one
 * set of facts per cell (aggregated there); these rules turn them into a cell's figures and add the figures of
 * cells up into a committee's, whatever the depth of the tree.
 */

export const QUARTERS = [1, 2, 3, 4] as const;
export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** A cell's plan for the year as the overview counts it: none yet, or its status. */
export const PLAN_STATE_KEYS = ['none', 'draft', 'adopted', 'submitted', 'returned', 'acknowledged'] as const;
export type PlanStateKey = (typeof PLAN_STATE_KEYS)[number];

const pad = (n: number) => String(n).padStart(2, '0');
export const quarterOfMonth = (month: number) => Math.ceil(month / 3);
export const quarterStart = (year: number, q: number): LocalDate => `${year}-${pad(q * 3 - 2)}-01`;
export const quarterEnd = (year: number, q: number): LocalDate => lastDayOf(year, q * 3);
export const monthStart = (year: number, month: number): LocalDate => `${year}-${pad(month)}-01`;

function lastDayOf(year: number, month: number): LocalDate {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** A quarter has ended once its last day is over (by today in Việt Nam). */
export const isQuarterEnded = (year: number, q: number, today: LocalDate) => today > quarterEnd(year, q);
export const isMonthEnded = (year: number, month: number, today: LocalDate) => today > lastDayOf(year, month);

/**
 * Whether a cell is held to a period (*practice*): a cell counts only from its creation. Seed 000 spreads the
 * preparation of a quarter's topic over its three months (outline and draft 1 in the first month, the meeting
 * in the third), so a cell is expected to hold a quarter's thematic meeting, and to report on the quarter, only
 * if it existed on the quarter's first day; a month's regular meeting, if it existed on the month's first day;
 * the annual report, if it existed when the annual report opens (1 December, documents/issuing.ts).
 */
export const countsFrom = (createdOn: LocalDate, periodStart: LocalDate) => createdOn <= periodStart;

export interface ThematicMeeting {
  meetingId: string;
  heldOn: LocalDate;
  topicTitle: string | null;
}

/** What the database says of one cell for the year, all aggregated in SQL. */
export interface CellFacts {
  cellId: string;
  /** The day the cell was created (Việt Nam). */
  createdOn: LocalDate;
  /** Per month (1–12): ended meetings of the cell that month. */
  months: ReadonlyMap<number, MonthFacts>;
  /** Per quarter: the first ended thematic or combined meeting (only asked for the cells shown as rows). */
  thematic?: ReadonlyMap<number, ThematicMeeting>;
  /** Per quarter: the quality level of its thematic meeting, confirmed by the committee or only proposed. */
  quality?: Partial<Record<number, QuarterQuality>>;
  plan: { status: PlanStatus | null; deadline: LocalDate | null; late: boolean };
  overdueSteps: number;
  tasks: { open: number; overdue: number };
  reviewsDue: number;
  /** The day each period report was issued: quarters 1–4, then the year. */
  reports: { quarters: ReadonlyMap<number, LocalDate>; annual: LocalDate | null };
  lastReminder: Reminder | null;
  /** The cell's report deadlines (the guidance's own, once it sets them); the defaults otherwise. */
  deadlines?: ReportDeadlines;
}

export interface MonthFacts {
  /** Ended thematic or combined meetings. */
  thematic: number;
  /** Ended regular or combined meetings: the monthly meeting (monthly.ts). */
  regular: number;
  /** Recorded Hồ Chí Minh study minutes, summed, and the meetings that recorded them. */
  studyMinutes: number;
  studyMeetings: number;
  /** Meetings whose recorded study fell under the 30 minutes of seed 002. */
  studyShort: number;
  /** Attendance of the ended meetings, counted as the meetings' statistics count it. */
  present: number;
  expected: number;
}

export interface Reminder {
  sentAt: string;
  sentByName: string | null;
  message: string;
}

export interface QuarterFigures {
  quarter: number;
  /** Cells held to the quarter (existing on its first day). */
  expected: number;
  /** Of those, cells that held an ended thematic or combined meeting in it. */
  held: number;
  /** Cells that held none in a quarter that has ended. */
  missed: number;
  /** A cell row's meeting of the quarter (the first held); null for committees. */
  meeting: ThematicMeeting | null;
  /** A cell row's quality level of the quarter (quality/rubric.ts); null for committees or none scored. */
  quality: QuarterQuality | null;
  /** Cells by the quarter's quality level (confirmed, else proposed): a committee's spread of levels. */
  levels: Record<QualityLevel, number>;
}

export interface QuarterQuality {
  level: QualityLevel;
  /** Confirmed by the committee above, else only proposed by the cell. */
  confirmed: boolean;
}

const noLevels = (): Record<QualityLevel, number> =>
  Object.fromEntries(QUALITY_LEVELS.map((l) => [l, 0])) as Record<QualityLevel, number>;

export interface MonthFigures {
  month: number;
  /** Cells held to the month (existing on its first day). */
  expected: number;
  /** Regular (or combined) meetings held. */
  regularHeld: number;
  /** Cells that held at least one. */
  cellsHeld: number;
  studyMinutes: number;
  studyMeetings: number;
  /** Cells with a meeting whose Hồ Chí Minh study was under 30 minutes (seed 002). */
  cellsBelowStudyMinimum: number;
  attendance: Attendance;
}

export interface Attendance {
  present: number;
  expected: number;
  /** present / expected, or null with nobody expected. */
  rate: number | null;
}

export interface ReportFigures {
  dueOn: LocalDate;
  issued: number;
  /** Issued after the due day, or not issued with the day passed (report-deadlines.ts). */
  late: number;
  /** Not issued and the due day passed. */
  missing: number;
}

export interface Figures {
  cells: number;
  quarters: QuarterFigures[];
  months: MonthFigures[];
  plan: {
    /** A cell's own plan state; null for committees. */
    status: PlanStateKey | null;
    /** A cell's plan deadline; null for committees. */
    deadline: LocalDate | null;
    counts: Record<PlanStateKey, number>;
    /** Cells whose plan was sent late, or is still not sent with the deadline passed. */
    late: number;
  };
  overdueSteps: number;
  cellsWithOverdueSteps: number;
  attendance: Attendance;
  tasks: { open: number; overdue: number };
  reviewsDue: number;
  reports: { quarters: (ReportFigures & { quarter: number })[]; annual: ReportFigures };
  lastReminder: Reminder | null;
}

const EMPTY_MONTH: MonthFacts = {
  thematic: 0,
  regular: 0,
  studyMinutes: 0,
  studyMeetings: 0,
  studyShort: 0,
  present: 0,
  expected: 0,
};

export const rate = (present: number, expected: number): number | null =>
  expected > 0 ? Math.round((present / expected) * 1000) / 1000 : null;

const countOf = (yes: boolean) => (yes ? 1 : 0);

function reportFigures(dueOn: LocalDate, held: boolean, issuedOn: LocalDate | null, today: LocalDate) {
  if (!held) return { dueOn, issued: 0, late: 0, missing: 0 };
  return {
    dueOn,
    issued: countOf(issuedOn !== null),
    late: countOf(isReportLate(dueOn, issuedOn, today)),
    missing: countOf(issuedOn === null && today > dueOn),
  };
}

/** One cell's figures for the year. */
export function cellFigures(facts: CellFacts, year: number, today: LocalDate): Figures {
  const deadlines = facts.deadlines ?? DEFAULT_REPORT_DEADLINES;
  const month = (m: number) => facts.months.get(m) ?? EMPTY_MONTH;
  const quarters = QUARTERS.map((q) => {
    const expected = countsFrom(facts.createdOn, quarterStart(year, q));
    const held = [q * 3 - 2, q * 3 - 1, q * 3].some((m) => month(m).thematic > 0);
    return {
      quarter: q,
      expected: countOf(expected),
      held: countOf(expected && held),
      missed: countOf(expected && !held && isQuarterEnded(year, q, today)),
      meeting: facts.thematic?.get(q) ?? null,
      quality: facts.quality?.[q] ?? null,
      levels: levelCount(facts.quality?.[q]),
    };
  });
  const months = MONTHS.map((m) => {
    const f = month(m);
    return {
      month: m,
      expected: countOf(countsFrom(facts.createdOn, monthStart(year, m))),
      regularHeld: f.regular,
      cellsHeld: countOf(f.regular > 0),
      studyMinutes: f.studyMinutes,
      studyMeetings: f.studyMeetings,
      cellsBelowStudyMinimum: countOf(f.studyShort > 0),
      attendance: { present: f.present, expected: f.expected, rate: rate(f.present, f.expected) },
    };
  });
  const present = months.reduce((s, m) => s + m.attendance.present, 0);
  const expected = months.reduce((s, m) => s + m.attendance.expected, 0);
  const status: PlanStateKey = facts.plan.status ?? 'none';
  const annualDue = periodReportDueOn(year, null, deadlines);
  return {
    cells: 1,
    quarters,
    months,
    plan: {
      status,
      deadline: facts.plan.deadline,
      counts: { ...zeroCounts(), [status]: 1 },
      late: countOf(facts.plan.late),
    },
    overdueSteps: facts.overdueSteps,
    cellsWithOverdueSteps: countOf(facts.overdueSteps > 0),
    attendance: { present, expected, rate: rate(present, expected) },
    tasks: { ...facts.tasks },
    reviewsDue: facts.reviewsDue,
    reports: {
      quarters: QUARTERS.map((q) => ({
        quarter: q,
        ...reportFigures(
          periodReportDueOn(year, q, deadlines),
          owesPeriodReport(facts.createdOn, year, q),
          facts.reports.quarters.get(q) ?? null,
          today,
        ),
      })),
      annual: reportFigures(
        annualDue,
        owesPeriodReport(facts.createdOn, year, null),
        facts.reports.annual,
        today,
      ),
    },
    lastReminder: facts.lastReminder,
  };
}

function levelCount(quality: QuarterQuality | undefined) {
  const levels = noLevels();
  if (quality) levels[quality.level] = 1;
  return levels;
}

const zeroCounts = (): Record<PlanStateKey, number> =>
  Object.fromEntries(PLAN_STATE_KEYS.map((k) => [k, 0])) as Record<PlanStateKey, number>;

/** The figures of no cell: a committee with no cell under it. */
export function emptyFigures(year: number): Figures {
  const facts: CellFacts = {
    cellId: '',
    createdOn: `${year + 1}-01-01`,
    months: new Map(),
    plan: { status: null, deadline: null, late: false },
    overdueSteps: 0,
    tasks: { open: 0, overdue: 0 },
    reviewsDue: 0,
    reports: { quarters: new Map(), annual: null },
    lastReminder: null,
  };
  const f = cellFigures(facts, year, `${year}-01-01`);
  return { ...f, cells: 0, plan: { status: null, deadline: null, counts: zeroCounts(), late: 0 } };
}

/**
 * A committee's figures: the sum of its cells'. Counts add up; rates are recomputed from the sums (never
 * averaged); a committee shows no single meeting nor plan status, and its latest reminder is the latest sent
 * to any of its cells.
 */
export function rollUp(parts: readonly Figures[], year: number): Figures {
  const total = emptyFigures(year);
  for (const p of parts) {
    total.cells += p.cells;
    total.quarters.forEach((q, i) => {
      const o = p.quarters[i];
      if (!o) return;
      q.expected += o.expected;
      q.held += o.held;
      q.missed += o.missed;
      for (const l of QUALITY_LEVELS) q.levels[l] += o.levels[l];
    });
    total.months.forEach((m, i) => {
      const o = p.months[i];
      if (!o) return;
      m.expected += o.expected;
      m.regularHeld += o.regularHeld;
      m.cellsHeld += o.cellsHeld;
      m.studyMinutes += o.studyMinutes;
      m.studyMeetings += o.studyMeetings;
      m.cellsBelowStudyMinimum += o.cellsBelowStudyMinimum;
      m.attendance.present += o.attendance.present;
      m.attendance.expected += o.attendance.expected;
    });
    for (const k of PLAN_STATE_KEYS) total.plan.counts[k] += p.plan.counts[k];
    total.plan.late += p.plan.late;
    total.overdueSteps += p.overdueSteps;
    total.cellsWithOverdueSteps += p.cellsWithOverdueSteps;
    total.attendance.present += p.attendance.present;
    total.attendance.expected += p.attendance.expected;
    total.tasks.open += p.tasks.open;
    total.tasks.overdue += p.tasks.overdue;
    total.reviewsDue += p.reviewsDue;
    total.reports.quarters.forEach((r, i) => {
      addReport(r, p.reports.quarters[i]);
    });
    addReport(total.reports.annual, p.reports.annual);
    if (p.lastReminder && (!total.lastReminder || p.lastReminder.sentAt > total.lastReminder.sentAt))
      total.lastReminder = p.lastReminder;
  }
  for (const m of total.months) m.attendance.rate = rate(m.attendance.present, m.attendance.expected);
  total.attendance.rate = rate(total.attendance.present, total.attendance.expected);
  return total;
}

function addReport(into: ReportFigures, from: ReportFigures | undefined) {
  if (!from) return;
  into.issued += from.issued;
  into.late += from.late;
  into.missing += from.missing;
}

/**
 * What the database counts of the cells under one row of the dashboard — a cell, or a child committee's whole
 * subtree — already summed in SQL (issue 20: a national roll-up cannot bring 250,000 cells' facts to JavaScript).
 * Each count is `cellFigures`' judgement of one cell added up over the row's cells: `expected` months and quarters
 * by `countsFrom`, reports owed by `owesPeriodReport`, lateness by `isReportLate` and the plan's deadline; the
 * equality with `rollUp(cellFigures(…))` is tested on random data (tests/api/oversight-rollup.test.ts).
 */
export interface ChildCounts {
  /** Cells that existed in the year (created by its last day). */
  cells: number;
  /** Per month 1–12 (index 0–11): cells held to it, existing on its first day. */
  heldToMonth: readonly number[];
  months: ReadonlyMap<number, MonthCounts>;
  /** Per quarter: cells held to it that held an ended thematic or combined meeting in it. */
  quartersHeld: ReadonlyMap<number, number>;
  /** Per quarter: cells by quality level (confirmed, else proposed), and how many of those were confirmed. */
  quality: ReadonlyMap<number, { levels: Record<QualityLevel, number>; confirmed: number }>;
  plan: { counts: Record<PlanStateKey, number>; late: number };
  overdueSteps: number;
  cellsWithOverdueSteps: number;
  tasks: { open: number; overdue: number };
  reviewsDue: number;
  /** Quarters 1–4 and the year: cells owing the report that issued it, issued or are late, or are missing it. */
  reports: { quarters: ReadonlyMap<number, ReportCounts>; annual: ReportCounts };
  lastReminder: Reminder | null;
}

export interface MonthCounts {
  regularHeld: number;
  cellsHeld: number;
  studyMinutes: number;
  studyMeetings: number;
  cellsBelowStudyMinimum: number;
  present: number;
  expected: number;
}

export interface ReportCounts {
  issued: number;
  late: number;
  missing: number;
}

/** What only a cell's own row shows: its plan deadline, its meeting of each quarter, its report deadlines. */
export interface CellRowDetail {
  planDeadline: LocalDate | null;
  thematic: ReadonlyMap<number, ThematicMeeting>;
  deadlines: ReportDeadlines;
}

const NO_REPORTS: ReportCounts = { issued: 0, late: 0, missing: 0 };

/**
 * A dashboard row's figures from its counts: a child committee's (`cell` undefined; its report due days the
 * defaults, as a roll-up shows them), or a cell's own (`cell` given: its plan state, deadline, meetings and
 * quality of each quarter, its own report due days).
 */
export function countedFigures(
  counts: ChildCounts,
  year: number,
  today: LocalDate,
  cell?: CellRowDetail,
): Figures {
  if (counts.cells === 0) return emptyFigures(year);
  const deadlines = cell?.deadlines ?? DEFAULT_REPORT_DEADLINES;
  const quarters = QUARTERS.map((q) => {
    const expected = counts.heldToMonth[q * 3 - 3] ?? 0;
    const held = counts.quartersHeld.get(q) ?? 0;
    const quality = counts.quality.get(q);
    const level = quality ? QUALITY_LEVELS.find((l) => quality.levels[l] > 0) : undefined;
    return {
      quarter: q,
      expected,
      held,
      missed: isQuarterEnded(year, q, today) ? expected - held : 0,
      meeting: cell?.thematic.get(q) ?? null,
      quality: cell && quality && level ? { level, confirmed: quality.confirmed > 0 } : null,
      levels: { ...noLevels(), ...quality?.levels },
    };
  });
  const months = MONTHS.map((m) => {
    const f = counts.months.get(m);
    return {
      month: m,
      expected: counts.heldToMonth[m - 1] ?? 0,
      regularHeld: f?.regularHeld ?? 0,
      cellsHeld: f?.cellsHeld ?? 0,
      studyMinutes: f?.studyMinutes ?? 0,
      studyMeetings: f?.studyMeetings ?? 0,
      cellsBelowStudyMinimum: f?.cellsBelowStudyMinimum ?? 0,
      attendance: {
        present: f?.present ?? 0,
        expected: f?.expected ?? 0,
        rate: rate(f?.present ?? 0, f?.expected ?? 0),
      },
    };
  });
  const present = months.reduce((s, m) => s + m.attendance.present, 0);
  const expected = months.reduce((s, m) => s + m.attendance.expected, 0);
  const report = (q: number | null) => ({
    dueOn: periodReportDueOn(year, q, deadlines),
    ...(q === null ? counts.reports.annual : (counts.reports.quarters.get(q) ?? NO_REPORTS)),
  });
  const status = cell ? (PLAN_STATE_KEYS.find((k) => counts.plan.counts[k] > 0) ?? 'none') : null;
  return {
    cells: counts.cells,
    quarters,
    months,
    plan: {
      status,
      deadline: cell?.planDeadline ?? null,
      counts: { ...counts.plan.counts },
      late: counts.plan.late,
    },
    overdueSteps: counts.overdueSteps,
    cellsWithOverdueSteps: counts.cellsWithOverdueSteps,
    attendance: { present, expected, rate: rate(present, expected) },
    tasks: { ...counts.tasks },
    reviewsDue: counts.reviewsDue,
    reports: { quarters: QUARTERS.map((q) => ({ quarter: q, ...report(q) })), annual: report(null) },
    lastReminder: counts.lastReminder,
  };
}

/** The quarters of the year: ended or not by today, and the quarterly report's due day. */
export function yearQuarters(year: number, today: LocalDate, deadlines = DEFAULT_REPORT_DEADLINES) {
  return QUARTERS.map((q) => ({
    quarter: q,
    startsOn: quarterStart(year, q),
    endsOn: quarterEnd(year, q),
    ended: isQuarterEnded(year, q, today),
    reportDueOn: periodReportDueOn(year, q, deadlines),
  }));
}

/** The charts of the dashboard, from the subtree's totals. */
export function charts(totals: Figures) {
  return {
    thematicShare: totals.quarters.map((q) => ({
      quarter: q.quarter,
      held: q.held,
      expected: q.expected,
      share: rate(q.held, q.expected),
    })),
    attendance: totals.months.map((m) => ({ month: m.month, ...m.attendance })),
    planStatus: PLAN_STATE_KEYS.map((status) => ({ status, count: totals.plan.counts[status] })),
  };
}

/**
 * Seed 002: "dành thời gian ít nhất 30 phút" of every cell meeting for the Hồ Chí Minh study — the floor the
 * store counts short meetings against.
 */
export const STUDY_MINIMUM_MINUTES = HO_CHI_MINH_MIN_MINUTES;
