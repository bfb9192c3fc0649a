import { describe, expect, it } from 'vitest';
import {
  HO_CHI_MINH_MIN_MINUTES,
  isStudyShort,
  studyMinutes,
  studyTimeWarning,
  type TimedItem,
  thematicMinutes,
} from './timing.ts';

// The meeting starts at 8:00 (UTC here, as the console stores instants).
const at = (hh: number, mm: number, ss = 0) =>
  `2025-09-10T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:${String(ss).padStart(2, '0')}.000Z`;
const now = (hh: number, mm: number, ss = 0) => new Date(at(hh, mm, ss));

const item = (
  part: TimedItem['part'],
  startedAt: string | null,
  endedAt: string | null = null,
): TimedItem => ({
  part,
  startedAt,
  endedAt,
});

describe('HO_CHI_MINH_MIN_MINUTES', () => {
  it('is 30 minutes (seed 002: "dành thời gian ít nhất 30 phút")', () => {
    expect(HO_CHI_MINH_MIN_MINUTES).toBe(30);
  });
});

describe('thematicMinutes', () => {
  it('sums only the thematic items', () => {
    const items = [
      item('opening', at(8, 0), at(8, 10)),
      item('regular', at(8, 10), at(8, 50)),
      item('thematic', at(8, 50), at(8, 55)),
      item('thematic', at(8, 55), at(9, 10)),
      item('thematic', at(9, 10), at(9, 35)),
      item('closing', at(9, 35), at(9, 50)),
    ];
    expect(thematicMinutes(items, now(12, 0))).toBe(45);
  });

  it('counts a thematic item still running up to now', () => {
    const items = [item('thematic', at(8, 10), at(8, 20)), item('thematic', at(8, 20))];
    expect(thematicMinutes(items, now(8, 32))).toBe(22);
  });

  it('ignores items not started yet', () => {
    const items = [
      item('thematic', at(8, 10), at(8, 25)),
      item('thematic', null),
      { part: 'thematic' as const },
    ];
    expect(thematicMinutes(items, now(9, 0))).toBe(15);
  });

  it('counts whole minutes: 29 minutes and 59 seconds is 29', () => {
    expect(thematicMinutes([item('thematic', at(8, 0), at(8, 29, 59))], now(9, 0))).toBe(29);
  });

  it('adds seconds across items before rounding down: 14:30 and 15:30 make 30', () => {
    const items = [item('thematic', at(8, 0), at(8, 14, 30)), item('thematic', at(8, 20), at(8, 35, 30))];
    expect(thematicMinutes(items, now(9, 0))).toBe(30);
  });

  it('never counts negative time when an item seems to end before it starts', () => {
    const items = [item('thematic', at(8, 30), at(8, 20)), item('thematic', at(8, 40), at(8, 50))];
    expect(thematicMinutes(items, now(9, 0))).toBe(10);
  });

  it('is 0 with no thematic items', () => {
    expect(thematicMinutes([item('regular', at(8, 0), at(9, 0))], now(9, 0))).toBe(0);
    expect(thematicMinutes([], now(9, 0))).toBe(0);
  });
});

describe('studyTimeWarning', () => {
  const twentyNine = [
    item('opening', at(8, 0), at(8, 8)),
    item('thematic', at(8, 8), at(8, 12)),
    item('thematic', at(8, 12), at(8, 27)),
    item('thematic', at(8, 27), at(8, 37)),
    item('closing', at(8, 37)),
  ];
  const thirty = [
    item('opening', at(8, 0), at(8, 8)),
    item('thematic', at(8, 8), at(8, 12)),
    item('thematic', at(8, 12), at(8, 27)),
    item('thematic', at(8, 27), at(8, 38)),
    item('closing', at(8, 38)),
  ];

  it('warns when the thematic part of a Hồ Chí Minh topic ended after 29 minutes', () => {
    expect(studyTimeWarning('thematic', 'ho_chi_minh', twentyNine, now(8, 45))).toEqual({
      code: 'HO_CHI_MINH_UNDER_30',
      minutes: 29,
      required: 30,
    });
  });

  it('does not warn when the thematic part ran 30 minutes', () => {
    expect(studyTimeWarning('thematic', 'ho_chi_minh', thirty, now(8, 45))).toBeUndefined();
  });

  it('does not warn when the thematic part ran longer than 30 minutes', () => {
    const long = [item('thematic', at(8, 0), at(9, 5))];
    expect(studyTimeWarning('thematic', 'ho_chi_minh', long, now(9, 10))).toBeUndefined();
  });

  it('never warns for a topic that is not about Hồ Chí Minh', () => {
    const short = [item('thematic', at(8, 0), at(8, 5))];
    expect(studyTimeWarning('thematic', 'resolution', short, now(9, 0))).toBeUndefined();
    expect(studyTimeWarning('thematic', 'other', short, now(9, 0))).toBeUndefined();
    expect(studyTimeWarning('thematic', 'other', twentyNine, now(9, 0))).toBeUndefined();
  });

  it('does not warn while the last thematic item is still running', () => {
    const running = [item('thematic', at(8, 0), at(8, 10)), item('thematic', at(8, 10))];
    expect(studyTimeWarning('thematic', 'ho_chi_minh', running, now(8, 20))).toBeUndefined();
  });

  it('does not warn while a thematic item has not started yet', () => {
    const pending = [item('thematic', at(8, 0), at(8, 10)), item('thematic', null)];
    expect(studyTimeWarning('thematic', 'ho_chi_minh', pending, now(8, 20))).toBeUndefined();
  });

  it('does not warn before the meeting has a thematic item at all', () => {
    expect(studyTimeWarning('thematic', 'ho_chi_minh', [], now(8, 0))).toBeUndefined();
    expect(
      studyTimeWarning('thematic', 'ho_chi_minh', [item('opening', at(8, 0), at(8, 5))], now(8, 5)),
    ).toBeUndefined();
  });

  it('warns for short thematic items even if the whole meeting ran long', () => {
    const items = [
      item('regular', at(8, 0), at(9, 30)),
      item('thematic', at(9, 30), at(9, 50)),
      item('closing', at(9, 50), at(10, 0)),
    ];
    expect(studyTimeWarning('thematic', 'ho_chi_minh', items, now(10, 0))).toEqual({
      code: 'HO_CHI_MINH_UNDER_30',
      minutes: 20,
      required: 30,
    });
  });
});

describe('the study of a regular meeting (seed 002: every cell meeting, not only Hồ Chí Minh topics)', () => {
  const study = (startedAt: string | null, endedAt: string | null = null): TimedItem => ({
    part: 'regular',
    kind: 'ho_chi_minh_study',
    startedAt,
    endedAt,
  });
  const business: TimedItem = {
    part: 'regular',
    kind: 'regular_business',
    startedAt: at(8, 0),
    endedAt: at(9, 0),
  };

  it('counts only the study items, whatever the topic', () => {
    expect(studyMinutes('regular', '', [business, study(at(9, 0), at(9, 25))])).toBe(25);
    expect(studyMinutes('combined', 'other', [business, study(at(9, 0), at(9, 40))])).toBe(40);
    expect(studyMinutes('combined', 'other', [business])).toBe(0);
  });

  it('is 0 for a regular meeting whose study never ran, none for a thematic meeting on another topic', () => {
    expect(studyMinutes('regular', '', [business, study(null)])).toBe(0);
    expect(studyMinutes('thematic', 'other', [item('thematic', at(8, 0), at(8, 10))])).toBeNull();
    expect(studyMinutes('thematic', 'ho_chi_minh', [item('thematic', at(8, 0), at(8, 10))])).toBe(10);
  });

  it('warns once the study ended under 30 minutes, and flags a recorded shortfall', () => {
    expect(studyTimeWarning('regular', '', [business, study(at(9, 0), at(9, 25))])).toEqual({
      code: 'HO_CHI_MINH_UNDER_30',
      minutes: 25,
      required: 30,
    });
    expect(studyTimeWarning('regular', '', [business, study(at(9, 0))], now(9, 5))).toBeUndefined();
    expect(studyTimeWarning('regular', '', [business, study(at(9, 0), at(9, 30))])).toBeUndefined();
    expect(isStudyShort(29)).toBe(true);
    expect(isStudyShort(30)).toBe(false);
    expect(isStudyShort(null)).toBe(false);
  });
});
