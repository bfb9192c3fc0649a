/** The demo's people: realistic Vietnamese names, the same on every run. */

const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Phan',
  'Dương',
];
const MIDDLE_M = ['Văn', 'Hữu', 'Minh', 'Đức', 'Quang', 'Thanh'];
const MIDDLE_F = ['Thị', 'Ngọc', 'Thu', 'Kim', 'Thanh', 'Mỹ'];
const GIVEN_M = [
  'Hùng',
  'Dũng',
  'Tuấn',
  'Phong',
  'Long',
  'Khang',
  'Nam',
  'Bảo',
  'Tâm',
  'Lực',
  'Thắng',
  'Sơn',
];
const GIVEN_F = [
  'Lan',
  'Hương',
  'Mai',
  'Hạnh',
  'Thảo',
  'Trang',
  'Nhung',
  'Yến',
  'Hồng',
  'Duyên',
  'Loan',
  'Vy',
];

/**
 * A deterministic Vietnamese name for the i-th demo person, distinct for i < 144: the surname cycles with i
 * and the given name shifts by one every full cycle, so no (surname, given name) pair repeats.
 */
export function demoName(i: number): { fullName: string; gender: 'male' | 'female' } {
  const female = i % 2 === 1;
  const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;
  const given = pick(female ? GIVEN_F : GIVEN_M, i + Math.floor(i / 12));
  const middle = pick(female ? MIDDLE_F : MIDDLE_M, Math.floor(i / 5));
  return { fullName: `${pick(SURNAMES, i)} ${middle} ${given}`, gender: female ? 'female' : 'male' };
}
