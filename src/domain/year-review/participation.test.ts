import { describe, expect, it } from 'vitest';
import {
  aggregateYear,
  assessmentIssue,
  attendanceRate,
  DEFAULT_THRESHOLDS,
  effectiveThresholds,
  type ParticipationFigures,
  proposeLevel,
  quartersOfYear,
  thresholdIssues,
} from './participation.ts';

const figures = (f: Partial<ParticipationFigures> = {}): ParticipationFigures => ({
  expected: 10,
  attended: 10,
  excused: 0,
  unexcused: 0,
  spoke: 2,
  draftsCommented: 1,
  topicsPrepared: 0,
  tasksDone: 1,
  tasksLate: 0,
  tasksOpen: 0,
  ...f,
});

describe('proposeLevel: the thresholds', () => {
  it('is active at 90 % with no unexcused absence, enough contributions and no task late', () => {
    expect(proposeLevel(figures({ attended: 9, excused: 1 }), DEFAULT_THRESHOLDS)).toBe('active');
  });
  it('falls to satisfactory under 90 %, with an unexcused absence, too few contributions or a late task', () => {
    expect(proposeLevel(figures({ attended: 8, excused: 2 }), DEFAULT_THRESHOLDS)).toBe('satisfactory');
    expect(proposeLevel(figures({ attended: 9, unexcused: 1 }), DEFAULT_THRESHOLDS)).toBe('satisfactory');
    expect(proposeLevel(figures({ spoke: 1, draftsCommented: 0 }), DEFAULT_THRESHOLDS)).toBe('satisfactory');
    expect(proposeLevel(figures({ tasksLate: 1 }), DEFAULT_THRESHOLDS)).toBe('satisfactory');
  });
  it('is unsatisfactory under 70 % or with more than two unexcused absences', () => {
    expect(proposeLevel(figures({ attended: 6, excused: 4 }), DEFAULT_THRESHOLDS)).toBe('unsatisfactory');
    expect(proposeLevel(figures({ attended: 7, unexcused: 3 }), DEFAULT_THRESHOLDS)).toBe('unsatisfactory');
    expect(proposeLevel(figures({ attended: 7, excused: 3 }), DEFAULT_THRESHOLDS)).toBe('satisfactory');
  });
  it('proposes nothing when no meeting was expected of the member', () => {
    expect(proposeLevel(figures({ expected: 0, attended: 0 }), DEFAULT_THRESHOLDS)).toBeNull();
    expect(attendanceRate({ expected: 0, attended: 0 })).toBeNull();
  });
  it('follows a committee’s own thresholds', () => {
    const strict = {
      active: { attendance: 100, maxUnexcused: 0, minContributions: 0, maxLateTasks: 0 },
      satisfactory: { attendance: 95, maxUnexcused: 0 },
    };
    expect(proposeLevel(figures({ attended: 9, excused: 1 }), strict)).toBe('unsatisfactory');
    expect(proposeLevel(figures(), strict)).toBe('active');
  });
});

describe('thresholds: checks and inheritance', () => {
  it('refuses thresholds where Tích cực asks less than Đạt', () => {
    expect(thresholdIssues(DEFAULT_THRESHOLDS)).toEqual({});
    expect(
      thresholdIssues({
        active: { attendance: 60, maxUnexcused: 3, minContributions: 0, maxLateTasks: 0 },
        satisfactory: { attendance: 70, maxUnexcused: 2 },
      }),
    ).toEqual({
      'active.attendance': 'YEAR_REVIEW_THRESHOLDS_ORDER',
      'active.maxUnexcused': 'YEAR_REVIEW_THRESHOLDS_ORDER',
    });
  });
  it('uses the nearest committee’s thresholds up the chain', () => {
    const rows = [
      { orgId: 'root', v: 1 },
      { orgId: 'ward', v: 2 },
    ];
    expect(effectiveThresholds(['cell', 'ward', 'root'], rows)?.v).toBe(2);
    expect(effectiveThresholds(['cell', 'other', 'root'], rows)?.v).toBe(1);
    expect(effectiveThresholds(['cell'], rows)).toBeUndefined();
  });
  it('asks a reason only when the assessment differs from the proposal', () => {
    expect(assessmentIssue('active', 'active', null)).toBeNull();
    expect(assessmentIssue('active', 'satisfactory', ' ')).toBe('YEAR_REVIEW_REASON_REQUIRED');
    expect(assessmentIssue('active', 'satisfactory', 'Nghỉ ốm dài ngày')).toBeNull();
    expect(assessmentIssue(null, 'satisfactory', null)).toBe('YEAR_REVIEW_REASON_REQUIRED');
  });
});

describe('aggregateYear: a member counts only while in this cell', () => {
  const meetings = ['2026-02-10', '2026-04-10', '2026-06-10', '2026-08-10', '2026-10-10'];
  it('splits the year of a member who transferred in on 1 June, and leaves out an exempt stretch', () => {
    const facts = {
      periods: [
        // An, in the cell all year.
        { personId: 'an', status: 'official' as const, startedOn: '2020-01-01', endedOn: null },
        // Bình came from another cell on 1 June.
        { personId: 'binh', status: 'official' as const, startedOn: '2026-06-01', endedOn: null },
        // Chi left for another cell on 1 May; exempt from 1 March.
        { personId: 'chi', status: 'official' as const, startedOn: '2019-01-01', endedOn: '2026-03-01' },
        { personId: 'chi', status: 'exempt' as const, startedOn: '2026-03-01', endedOn: '2026-05-01' },
      ],
      attendance: [
        ...meetings.map((heldOn) => ({ personId: 'an', heldOn, state: 'present' })),
        // Bình's roll in this cell starts in June (a row before would be a data error, and is not counted).
        { personId: 'binh', heldOn: '2026-04-10', state: 'absent_unexcused' },
        { personId: 'binh', heldOn: '2026-06-10', state: 'present' },
        { personId: 'binh', heldOn: '2026-08-10', state: 'absent_excused' },
        { personId: 'binh', heldOn: '2026-10-10', state: 'present' },
        { personId: 'chi', heldOn: '2026-02-10', state: 'absent_unexcused' },
        { personId: 'chi', heldOn: '2026-04-10', state: 'present' },
      ],
      speeches: [
        { personId: 'binh', heldOn: '2026-06-10' },
        { personId: 'binh', heldOn: '2026-04-10' },
        { personId: 'an', heldOn: '2026-02-10' },
      ],
      commented: [
        { personId: 'an', topicId: 't1' },
        { personId: 'an', topicId: 't1' },
        { personId: 'an', topicId: 't2' },
      ],
      prepared: [{ personId: 'binh', topicId: 't3' }],
      tasks: [
        { ownerId: 'an', state: 'done', overdue: false, doneLate: true },
        { ownerId: 'binh', state: 'open', overdue: true, doneLate: false },
        { ownerId: 'binh', state: 'done', overdue: false, doneLate: false },
        { ownerId: 'stranger', state: 'done', overdue: false, doneLate: false },
        { ownerId: null, state: 'open', overdue: false, doneLate: false },
      ],
    };
    const year = aggregateYear(facts);
    expect([...year.keys()].sort()).toEqual(['an', 'binh', 'chi']);
    expect(year.get('an')).toMatchObject({ expected: 5, attended: 5, spoke: 1, draftsCommented: 2 });
    expect(year.get('an')).toMatchObject({ tasksDone: 1, tasksLate: 1, tasksOpen: 0 });
    expect(year.get('binh')).toMatchObject({
      expected: 3,
      attended: 2,
      excused: 1,
      unexcused: 0,
      spoke: 1,
      topicsPrepared: 1,
      tasksDone: 1,
      tasksLate: 1,
      tasksOpen: 1,
    });
    // Chi: February counts (official here), April does not (exempt, not expected).
    expect(year.get('chi')).toMatchObject({ expected: 1, attended: 0, unexcused: 1 });
    expect(proposeLevel(year.get('an') as ParticipationFigures, DEFAULT_THRESHOLDS)).toBe('satisfactory');
  });
});

describe('quartersOfYear', () => {
  it('adds the months into quarters and takes the quality level of each', () => {
    const q = quartersOfYear(
      [
        { month: 1, thematic: 0, regular: 1 },
        { month: 3, thematic: 1, regular: 1 },
        { month: 5, thematic: 1, regular: 1 },
      ],
      { 1: { level: 'good', confirmed: true } },
    );
    expect(q[0]).toEqual({
      quarter: 1,
      thematic: 1,
      regular: 2,
      quality: { level: 'good', confirmed: true },
    });
    expect(q[1]).toEqual({ quarter: 2, thematic: 1, regular: 1, quality: null });
    expect(q[3]?.thematic).toBe(0);
  });
});
