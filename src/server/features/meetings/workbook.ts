/**
 * The minute book as .xlsx (issue 18): one row per meeting (date, kind, topic, chair, minute taker, the roll's
 * counts), and a second sheet with each member's attendance at each meeting.
 */

import type { MeetingKind } from '#domain/meetings/agenda.ts';
import type { AttendanceState } from '#domain/meetings/attendance.ts';
import type { MeetingStatus } from '#domain/meetings/meeting-status.ts';
import type { MemberStatus } from '#domain/members/member-status.ts';
import { addTableSheet, type Column, newWorkbook, workbookBytes } from '../../xlsx/sheet.ts';
import type { minuteBookExport } from './book.ts';

type Book = Awaited<ReturnType<typeof minuteBookExport>>;
type Meeting = Book['meetings'][number];
type Entry = Book['roll'][number];

const KIND: Record<MeetingKind, string> = {
  thematic: 'Sinh hoạt chuyên đề',
  combined: 'Thường kỳ kết hợp chuyên đề',
  regular: 'Sinh hoạt thường kỳ',
};
const STATUS: Record<MeetingStatus, string> = {
  scheduled: 'Đã lên lịch',
  in_progress: 'Đang diễn ra',
  ended: 'Đã kết thúc',
  cancelled: 'Đã hủy',
};
const STATE: Record<AttendanceState, string> = {
  present: 'Có mặt',
  absent_excused: 'Vắng có lý do',
  absent_unexcused: 'Vắng không lý do',
};
const MEMBER: Record<MemberStatus, string> = {
  official: 'Chính thức',
  probationary: 'Dự bị',
  exempt: 'Miễn sinh hoạt',
  transferred_out: 'Đã chuyển sinh hoạt',
  staff: 'Quần chúng / nhân viên',
};

// A meeting held on paper has no roll: its signed minutes give the number present (paper.ts).
const present = (m: Meeting) => m.paper_present ?? Number(m.present);
const counted = (m: Meeting, n: number | string | null) => (m.paper_present !== null ? null : Number(n ?? 0));

const MEETING_COLUMNS: readonly Column<{ m: Meeting; i: number }>[] = [
  { header: 'STT', width: 6, kind: 'number', value: ({ i }) => i + 1 },
  { header: 'Ngày', width: 12, kind: 'date', value: ({ m }) => m.held_on },
  { header: 'Giờ', width: 7, value: ({ m }) => m.starts_at },
  { header: 'Loại', width: 24, value: ({ m }) => KIND[m.kind] },
  { header: 'Chuyên đề', width: 44, value: ({ m }) => m.topic_title },
  { header: 'Địa điểm', width: 20, value: ({ m }) => m.place },
  { header: 'Chủ trì', width: 24, value: ({ m }) => m.chair_name },
  { header: 'Thư ký', width: 24, value: ({ m }) => m.minute_taker_name },
  { header: 'Có mặt', width: 10, kind: 'number', value: ({ m }) => present(m) },
  { header: 'Vắng có lý do', width: 10, kind: 'number', value: ({ m }) => counted(m, m.excused) },
  { header: 'Vắng không lý do', width: 10, kind: 'number', value: ({ m }) => counted(m, m.unexcused) },
  {
    header: 'Phút học tập tư tưởng Hồ Chí Minh',
    width: 12,
    kind: 'number',
    value: ({ m }) => m.study_minutes,
  },
  { header: 'Biên bản số', width: 10, kind: 'number', value: ({ m }) => m.minutes_number },
  { header: 'Trạng thái', width: 14, value: ({ m }) => STATUS[m.status] },
];

const ROLL_COLUMNS: readonly Column<Entry>[] = [
  { header: 'Ngày', width: 12, kind: 'date', value: (e) => e.held_on },
  { header: 'Loại', width: 24, value: (e) => KIND[e.kind] },
  { header: 'Họ và tên', width: 28, value: (e) => e.full_name },
  { header: 'Đảng viên', width: 16, value: (e) => MEMBER[e.member_status] },
  { header: 'Điểm danh', width: 18, value: (e) => (e.state ? STATE[e.state] : 'Chưa điểm danh') },
  { header: 'Đến muộn', width: 10, value: (e) => (Number(e.late) ? 'Có' : null) },
  { header: 'Lý do', width: 40, value: (e) => e.reason },
];

export async function minuteBookWorkbook(book: Book) {
  const title = `Sổ ghi biên bản năm ${book.year} — ${book.cell.name}`;
  const workbook = await newWorkbook(title);
  addTableSheet(workbook, {
    name: 'Sổ biên bản',
    title,
    columns: MEETING_COLUMNS,
    rows: book.meetings.map((m, i) => ({ m, i })),
  });
  addTableSheet(workbook, {
    name: 'Điểm danh',
    title: `Điểm danh từng đảng viên năm ${book.year} — ${book.cell.name}`,
    columns: ROLL_COLUMNS,
    rows: book.roll,
  });
  return workbookBytes(workbook);
}
