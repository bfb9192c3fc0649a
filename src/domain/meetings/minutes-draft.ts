import type { LocalDate } from '../dates/local-date.ts';
import { vietnameseDate } from '../dates/vietnamese-date.ts';
import { TASK_STATE_NAME, type TaskReportStatus } from '../follow-up/task-progress.ts';
import type { AgendaItemKind, AgendaPart, MeetingKind } from './agenda.ts';
import type { AttendanceCounts } from './attendance.ts';
import type { ShortLeadWarning } from './draft-gate.ts';

/**
 * The first text of the minutes, written from what the console recorded, in the order of seed 000's
 * procedure: time and place, chair and minute-taker, delegates, attendance with the names of absentees and
 * their reasons, the agenda, the presentation, each speech, the conclusion, votes, assignments, closing time.
 * The minute-taker edits it before the chair and the minute-taker sign.
 */
export interface MinutesFacts {
  cellName: string;
  place: string;
  heldOn: LocalDate;
  startedAt: string | null;
  endedAt: string | null;
  kind: MeetingKind;
  topicTitle: string | null;
  presenters: string[];
  chair: string | null;
  minuteTaker: string | null;
  guests: { fullName: string; title: string | null; unitName: string | null; kind: 'delegate' | 'staff' }[];
  counts: AttendanceCounts;
  absentees: { fullName: string; excused: boolean; reason: string | null }[];
  agenda: { part: AgendaPart; kind: AgendaItemKind; title: string | null }[];
  speeches: { speaker: string; note: string | null }[];
  conclusion: string | null;
  votes: { subject: string; for: number; against: number; abstain: number; base: number; passed: boolean }[];
  tasks: { title: string; owner: string | null; dueOn: LocalDate | null }[];
  /** The draft reached members fewer days before the meeting than practice expects (draft-gate.ts). */
  draftSentLate?: ShortLeadWarning | null;
  /** The Hồ Chí Minh study's recorded minutes (timing.ts); none for a thematic meeting on another topic. */
  study?: { minutes: number; required: number } | null;
  /** What was carried here for evaluation and what the cell chose to put into practice (practice.ts). */
  practice?: {
    carried: { text: string; owner: string | null; reviews: { note: string; achieved: boolean }[] }[];
    commitments: { text: string; owner: string | null }[];
  };
  /** The earlier meetings' assignments checked here, with what the chair recorded (task-check.ts). */
  checks?: TaskCheckLine[];
}

export interface TaskCheckLine {
  title: string;
  owner: string | null;
  assignedOn: LocalDate;
  /** None while this meeting has not recorded it. */
  status: TaskReportStatus | null;
  note: string | null;
}

/** The heading of the check in the minutes and the report (seed 002: "Tại phiên họp định kỳ đến kiểm tra"). */
export const TASK_CHECK_HEADING = 'Kiểm tra việc thực hiện kết luận kỳ trước';

/** One assignment as checked: "… (đồng chí A, giao ngày 10/03/2026): Chưa hoàn thành, lý do: …". */
export function taskCheckText(c: TaskCheckLine): string {
  const state = c.status === null ? 'chưa kiểm tra' : TASK_STATE_NAME[c.status];
  const note = c.note ? (c.status === 'not_done' ? `, lý do: ${c.note}` : ` — ${c.note}`) : '';
  return `${c.title} (${who(c.owner)}, giao ngày ${ddmmyyyy(c.assignedOn)}): ${state}${note}.`;
}

export const AGENDA_ITEM_TEXT: Record<AgendaItemKind, string> = {
  reason_and_delegates: 'Tuyên bố lý do, giới thiệu đại biểu',
  appoint_minute_taker: 'Cử thư ký ghi biên bản',
  attendance: 'Thông báo số đảng viên có mặt, vắng mặt',
  adopt_agenda: 'Thông qua nội dung, chương trình sinh hoạt',
  purpose: 'Bí thư nêu mục đích, yêu cầu của buổi sinh hoạt chuyên đề',
  presentation: 'Đảng viên được phân công trình bày dự thảo chuyên đề',
  discussion: 'Đảng viên phát biểu, thảo luận, góp ý',
  absorption: 'Người chuẩn bị tiếp thu ý kiến',
  regular_business: 'Sinh hoạt chi bộ thường kỳ',
  practice_review: 'Đánh giá kết quả học tập, làm theo của tập thể và cá nhân',
  ho_chi_minh_study: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  evaluation: 'Đánh giá công tác chuẩn bị và chất lượng chuyên đề',
  conclusion: 'Kết luận',
  assignments: 'Phân công thực hiện',
  other: 'Nội dung khác',
  professional: 'Nội dung chuyên môn',
};

export const PART_TEXT: Record<AgendaPart, string> = {
  opening: 'Phần mở đầu',
  regular: 'Phần sinh hoạt chi bộ thường kỳ',
  thematic: 'Phần sinh hoạt chuyên đề',
  closing: 'Phần kết thúc',
};

const MEETING_TEXT: Record<MeetingKind, string> = {
  thematic: 'sinh hoạt chuyên đề',
  combined: 'sinh hoạt thường kỳ kết hợp sinh hoạt chuyên đề',
  regular: 'sinh hoạt chi bộ thường kỳ',
};

const ddmmyyyy = (date: LocalDate) => date.split('-').reverse().join('/');

function clock(instant: string | null): string {
  if (!instant) return '…';
  // Việt Nam is UTC+7 all year.
  const d = new Date(Date.parse(instant) + 7 * 3600_000);
  return `${String(d.getUTCHours()).padStart(2, '0')} giờ ${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

const who = (owner: string | null) => (owner ? `đồng chí ${owner}` : 'tập thể chi bộ');

/**
 * Seed 002: "Việc sinh hoạt chuyên đề học tập làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh … cần thể hiện
 * rõ ràng trong sổ ghi biên bản": its time (flagged under 30 minutes), last month's commitments evaluated,
 * and what the cell chose to put into practice.
 */
function studyLines(f: MinutesFacts, lines: string[]) {
  const carried = f.practice?.carried ?? [];
  const commitments = f.practice?.commitments ?? [];
  if (!f.study && carried.length === 0 && commitments.length === 0) return;
  lines.push('- Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh:');
  if (f.study) {
    lines.push(`  + Thời gian học tập: ${f.study.minutes} phút.`);
    if (f.study.minutes < f.study.required)
      lines.push(
        `  + Lưu ý: chưa đủ thời gian tối thiểu ${f.study.required} phút học tập theo hướng dẫn (mới ${f.study.minutes} phút).`,
      );
  }
  for (const c of carried) {
    const review = c.reviews.at(-1);
    lines.push(
      `  + Đánh giá việc làm theo “${c.text}” (${who(c.owner)}): ${review ? `${review.note} — ${review.achieved ? 'đã đạt kết quả, kết thúc' : 'tiếp tục thực hiện, đánh giá tháng sau'}` : 'chưa đánh giá'}.`,
    );
  }
  for (const c of commitments) lines.push(`  + Nội dung làm theo: ${c.text} (${who(c.owner)}).`);
}

/**
 * Seed 002: "Đồng chí chủ trì kết luận …, phân công trách nhiệm thực hiện. Tại phiên họp định kỳ đến kiểm tra đánh
 * giá kết quả thực hiện" — what the earlier meetings assigned and this one checked is written in the minute book.
 */
function checkLines(f: MinutesFacts, lines: string[]) {
  if (!f.checks || f.checks.length === 0) return;
  lines.push(`${TASK_CHECK_HEADING}:`);
  for (const c of f.checks) lines.push(`  + ${taskCheckText(c)}`);
}

export function draftMinutes(f: MinutesFacts): string {
  const lines: string[] = [];
  const c = f.counts;
  lines.push(
    `Hôm nay, ${vietnameseDate(f.heldOn)}, vào lúc ${clock(f.startedAt)}, tại ${f.place}, ${f.cellName} tổ chức ${MEETING_TEXT[f.kind]}${f.topicTitle ? `: “${f.topicTitle}”` : ''}.`,
  );
  lines.push('', 'I. THÀNH PHẦN');
  lines.push(`- Chủ trì: đồng chí ${f.chair ?? '…'}.`);
  lines.push(`- Thư ký: đồng chí ${f.minuteTaker ?? '…'}.`);
  const delegates = f.guests.filter((g) => g.kind === 'delegate');
  if (delegates.length > 0)
    lines.push(
      `- Đại biểu: ${delegates.map((g) => [g.fullName, g.title, g.unitName].filter(Boolean).join(', ')).join('; ')}.`,
    );
  const staff = f.guests.filter((g) => g.kind === 'staff');
  if (staff.length > 0) lines.push(`- Cán bộ, nhân viên dự: ${staff.map((g) => g.fullName).join('; ')}.`);
  lines.push(
    `- Tổng số đảng viên: ${c.total} (chính thức ${c.official}, dự bị ${c.probationary}, miễn sinh hoạt ${c.exempt}); có mặt ${c.present}/${c.expected}${c.rate === null ? '' : ` (${Math.round(c.rate * 100)}%)`}; vắng có lý do ${c.absentExcused}; vắng không lý do ${c.absentUnexcused}.`,
  );
  for (const a of f.absentees)
    lines.push(
      `  + Đồng chí ${a.fullName}: vắng ${a.excused ? `có lý do${a.reason ? ` (${a.reason})` : ''}` : 'không lý do'}.`,
    );

  lines.push('', 'II. NỘI DUNG, CHƯƠNG TRÌNH');
  // Seed 002: the thematic part must show clearly in the minute book, so each part is named.
  f.agenda.forEach((item, i) => {
    if (item.part !== f.agenda[i - 1]?.part) lines.push(`${PART_TEXT[item.part]}:`);
    lines.push(`${i + 1}. ${item.title ?? AGENDA_ITEM_TEXT[item.kind]}.`);
  });

  lines.push('', 'III. DIỄN BIẾN');
  // Seed 000: the draft goes to members "trước khi tổ chức sinh hoạt"; a short interval is written down.
  if (f.draftSentLate)
    lines.push(
      `- Lưu ý: dự thảo chuyên đề được gửi đến đảng viên ngày ${ddmmyyyy(f.draftSentLate.sentOn)}, trước buổi sinh hoạt ${f.draftSentLate.days} ngày (ít hơn ${f.draftSentLate.required} ngày để đảng viên nghiên cứu, góp ý).`,
    );
  checkLines(f, lines);
  if (f.presenters.length > 0)
    lines.push(
      `- Đồng chí ${f.presenters.join(', ')} trình bày dự thảo chuyên đề${f.topicTitle ? ` “${f.topicTitle}”` : ''}.`,
    );
  if (f.speeches.length === 0) lines.push('- Không có ý kiến phát biểu.');
  for (const s of f.speeches) lines.push(`- Đồng chí ${s.speaker} phát biểu${s.note ? `: ${s.note}` : '.'}`);

  studyLines(f, lines);

  lines.push('', 'IV. KẾT LUẬN');
  lines.push(f.conclusion ?? '…');
  for (const v of f.votes)
    lines.push(
      `- Biểu quyết ${quotedSubject(v.subject)}: tán thành ${v.for}, không tán thành ${v.against}, không biểu quyết ${v.abstain} trên tổng số ${v.base} đảng viên được tính; ${v.passed ? 'được thông qua' : 'không được thông qua'}.`,
    );
  if (f.tasks.length > 0) {
    lines.push('', 'V. PHÂN CÔNG THỰC HIỆN');
    for (const t of f.tasks)
      lines.push(
        `- ${t.title}: ${t.owner ? `đồng chí ${t.owner}` : 'tập thể chi bộ'}${t.dueOn ? `, hạn ${t.dueOn.split('-').reverse().join('/')}` : ''}.`,
      );
  }
  lines.push('', `Buổi sinh hoạt kết thúc vào lúc ${clock(f.endedAt)} cùng ngày.`);
  return lines.join('\n');
}

/**
 * A vote's subject in quotation marks, once: a subject already quoted ("“Nghị quyết …”") or quoting a title
 * inside ("Thông qua nghị quyết “…”") is not wrapped again (issue 17: no doubled quotation mark).
 */
export function quotedSubject(subject: string): string {
  const text = subject.trim();
  const bare = text.replace(/^[“"]+/, '').replace(/[”"]+$/, '');
  if (/[“”"]/.test(bare)) return text;
  return `“${bare}”`;
}
