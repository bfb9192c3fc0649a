/**
 * The year-end review of a cell's thematic meetings (issue 16). Seed 001: each member's participation in the
 * thematic meetings is "căn cứ để Chi bộ đánh giá, bình xét thi đua cuối năm". The cell counts its members'
 * year — only while they were expected members of this cell (membership.ts: one who transferred in or out
 * mid-year is neither credited nor charged with the other cell's meetings) — and proposes a participation level
 * from the thresholds of its nearest committee. The levels and the default thresholds are *practice* (kept as
 * data a committee changes). This is one input to the party's annual rating of members (Quy định 124-QĐ/TW: four
 * levels, decided by the competent committee), never that rating itself.
 */
import type { LocalDate } from '../dates/local-date.ts';
import type { MemberStatus } from '../members/member-status.ts';
import { isExpected, periodCovers } from '../members/membership.ts';

export const PARTICIPATION_LEVELS = ['active', 'satisfactory', 'unsatisfactory'] as const; // Tích cực / Đạt / Chưa đạt
export type ParticipationLevel = (typeof PARTICIPATION_LEVELS)[number];

export interface ParticipationThresholds {
  /** Tích cực: the least attendance (%), the most unexcused absences, the least contributions (spoke, commented
   * a draft, prepared a topic), the most assignments late. */
  active: { attendance: number; maxUnexcused: number; minContributions: number; maxLateTasks: number };
  /** Đạt: the least attendance (%), the most unexcused absences; below is Chưa đạt. */
  satisfactory: { attendance: number; maxUnexcused: number };
}

/**
 * The default (*practice*): Hướng dẫn 12-HD/BTCTW judges a meeting by attendance above 85 % and no unexcused
 * absence; the member's side of it — Tích cực from 90 % with none unexcused, some contribution and no task late;
 * Đạt from 70 % with at most two unexcused absences.
 */
export const DEFAULT_THRESHOLDS: ParticipationThresholds = {
  active: { attendance: 90, maxUnexcused: 0, minContributions: 2, maxLateTasks: 0 },
  satisfactory: { attendance: 70, maxUnexcused: 2 },
};

export interface ParticipationFigures {
  /** Ended meetings of the cell held while the person was an expected member of it (on its roll). */
  expected: number;
  attended: number;
  excused: number;
  unexcused: number;
  spoke: number;
  draftsCommented: number;
  topicsPrepared: number;
  tasksDone: number;
  /** Done after their due day, or not done and overdue. */
  tasksLate: number;
  tasksOpen: number;
}

/** Attendance as a whole percent, or null when no meeting was expected of the member. */
export function attendanceRate(f: Pick<ParticipationFigures, 'expected' | 'attended'>): number | null {
  return f.expected === 0 ? null : Math.round((f.attended / f.expected) * 100);
}

/** The proposed level; null when nothing was expected of the member this year (exempt, or no meeting held). */
export function proposeLevel(f: ParticipationFigures, t: ParticipationThresholds): ParticipationLevel | null {
  const rate = attendanceRate(f);
  if (rate === null) return null;
  const contributions = f.spoke + f.draftsCommented + f.topicsPrepared;
  if (
    rate >= t.active.attendance &&
    f.unexcused <= t.active.maxUnexcused &&
    contributions >= t.active.minContributions &&
    f.tasksLate <= t.active.maxLateTasks
  )
    return 'active';
  if (rate >= t.satisfactory.attendance && f.unexcused <= t.satisfactory.maxUnexcused) return 'satisfactory';
  return 'unsatisfactory';
}

/** What is wrong with thresholds a committee saves (field → message code); empty when they hold. */
export function thresholdIssues(t: ParticipationThresholds): Record<string, string> {
  const out: Record<string, string> = {};
  if (t.active.attendance < t.satisfactory.attendance)
    out['active.attendance'] = 'YEAR_REVIEW_THRESHOLDS_ORDER';
  if (t.active.maxUnexcused > t.satisfactory.maxUnexcused)
    out['active.maxUnexcused'] = 'YEAR_REVIEW_THRESHOLDS_ORDER';
  return out;
}

/** The thresholds a unit uses: its own, else its nearest committee's (chain: the unit first), else the default. */
export function effectiveThresholds<T extends { orgId: string }>(
  chain: readonly string[],
  rows: readonly T[],
): T | undefined {
  for (const id of chain) {
    const row = rows.find((r) => r.orgId === id);
    if (row) return row;
  }
  return undefined;
}

/**
 * The cell's assessment of a member may differ from the proposal, with the reason (the cell's committee judges;
 * the figures only propose). Returns the refusal's code, or null.
 */
export function assessmentIssue(
  proposed: ParticipationLevel | null,
  level: ParticipationLevel,
  reason: string | null,
): 'YEAR_REVIEW_REASON_REQUIRED' | null {
  return level !== proposed && !reason?.trim() ? 'YEAR_REVIEW_REASON_REQUIRED' : null;
}

export interface PeriodInCell {
  personId: string;
  status: MemberStatus;
  startedOn: LocalDate;
  endedOn: LocalDate | null;
}

export interface YearFacts {
  /** The membership periods in this cell overlapping the year. */
  periods: readonly PeriodInCell[];
  /** The roll of the cell's ended meetings of the year. */
  attendance: readonly {
    personId: string;
    heldOn: LocalDate;
    state: 'present' | 'absent_excused' | 'absent_unexcused' | string;
  }[];
  /** Speeches given at the cell's ended meetings of the year. */
  speeches: readonly { personId: string; heldOn: LocalDate }[];
  /** Per person, the topics of the cell's plan of the year they commented on, and those they prepared. */
  commented: readonly { personId: string; topicId: string }[];
  prepared: readonly { personId: string; topicId: string }[];
  /** The assignments given at the cell's meetings of the year, and where each stands. */
  tasks: readonly { ownerId: string | null; state: string; overdue: boolean; doneLate: boolean }[];
}

/**
 * Each person who was a member of the cell during the year, with their figures: a meeting counts only if held
 * while they were an expected member of this cell (official or probationary; the same rule as the scorecard
 * and the statistics, membership.ts), so a mid-year transfer splits a member's year between the two cells.
 */
export function aggregateYear(facts: YearFacts): Map<string, ParticipationFigures> {
  const out = new Map<string, ParticipationFigures>();
  const periodsOf = new Map<string, PeriodInCell[]>();
  for (const p of facts.periods) {
    periodsOf.set(p.personId, [...(periodsOf.get(p.personId) ?? []), p]);
    if (!out.has(p.personId))
      out.set(p.personId, {
        expected: 0,
        attended: 0,
        excused: 0,
        unexcused: 0,
        spoke: 0,
        draftsCommented: 0,
        topicsPrepared: 0,
        tasksDone: 0,
        tasksLate: 0,
        tasksOpen: 0,
      });
  }
  const expectedOn = (personId: string, day: LocalDate) =>
    (periodsOf.get(personId) ?? []).some((p) => periodCovers(p, day) && isExpected(p.status));
  const memberOn = (personId: string, day: LocalDate) =>
    (periodsOf.get(personId) ?? []).some((p) => periodCovers(p, day));
  for (const a of facts.attendance) {
    const f = out.get(a.personId);
    if (!f || !expectedOn(a.personId, a.heldOn)) continue;
    f.expected += 1;
    if (a.state === 'present') f.attended += 1;
    else if (a.state === 'absent_excused') f.excused += 1;
    else if (a.state === 'absent_unexcused') f.unexcused += 1;
  }
  for (const s of facts.speeches) {
    const f = out.get(s.personId);
    if (f && memberOn(s.personId, s.heldOn)) f.spoke += 1;
  }
  const distinct = (rows: readonly { personId: string; topicId: string }[]) => {
    const m = new Map<string, Set<string>>();
    for (const r of rows) m.set(r.personId, (m.get(r.personId) ?? new Set()).add(r.topicId));
    return m;
  };
  for (const [personId, topics] of distinct(facts.commented)) {
    const f = out.get(personId);
    if (f) f.draftsCommented = topics.size;
  }
  for (const [personId, topics] of distinct(facts.prepared)) {
    const f = out.get(personId);
    if (f) f.topicsPrepared = topics.size;
  }
  for (const t of facts.tasks) {
    const f = t.ownerId ? out.get(t.ownerId) : undefined;
    if (!f) continue;
    if (t.state === 'done') f.tasksDone += 1;
    else f.tasksOpen += 1;
    if (t.doneLate || (t.state !== 'done' && t.overdue)) f.tasksLate += 1;
  }
  return out;
}

/** The cell's year per quarter: thematic and regular meetings held, and the quality level of its meetings. */
export function quartersOfYear(
  monthly: readonly { month: number; thematic: number; regular: number }[],
  quality: Partial<Record<1 | 2 | 3 | 4, { level: string; confirmed: boolean }>>,
) {
  return ([1, 2, 3, 4] as const).map((quarter) => {
    const months = monthly.filter((m) => Math.ceil(m.month / 3) === quarter);
    return {
      quarter,
      thematic: months.reduce((a, m) => a + m.thematic, 0),
      regular: months.reduce((a, m) => a + m.regular, 0),
      quality: quality[quarter] ?? null,
    };
  });
}
