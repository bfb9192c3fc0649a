import { describe, expect, it } from 'vitest';
import type { MemberStatus } from '../members/member-status.ts';
import {
  type AttendanceEntry,
  type AttendanceState,
  attendanceCounts,
  GOOD_ATTENDANCE_RATE,
} from './attendance.ts';

const entry = (status: MemberStatus, state: AttendanceState | null): AttendanceEntry => ({ status, state });
const times = (n: number, e: AttendanceEntry): AttendanceEntry[] => Array.from({ length: n }, () => e);

describe('attendanceCounts', () => {
  it('counts members by status and by state', () => {
    const counts = attendanceCounts([
      entry('official', 'present'),
      entry('official', 'present'),
      entry('official', 'absent_excused'),
      entry('official', 'absent_unexcused'),
      entry('probationary', 'present'),
      entry('probationary', 'absent_excused'),
      entry('exempt', 'present'),
    ]);
    expect(counts).toEqual({
      total: 7,
      official: 4,
      probationary: 2,
      exempt: 1,
      present: 4,
      absentExcused: 2,
      absentUnexcused: 1,
      unmarked: 0,
      expected: 7,
      rate: 4 / 7,
    });
  });

  it('does not expect an exempt member who stays away, with or without a reason, nor counts the absence', () => {
    const counts = attendanceCounts([
      entry('official', 'present'),
      entry('exempt', 'absent_excused'),
      entry('exempt', 'absent_unexcused'),
      entry('exempt', null),
    ]);
    expect(counts.total).toBe(4);
    expect(counts.exempt).toBe(3);
    expect(counts.expected).toBe(1);
    expect(counts.absentExcused).toBe(0);
    expect(counts.absentUnexcused).toBe(0);
    expect(counts.unmarked).toBe(0);
    expect(counts.rate).toBe(1);
  });

  it('counts an exempt member who comes as present and as expected', () => {
    const counts = attendanceCounts([
      entry('official', 'present'),
      entry('official', 'absent_unexcused'),
      entry('exempt', 'present'),
    ]);
    expect(counts.present).toBe(2);
    expect(counts.expected).toBe(3);
    expect(counts.rate).toBe(2 / 3);
  });

  it('leaves members transferred out and staff off the roll', () => {
    const counts = attendanceCounts([
      entry('official', 'present'),
      entry('transferred_out', 'absent_unexcused'),
      entry('transferred_out', 'present'),
      entry('staff', 'present'),
      entry('staff', null),
    ]);
    expect(counts).toEqual({
      total: 1,
      official: 1,
      probationary: 0,
      exempt: 0,
      present: 1,
      absentExcused: 0,
      absentUnexcused: 0,
      unmarked: 0,
      expected: 1,
      rate: 1,
    });
  });

  it('gives a rate of 0.85 for 17 present of 20 expected', () => {
    const counts = attendanceCounts([
      ...times(15, entry('official', 'present')),
      ...times(2, entry('probationary', 'present')),
      ...times(2, entry('official', 'absent_excused')),
      entry('official', 'absent_unexcused'),
      entry('exempt', 'absent_excused'),
    ]);
    expect(counts.present).toBe(17);
    expect(counts.expected).toBe(20);
    expect(counts.rate).toBe(0.85);
  });

  it('gives no rate when nobody is expected', () => {
    expect(attendanceCounts([]).rate).toBeNull();
    expect(attendanceCounts([entry('exempt', 'absent_excused'), entry('staff', 'present')]).rate).toBeNull();
  });

  it('gives a rate of 0 when everyone expected is away', () => {
    const counts = attendanceCounts([entry('official', 'absent_excused'), entry('official', null)]);
    expect(counts.rate).toBe(0);
  });

  it('counts members not yet marked as unmarked, expected and not present', () => {
    const counts = attendanceCounts([
      entry('official', 'present'),
      entry('official', null),
      entry('probationary', null),
    ]);
    expect(counts.unmarked).toBe(2);
    expect(counts.present).toBe(1);
    expect(counts.expected).toBe(3);
    expect(counts.rate).toBe(1 / 3);
  });

  it('adds up: every member expected is present, absent or unmarked', () => {
    const counts = attendanceCounts([
      ...times(5, entry('official', 'present')),
      entry('official', 'absent_excused'),
      entry('official', 'absent_unexcused'),
      entry('probationary', null),
      entry('exempt', 'present'),
      entry('exempt', 'absent_excused'),
    ]);
    expect(counts.present + counts.absentExcused + counts.absentUnexcused + counts.unmarked).toBe(
      counts.expected,
    );
    expect(counts.expected).toBe(9);
  });
});

describe('GOOD_ATTENDANCE_RATE', () => {
  it('is 85 % (Hướng dẫn 12-HD/BTCTW, 2018)', () => {
    expect(GOOD_ATTENDANCE_RATE).toBe(0.85);
  });
});
