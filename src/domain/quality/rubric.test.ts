import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RUBRIC,
  effectiveRubric,
  levelsByQuarter,
  periodLevel,
  type QualityFacts,
  type Rubric,
  rubricIssues,
  scoreMeeting,
} from './rubric.ts';

const perfect: QualityFacts = {
  kind: 'thematic',
  attendanceRate: 1,
  unexcusedAbsences: 0,
  draftDistributed: true,
  draftInTime: true,
  studyMinutes: null,
  speakers: 4,
  conclusionRecorded: true,
  tasksRecorded: 2,
  previousTasks: 2,
  previousTasksChecked: 2,
  minutesSigned: true,
  evaluationWritten: true,
};
const pointsOf = (facts: Partial<QualityFacts>, criterion: string, rubric: Rubric = DEFAULT_RUBRIC) =>
  scoreMeeting(rubric, { ...perfect, ...facts }).criteria.find((c) => c.criterion === criterion)?.points;

describe('scoreMeeting: each criterion', () => {
  it('attendance by tiers: 90 % full, 80 % two thirds, 70 % one third, below nothing', () => {
    expect(pointsOf({ attendanceRate: 0.9 }, 'attendance')).toBe(15);
    expect(pointsOf({ attendanceRate: 0.85 }, 'attendance')).toBe(10);
    expect(pointsOf({ attendanceRate: 0.7 }, 'attendance')).toBe(5);
    expect(pointsOf({ attendanceRate: 0.69 }, 'attendance')).toBe(0);
    expect(pointsOf({ attendanceRate: null }, 'attendance')).toBe(0);
  });
  it('no unexcused absence', () => {
    expect(pointsOf({}, 'no_unexcused_absence')).toBe(10);
    expect(pointsOf({ unexcusedAbsences: 1 }, 'no_unexcused_absence')).toBe(0);
  });
  it('draft sent in time: full, late half, never none; not counted for a regular meeting', () => {
    expect(pointsOf({}, 'draft_in_time')).toBe(10);
    expect(pointsOf({ draftInTime: false }, 'draft_in_time')).toBe(5);
    expect(pointsOf({ draftDistributed: false, draftInTime: false }, 'draft_in_time')).toBe(0);
    const regular = scoreMeeting(DEFAULT_RUBRIC, { ...perfect, kind: 'regular', studyMinutes: 30 });
    expect(regular.criteria.find((c) => c.criterion === 'draft_in_time')).toMatchObject({
      applicable: false,
      max: 0,
    });
  });
  it('Hồ Chí Minh study of at least 30 minutes, only for regular and combined meetings', () => {
    expect(pointsOf({ kind: 'combined', studyMinutes: 30 }, 'study_time')).toBe(10);
    expect(pointsOf({ kind: 'combined', studyMinutes: 29 }, 'study_time')).toBe(0);
    expect(pointsOf({ kind: 'regular', studyMinutes: null }, 'study_time')).toBe(0);
    const thematic = scoreMeeting(DEFAULT_RUBRIC, perfect);
    expect(thematic.criteria.find((c) => c.criterion === 'study_time')?.applicable).toBe(false);
  });
  it('members who spoke: three for full points, one or two half', () => {
    expect(pointsOf({ speakers: 3 }, 'members_spoke')).toBe(10);
    expect(pointsOf({ speakers: 1 }, 'members_spoke')).toBe(5);
    expect(pointsOf({ speakers: 0 }, 'members_spoke')).toBe(0);
  });
  it('conclusion and tasks recorded: half each', () => {
    expect(pointsOf({}, 'conclusion_and_tasks')).toBe(10);
    expect(pointsOf({ tasksRecorded: 0 }, 'conclusion_and_tasks')).toBe(5);
    expect(pointsOf({ conclusionRecorded: false, tasksRecorded: 0 }, 'conclusion_and_tasks')).toBe(0);
  });
  it('previous tasks checked: by share; none due gives full points', () => {
    expect(pointsOf({ previousTasks: 4, previousTasksChecked: 1 }, 'previous_tasks_checked')).toBe(2.5);
    expect(pointsOf({ previousTasks: 0, previousTasksChecked: 0 }, 'previous_tasks_checked')).toBe(10);
  });
  it('minutes signed and evaluation written', () => {
    expect(pointsOf({ minutesSigned: false }, 'minutes_signed')).toBe(0);
    expect(pointsOf({}, 'minutes_signed')).toBe(10);
    expect(pointsOf({ evaluationWritten: false }, 'evaluation_written')).toBe(0);
    expect(pointsOf({}, 'evaluation_written')).toBe(5);
  });
  it('the manual criterion takes the secretary’s points, kept within its maximum', () => {
    const s = scoreMeeting(DEFAULT_RUBRIC, perfect, { manual: { discussion_quality: 8 } });
    expect(s.criteria.find((c) => c.criterion === 'discussion_quality')).toMatchObject({
      source: 'manual',
      auto: null,
      points: 8,
    });
    const over = scoreMeeting(DEFAULT_RUBRIC, perfect, { manual: { discussion_quality: 50 } });
    expect(over.criteria.find((c) => c.criterion === 'discussion_quality')?.points).toBe(10);
  });
});

describe('scoreMeeting: totals, levels, adjustments', () => {
  it('a perfect thematic meeting scores 90 of 90 (study does not apply): Tốt', () => {
    const s = scoreMeeting(DEFAULT_RUBRIC, perfect, { manual: { discussion_quality: 10 } });
    expect(s).toMatchObject({ total: 90, max: 90, percent: 100, level: 'good' });
  });
  it('levels at the thresholds: Tốt ≥ 90, Khá ≥ 75, Trung bình ≥ 50, else Kém', () => {
    const at = (discussion: number, facts: Partial<QualityFacts> = {}) =>
      scoreMeeting(DEFAULT_RUBRIC, { ...perfect, ...facts }, { manual: { discussion_quality: discussion } });
    expect(at(1).level).toBe('good'); // 81 / 90 = 90 %
    expect(at(0).level).toBe('fair'); // 80 / 90 = 88.9 %
    expect(at(0, { minutesSigned: false, evaluationWritten: false }).level).toBe('average'); // 65 / 90 = 72.2 %
    const weak = { minutesSigned: false, evaluationWritten: false, speakers: 0, unexcusedAbsences: 2 };
    expect(at(0, weak).percent).toBe(50); // 45 / 90: exactly the Trung bình threshold
    expect(at(0, weak).level).toBe('average');
    expect(at(0, { ...weak, attendanceRate: 0.5 }).level).toBe('poor'); // 30 / 90
  });
  it('an adjustment replaces the points and keeps its reason', () => {
    const s = scoreMeeting(DEFAULT_RUBRIC, perfect, {
      manual: { discussion_quality: 10 },
      adjustments: { members_spoke: { points: 4, reason: 'Chỉ hai ý kiến có nội dung' } },
    });
    expect(s.criteria.find((c) => c.criterion === 'members_spoke')).toMatchObject({
      auto: 10,
      points: 4,
      reason: 'Chỉ hai ý kiến có nội dung',
    });
    expect(s.total).toBe(84);
  });
  it('a committee’s thresholds change the level of the same facts', () => {
    const strict: Rubric = { ...DEFAULT_RUBRIC, thresholds: { good: 100, fair: 90, average: 60 } };
    const facts = { ...perfect, speakers: 1 };
    expect(scoreMeeting(DEFAULT_RUBRIC, facts, { manual: { discussion_quality: 10 } }).level).toBe('good');
    expect(scoreMeeting(strict, facts, { manual: { discussion_quality: 10 } }).level).toBe('fair');
  });
});

describe('rubrics', () => {
  it('thresholds must fall from Tốt to Trung bình', () => {
    expect(rubricIssues(DEFAULT_RUBRIC)).toEqual({});
    expect(rubricIssues({ ...DEFAULT_RUBRIC, thresholds: { good: 70, fair: 75, average: 50 } })).toEqual({
      thresholds: 'QUALITY_THRESHOLDS_ORDER',
    });
  });
  it('a unit uses its own rubric, else its nearest committee’s, else none (the default)', () => {
    const versions = [
      { orgId: 'root', version: 2 },
      { orgId: 'sub', version: 1 },
    ];
    expect(effectiveRubric(['cell', 'sub', 'root'], versions)).toEqual({ orgId: 'sub', version: 1 });
    expect(effectiveRubric(['cell2', 'sub2', 'root'], versions)).toEqual({ orgId: 'root', version: 2 });
    expect(effectiveRubric(['x', 'y'], versions)).toBeUndefined();
  });
});

describe('levelsByQuarter', () => {
  it('takes the confirmed level, else the proposed, the last meeting of a quarter winning', () => {
    const levels = levelsByQuarter([
      { cellId: 'a', heldOn: '2026-02-10', proposed: 'good', confirmed: 'fair' },
      { cellId: 'a', heldOn: '2026-05-10', proposed: 'average', confirmed: null },
      { cellId: 'b', heldOn: '2026-03-20', proposed: 'poor', confirmed: null },
      { cellId: 'b', heldOn: '2026-01-20', proposed: 'good', confirmed: 'good' },
    ]);
    expect(levels.get('a')).toEqual({
      1: { level: 'fair', confirmed: true },
      2: { level: 'average', confirmed: false },
    });
    expect(levels.get('b')).toEqual({ 1: { level: 'poor', confirmed: false } });
  });
});

describe('periodLevel', () => {
  it('is the mean of the meetings’ levels, a half going to the lower level; nothing scored, none', () => {
    expect(periodLevel([])).toBeNull();
    expect(periodLevel(['good'])).toBe('good');
    expect(periodLevel(['good', 'good', 'fair'])).toBe('good'); // 2.67
    expect(periodLevel(['good', 'fair'])).toBe('fair'); // 2.5: the lower
    expect(periodLevel(['good', 'poor'])).toBe('average'); // 1.5: the lower
    expect(periodLevel(['fair', 'average', 'poor'])).toBe('average'); // 1
    expect(periodLevel(['average', 'poor', 'poor'])).toBe('poor'); // 0.33
  });
});
