import type { MemberStatus } from '../members/member-status.ts';

/**
 * Attendance at a cell meeting, as the opening announces it (seed 000: "số lượng đảng viên có mặt và vắng
 * mặt (có lý do, không rõ lý do)") and as the quality rules read it (Hướng dẫn 12-HD/BTCTW, 2018: attendance
 * above 85 %, no absence without reason).
 */
export const ATTENDANCE_STATES = ['present', 'absent_excused', 'absent_unexcused'] as const;
export type AttendanceState = (typeof ATTENDANCE_STATES)[number];

export interface AttendanceEntry {
  status: MemberStatus;
  /** Not yet marked: counts as not present. */
  state: AttendanceState | null;
}

export interface AttendanceCounts {
  /** Party members of the cell on the roll (official, probationary, exempt; not transferred out). */
  total: number;
  official: number;
  probationary: number;
  exempt: number;
  present: number;
  absentExcused: number;
  absentUnexcused: number;
  unmarked: number;
  /** Members expected: everyone on the roll but exempt members who stay away (*practice*, DOMAIN.md). */
  expected: number;
  /** present / expected, 0–1; null when nobody is expected. */
  rate: number | null;
}

const ON_ROLL: readonly MemberStatus[] = ['official', 'probationary', 'exempt'];

export function attendanceCounts(entries: readonly AttendanceEntry[]): AttendanceCounts {
  const roll = entries.filter((e) => ON_ROLL.includes(e.status));
  const count = (f: (e: AttendanceEntry) => boolean) => roll.filter(f).length;
  const present = count((e) => e.state === 'present');
  // An exempt member is not expected, but one who comes is counted like everyone present.
  const expected = count((e) => e.status !== 'exempt' || e.state === 'present');
  return {
    total: roll.length,
    official: count((e) => e.status === 'official'),
    probationary: count((e) => e.status === 'probationary'),
    exempt: count((e) => e.status === 'exempt'),
    present,
    absentExcused: count((e) => e.state === 'absent_excused' && e.status !== 'exempt'),
    absentUnexcused: count((e) => e.state === 'absent_unexcused' && e.status !== 'exempt'),
    unmarked: count((e) => e.state === null && e.status !== 'exempt'),
    expected,
    rate: expected === 0 ? null : present / expected,
  };
}

/** Hướng dẫn 12-HD/BTCTW: a good meeting has more than 85 % attendance. */
export const GOOD_ATTENDANCE_RATE = 0.85;
