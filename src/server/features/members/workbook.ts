/** The roster as .xlsx (issue 18): the screen's columns; personal fields only as the screen shows them. */
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { formatTypedDate } from '#domain/dates/typed-date.ts';
import type { MemberStatus } from '#domain/members/member-status.ts';
import { addTableSheet, type Column, newWorkbook, workbookBytes } from '../../xlsx/sheet.ts';
import type { presentMemberSummary } from './presenter.ts';

type Member = ReturnType<typeof presentMemberSummary>;

const STATUS: Record<MemberStatus, string> = {
  official: 'Chính thức',
  probationary: 'Dự bị',
  exempt: 'Miễn sinh hoạt',
  transferred_out: 'Đã chuyển sinh hoạt',
  staff: 'Quần chúng / nhân viên',
};
const ROLE: Record<string, string> = {
  secretary: 'Bí thư',
  deputy: 'Phó Bí thư',
  committee_member: 'Chi ủy viên',
  group_leader: 'Tổ trưởng tổ đảng',
  officer: 'Cán bộ đảng ủy',
  inspector: 'Ban Tuyên giáo / kiểm tra',
};
const GENDER = { male: 'Nam', female: 'Nữ' } as const;

const COLUMNS: readonly Column<{ m: Member; i: number }>[] = [
  { header: 'STT', width: 6, kind: 'number', value: ({ i }) => i + 1 },
  { header: 'Họ và tên', width: 30, value: ({ m }) => m.fullName },
  { header: 'Giới tính', width: 10, value: ({ m }) => (m.gender ? GENDER[m.gender] : null) },
  { header: 'Ngày sinh', width: 12, kind: 'date', value: ({ m }) => m.birthDate },
  { header: 'Tình trạng', width: 16, value: ({ m }) => STATUS[m.status] },
  { header: 'Từ ngày', width: 12, kind: 'date', value: ({ m }) => m.statusSince },
  { header: 'Chức vụ', width: 20, value: ({ m }) => m.roles.map((r) => ROLE[r] ?? r).join(', ') },
  { header: 'Tổ đảng', width: 18, value: ({ m }) => m.groupName },
  { header: 'Ngày vào Đảng', width: 14, kind: 'date', value: ({ m }) => m.joinedOn },
  { header: 'Ngày chính thức', width: 14, kind: 'date', value: ({ m }) => m.officialOn },
  { header: 'Hết hạn dự bị', width: 14, kind: 'date', value: ({ m }) => m.probationEndsOn },
  { header: 'Số thẻ đảng viên', width: 16, value: ({ m }) => m.cardNumber },
  { header: 'Điện thoại', width: 14, value: ({ m }) => m.phone },
];

export const ROSTER_HEADERS = COLUMNS.map((c) => c.header);

export async function rosterWorkbook(unitName: string, members: readonly Member[]) {
  const title = `Danh sách đảng viên ${unitName} (đến ngày ${formatTypedDate(todayInVietnam())})`;
  const book = await newWorkbook(title);
  addTableSheet(book, {
    name: 'Danh sách đảng viên',
    title,
    columns: COLUMNS,
    rows: members.map((m, i) => ({ m, i })),
  });
  return workbookBytes(book);
}
