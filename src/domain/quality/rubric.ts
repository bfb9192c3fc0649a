/**
 * The quality of a cell's meeting, scored against a rubric (issue 16). Seed 004 asks the committees for
 * "tiêu chí đánh giá chất lượng sinh hoạt chi bộ"; seed 001 has the secretary evaluate each meeting. The
 * criteria and their points below are *practice* (the public rubrics committees publish: attendance, preparation,
 * study, discussion, conclusion, minutes), kept as data so each committee may change the points and thresholds.
 */

export const QUALITY_CRITERIA = [
  'attendance',
  'no_unexcused_absence',
  'draft_in_time',
  'study_time',
  'members_spoke',
  'conclusion_and_tasks',
  'previous_tasks_checked',
  'minutes_signed',
  'evaluation_written',
  'discussion_quality',
] as const;
export type QualityCriterion = (typeof QUALITY_CRITERIA)[number];

/** Who fills a criterion: the system from the meeting's record, or the secretary's judgement. */
export type CriterionSource = 'auto' | 'manual';
export const CRITERION_SOURCE: Record<QualityCriterion, CriterionSource> = {
  attendance: 'auto',
  no_unexcused_absence: 'auto',
  draft_in_time: 'auto',
  study_time: 'auto',
  members_spoke: 'auto',
  conclusion_and_tasks: 'auto',
  previous_tasks_checked: 'auto',
  minutes_signed: 'auto',
  evaluation_written: 'auto',
  // Practice: how well members discussed the topic only the people in the room can judge.
  discussion_quality: 'manual',
};

export const QUALITY_LEVELS = ['good', 'fair', 'average', 'poor'] as const; // Tốt / Khá / Trung bình / Kém
export type QualityLevel = (typeof QUALITY_LEVELS)[number];
export const isQualityLevel = (v: unknown): v is QualityLevel =>
  typeof v === 'string' && (QUALITY_LEVELS as readonly string[]).includes(v);

export interface Rubric {
  /** The most points each criterion gives. */
  points: Record<QualityCriterion, number>;
  /** The least share (percent of the points that apply) for Tốt, Khá, Trung bình; below is Kém. */
  thresholds: { good: number; fair: number; average: number };
}

/** The default rubric (practice: public rubrics score out of 100, Tốt from 90, Khá from 75, Trung bình from 50). */
export const DEFAULT_RUBRIC: Rubric = {
  points: {
    attendance: 15,
    no_unexcused_absence: 10,
    draft_in_time: 10,
    study_time: 10,
    members_spoke: 10,
    conclusion_and_tasks: 10,
    previous_tasks_checked: 10,
    minutes_signed: 10,
    evaluation_written: 5,
    discussion_quality: 10,
  },
  thresholds: { good: 90, fair: 75, average: 50 },
};

/** Attendance tiers (practice): from 90 % present full points, from 80 % two thirds, from 70 % one third. */
export const ATTENDANCE_TIERS = [
  { minRate: 0.9, share: 1 },
  { minRate: 0.8, share: 2 / 3 },
  { minRate: 0.7, share: 1 / 3 },
] as const;
/** Seed 002: the Hồ Chí Minh study takes at least 30 minutes at a regular (or combined) meeting. */
export const STUDY_MIN_MINUTES = 30;
/** Practice: at least three members spoke for full points, one or two for half. */
export const SPEAKERS_FOR_FULL = 3;

export type MeetingKind = 'thematic' | 'regular' | 'combined';

/** What the meeting's record says (filled by the server from the meetings feature). */
export interface QualityFacts {
  kind: MeetingKind;
  /** Present over expected, null when nobody was expected. */
  attendanceRate: number | null;
  unexcusedAbsences: number;
  /** The topic's draft reached members (seed 000), and at least the cell's draft lead days before the meeting. */
  draftDistributed: boolean;
  draftInTime: boolean;
  /** Minutes of the Hồ Chí Minh study recorded (null when not recorded). */
  studyMinutes: number | null;
  /** Distinct members who spoke. */
  speakers: number;
  conclusionRecorded: boolean;
  tasksRecorded: number;
  /** Earlier tasks due to be checked at this meeting, and how many were checked. */
  previousTasks: number;
  previousTasksChecked: number;
  minutesSigned: boolean;
  evaluationWritten: boolean;
}

/** A criterion that does not apply to the meeting's kind counts neither for nor against it. */
export function isApplicable(criterion: QualityCriterion, kind: MeetingKind): boolean {
  // Seed 000: a thematic topic has a draft sent to members beforehand; a regular meeting has none.
  if (criterion === 'draft_in_time') return kind !== 'regular';
  // Seed 002: the study belongs to the regular (or combined) meeting.
  if (criterion === 'study_time') return kind !== 'thematic';
  return true;
}

/** The share (0..1) of a criterion's points the facts earn; null for a manual criterion. */
export function autoShare(criterion: QualityCriterion, f: QualityFacts): number | null {
  switch (criterion) {
    case 'attendance': {
      if (f.attendanceRate === null) return 0;
      const rate = f.attendanceRate;
      return ATTENDANCE_TIERS.find((t) => rate >= t.minRate)?.share ?? 0;
    }
    case 'no_unexcused_absence':
      return f.unexcusedAbsences === 0 ? 1 : 0;
    case 'draft_in_time':
      if (!f.draftDistributed) return 0;
      return f.draftInTime ? 1 : 0.5;
    case 'study_time':
      return f.studyMinutes !== null && f.studyMinutes >= STUDY_MIN_MINUTES ? 1 : 0;
    case 'members_spoke':
      if (f.speakers >= SPEAKERS_FOR_FULL) return 1;
      return f.speakers > 0 ? 0.5 : 0;
    case 'conclusion_and_tasks':
      return (f.conclusionRecorded ? 0.5 : 0) + (f.tasksRecorded > 0 ? 0.5 : 0);
    case 'previous_tasks_checked':
      // Nothing was due to be checked: nothing was left unchecked.
      return f.previousTasks === 0 ? 1 : f.previousTasksChecked / f.previousTasks;
    case 'minutes_signed':
      return f.minutesSigned ? 1 : 0;
    case 'evaluation_written':
      return f.evaluationWritten ? 1 : 0;
    case 'discussion_quality':
      return null;
  }
}

export interface CriterionScore {
  criterion: QualityCriterion;
  source: CriterionSource;
  applicable: boolean;
  max: number;
  /** What the facts give (auto criteria), null for a manual one or one that does not apply. */
  auto: number | null;
  points: number;
  /** Why the committee changed the points (an adjustment), else null. */
  reason: string | null;
}
export interface MeetingScore {
  criteria: CriterionScore[];
  total: number;
  max: number;
  percent: number;
  level: QualityLevel;
}

export interface ScoreInput {
  /** Points the secretary gives the manual criteria (missing: 0). */
  manual?: Partial<Record<QualityCriterion, number>>;
  /** The committee's changes, each with its reason. */
  adjustments?: Partial<Record<QualityCriterion, { points: number; reason: string }>>;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function levelOf(rubric: Rubric, percent: number): QualityLevel {
  if (percent >= rubric.thresholds.good) return 'good';
  if (percent >= rubric.thresholds.fair) return 'fair';
  if (percent >= rubric.thresholds.average) return 'average';
  return 'poor';
}

/** Scores a meeting: each criterion's points (auto from the facts, manual from the secretary, or adjusted). */
export function scoreMeeting(rubric: Rubric, facts: QualityFacts, input: ScoreInput = {}): MeetingScore {
  const criteria = QUALITY_CRITERIA.map((criterion): CriterionScore => {
    const max = rubric.points[criterion];
    const applicable = isApplicable(criterion, facts.kind);
    const source = CRITERION_SOURCE[criterion];
    if (!applicable) return { criterion, source, applicable, max: 0, auto: null, points: 0, reason: null };
    const share = autoShare(criterion, facts);
    const auto = share === null ? null : round1(share * max);
    const base = auto ?? clamp(input.manual?.[criterion] ?? 0, max);
    const adjusted = input.adjustments?.[criterion];
    const points = adjusted ? clamp(adjusted.points, max) : base;
    return { criterion, source, applicable, max, auto, points, reason: adjusted?.reason ?? null };
  });
  const total = round1(criteria.reduce((s, c) => s + c.points, 0));
  const max = criteria.reduce((s, c) => s + c.max, 0);
  const percent = max === 0 ? 0 : round1((total / max) * 100);
  return { criteria, total, max, percent, level: levelOf(rubric, percent) };
}

const clamp = (n: number, max: number) => Math.min(Math.max(n, 0), max);

/** Why a rubric cannot be saved, field by field (empty when it can). */
export type RubricIssue = 'QUALITY_THRESHOLDS_ORDER' | 'QUALITY_POINTS_EMPTY';
export function rubricIssues(rubric: Rubric): Record<string, RubricIssue> {
  const issues: Record<string, RubricIssue> = {};
  const { good, fair, average } = rubric.thresholds;
  if (!(good > fair && fair > average)) issues.thresholds = 'QUALITY_THRESHOLDS_ORDER';
  const total = QUALITY_CRITERIA.reduce((s, c) => s + rubric.points[c], 0);
  if (total <= 0) issues.points = 'QUALITY_POINTS_EMPTY';
  return issues;
}

/**
 * The rubric a unit uses: its own newest version, else its nearest committee's, else the default. `versions`
 * holds each unit's newest version; `chain` is the unit first, then its ancestors.
 */
export function effectiveRubric<V extends { orgId: string }>(
  chain: readonly string[],
  versions: readonly V[],
): V | undefined {
  for (const unitId of chain) {
    const own = versions.find((v) => v.orgId === unitId);
    if (own) return own;
  }
  return undefined;
}

/**
 * Each cell's level per quarter, from its scored thematic (or combined) meetings in date order: the confirmed
 * level, else the proposed one; where a quarter has several, the last meeting's counts.
 */
export function levelsByQuarter(
  rows: readonly { cellId: string; heldOn: string; proposed: string; confirmed: string | null }[],
): Map<string, Partial<Record<1 | 2 | 3 | 4, { level: QualityLevel; confirmed: boolean }>>> {
  const out = new Map<string, Partial<Record<1 | 2 | 3 | 4, { level: QualityLevel; confirmed: boolean }>>>();
  for (const r of [...rows].sort((a, b) => a.heldOn.localeCompare(b.heldOn))) {
    const quarter = Math.ceil(Number(r.heldOn.slice(5, 7)) / 3) as 1 | 2 | 3 | 4;
    const cell = out.get(r.cellId) ?? {};
    cell[quarter] = { level: (r.confirmed ?? r.proposed) as QualityLevel, confirmed: r.confirmed !== null };
    out.set(r.cellId, cell);
  }
  return out;
}

/**
 * One level for a cell over a period from the levels its meetings' scores reached (the inspection's assessment
 * against the rubric, issue 16, seed 004 "tiêu chí đánh giá chất lượng sinh hoạt chi bộ"): the mean of the levels
 * (Kém 0 … Tốt 3), a half rounded down to the lower level (*practice*: a period is not better than its meetings
 * show). Levels, not percents, are averaged: each score keeps the rubric version it was frozen with. None: null.
 */
export function periodLevel(levels: readonly QualityLevel[]): QualityLevel | null {
  if (levels.length === 0) return null;
  const rank = (l: QualityLevel) => QUALITY_LEVELS.length - 1 - QUALITY_LEVELS.indexOf(l);
  const mean = levels.reduce((sum, l) => sum + rank(l), 0) / levels.length;
  const rounded = Math.ceil(mean - 0.5);
  return QUALITY_LEVELS[QUALITY_LEVELS.length - 1 - rounded] ?? null;
}
