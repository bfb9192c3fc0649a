import { romanQuarter, vietnameseDate } from '#domain/dates/vietnamese-date.ts';
import type { TaskCounts } from '#domain/follow-up/task-progress.ts';
import { TASK_CHECK_HEADING, type TaskCheckLine, taskCheckText } from '#domain/meetings/minutes-draft.ts';
import type { PlanStep } from '#domain/plans/plan-schedule.ts';
import { documentNumber, type PartyDocument, type TableRow } from './party-document.ts';

/**
 * Reports a cell sends up to its committee (DOMAIN.md "After the meeting" and "Oversight": the finished topic
 * is reported upward; seed 001 asks for quarterly progress reports; the year ends with a review). Built as
 * drafts, the number line blank ("Số    -BC/CB"); issuing one stamps its number and date and keeps it frozen
 * (documents/issued.ts, decision 005).
 */
interface Unit {
  cell: { name: string; place: string | null };
  parent: { name: string } | null;
  secretaryName: string | null;
  today: string;
}

/** A share as the reports print it: "85%", or a dash when there is nothing to count. */
export const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);
/** A local date as users read it: dd/mm/yyyy. */
export const ddmmyyyy = (date: string) => date.split('-').reverse().join('/');

function frame(u: Unit, fileName: string, summary: string, body: PartyDocument['body']): PartyDocument {
  return {
    fileName,
    header: {
      parentBody: u.parent?.name ?? null,
      issuingBody: u.cell.name,
      number: documentNumber(null, 'BC', 'cell'),
      place: u.cell.place ?? '',
      date: u.today,
    },
    type: 'Báo cáo',
    summary,
    body,
    signature: { authority: 'T/M CHI BỘ', title: 'BÍ THƯ', name: u.secretaryName },
    recipients: [...(u.parent ? [`- ${u.parent.name} (để báo cáo);`] : []), '- Lưu chi bộ.'],
  };
}

export interface MeetingReportData extends Unit {
  topicTitle: string | null;
  heldOn: string;
  /** The scheduled time 'HH:MM', used only if the meeting never recorded its start. */
  startsAt: string;
  /** The instant the meeting actually started, as the minutes record it. */
  startedAt: string | null;
  place: string;
  chair: string | null;
  minuteTaker: string | null;
  delegates: string[];
  presenters: string[];
  preparation: {
    draft1ApprovedOn: string | null;
    sentTo: number;
    opened: number;
    comments: number;
    commenters: number;
    accepted: number;
    partlyAccepted: number;
    notAccepted: number;
    draft2ApprovedOn: string | null;
  } | null;
  counts: {
    total: number;
    present: number;
    expected: number;
    absentExcused: number;
    absentUnexcused: number;
    rate: number | null;
  };
  /** A regular meeting has no thematic part (agenda.ts). */
  kind: 'thematic' | 'combined' | 'regular';
  thematicMinutes: number;
  /** The Hồ Chí Minh study's recorded minutes (seed 002: at least 30); none for another thematic topic. */
  study: { minutes: number; required: number } | null;
  speeches: number;
  conclusion: string | null;
  votes: { subject: string; for: number; base: number; passed: boolean }[];
  tasks: { title: string; owner: string | null; dueOn: string | null }[];
  /** The earlier meetings' assignments checked at this one (seed 002: "Tại phiên họp định kỳ đến kiểm tra"). */
  checks?: TaskCheckLine[];
  /** The secretary's evaluation (seed 001), once written. */
  evaluation: { preparer: string | null; result: string | null; lessons: string | null } | null;
}

const EVALUATION_PARTS = [
  ['preparer', 'Đối với đảng viên được phân công chuẩn bị chuyên đề'],
  ['result', 'Kết quả buổi sinh hoạt chuyên đề'],
  ['lessons', 'Rút kinh nghiệm cho những buổi sinh hoạt tiếp theo'],
] as const;

const MEETING_TEXT: Record<MeetingReportData['kind'], string> = {
  thematic: 'sinh hoạt chuyên đề',
  combined: 'sinh hoạt thường kỳ kết hợp sinh hoạt chuyên đề',
  regular: 'sinh hoạt chi bộ thường kỳ',
};

/** The time the minutes record the meeting started ("vào lúc …"), Việt Nam's clock (UTC+7, all year). */
function startTime(d: Pick<MeetingReportData, 'startsAt' | 'startedAt'>): string {
  if (!d.startedAt) return d.startsAt;
  return new Date(Date.parse(d.startedAt) + 7 * 3600_000).toISOString().slice(11, 16);
}

/** The result of one thematic meeting, with how its topic was prepared (seeds 000, 001). */
export function meetingReport(d: MeetingReportData): PartyDocument {
  const body: PartyDocument['body'] = [];
  body.push({ kind: 'heading', text: 'I. CÔNG TÁC CHUẨN BỊ' });
  if (d.presenters.length > 0)
    body.push({
      kind: 'paragraph',
      indent: true,
      text: `Đồng chí ${d.presenters.join(', ')} được phân công chuẩn bị chuyên đề.`,
    });
  const p = d.preparation;
  if (p) {
    if (p.draft1ApprovedOn)
      body.push({
        kind: 'paragraph',
        indent: true,
        text: `Dự thảo lần 1 được thông qua ngày ${ddmmyyyy(p.draft1ApprovedOn)}, gửi đến ${p.sentTo} đảng viên (${p.opened} đồng chí đã mở đọc); nhận ${p.comments} ý kiến của ${p.commenters} đồng chí: tiếp thu ${p.accepted}, tiếp thu một phần ${p.partlyAccepted}, không tiếp thu ${p.notAccepted} (có giải trình).`,
      });
    if (p.draft2ApprovedOn)
      body.push({
        kind: 'paragraph',
        indent: true,
        text: `Dự thảo lần 2 được thông qua ngày ${ddmmyyyy(p.draft2ApprovedOn)}.`,
      });
  }
  body.push({ kind: 'heading', text: 'II. TỔ CHỨC SINH HOẠT' });
  const [h, m] = startTime(d).split(':');
  body.push({
    kind: 'paragraph',
    indent: true,
    text: `Chi bộ tổ chức ${MEETING_TEXT[d.kind]} lúc ${h} giờ ${m}, ${vietnameseDate(d.heldOn)}, tại ${d.place}; chủ trì: đồng chí ${d.chair ?? '…'}; thư ký: đồng chí ${d.minuteTaker ?? '…'}${d.delegates.length ? `; đại biểu: ${d.delegates.join('; ')}` : ''}.`,
  });
  const c = d.counts;
  body.push({
    kind: 'paragraph',
    indent: true,
    text: `Đảng viên có mặt ${c.present}/${c.expected} (${percent(c.rate)}); vắng có lý do ${c.absentExcused}; vắng không lý do ${c.absentUnexcused}.`,
  });
  body.push({
    kind: 'paragraph',
    indent: true,
    text: `${d.kind === 'regular' ? '' : `Phần sinh hoạt chuyên đề kéo dài ${d.thematicMinutes} phút; `}có ${d.speeches} lượt ý kiến phát biểu.`,
  });
  // Seed 002: "dành thời gian ít nhất 30 phút" — a shorter study is said in the report, not only on a screen.
  if (d.study)
    body.push({
      kind: 'paragraph',
      indent: true,
      text: `Phần học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh: ${d.study.minutes} phút${d.study.minutes >= d.study.required ? ` (bảo đảm thời gian tối thiểu ${d.study.required} phút theo hướng dẫn).` : `; chưa đủ thời gian tối thiểu ${d.study.required} phút theo hướng dẫn.`}`,
    });
  if (d.checks && d.checks.length > 0) {
    body.push({ kind: 'paragraph', indent: true, text: `${TASK_CHECK_HEADING}:` });
    for (const c of d.checks) body.push({ kind: 'paragraph', text: `- ${taskCheckText(c)}` });
  }
  body.push({ kind: 'heading', text: 'III. KẾT QUẢ' });
  body.push({
    kind: 'paragraph',
    indent: true,
    text: d.conclusion ? `Kết luận: ${d.conclusion}` : 'Kết luận: …',
  });
  for (const v of d.votes)
    body.push({
      kind: 'paragraph',
      indent: true,
      text: `Biểu quyết “${v.subject}”: ${v.for}/${v.base} tán thành, ${v.passed ? 'được thông qua' : 'không được thông qua'}.`,
    });
  for (const t of d.tasks)
    body.push({
      kind: 'paragraph',
      text: `- ${t.title}: ${t.owner ? `đồng chí ${t.owner}` : 'tập thể chi bộ'}${t.dueOn ? `, hạn ${ddmmyyyy(t.dueOn)}` : ''}.`,
    });
  const written = EVALUATION_PARTS.filter(([key]) => d.evaluation?.[key]?.trim());
  if (written.length > 0) {
    body.push({ kind: 'heading', text: 'IV. NHẬN XÉT, ĐÁNH GIÁ' });
    written.forEach(([key, title], i) => {
      body.push({ kind: 'paragraph', text: `${i + 1}. ${title}`, bold: true });
      for (const line of (d.evaluation?.[key] ?? '').split(/\r?\n/).filter((l) => l.trim()))
        body.push({ kind: 'paragraph', indent: true, align: 'justify', text: line.trim() });
    });
  }
  return frame(
    d,
    `Báo cáo kết quả sinh hoạt chuyên đề ngày ${d.heldOn.split('-').reverse().join('-')} - ${d.cell.name}`,
    d.topicTitle ? `Kết quả sinh hoạt chuyên đề “${d.topicTitle}”` : 'Kết quả sinh hoạt chuyên đề',
    body,
  );
}

const STEP_TEXT: Record<PlanStep, string> = {
  outline: 'đề cương',
  draft1: 'dự thảo lần 1',
  comments: 'lấy ý kiến',
  draft2: 'dự thảo lần 2',
  meeting: 'sinh hoạt',
};

export interface PeriodReportData extends Unit {
  year: number;
  /** A quarter's progress report, or the whole year's when absent. */
  quarter: number | null;
  topics: {
    quarter: number;
    title: string;
    preparers: string[];
    stepsDone: number;
    overdue: PlanStep[];
    final: boolean;
  }[];
  meetings: {
    heldOn: string;
    topicTitle: string | null;
    present: number;
    expected: number;
    minutesNumber: number | null;
  }[];
  members: {
    name: string;
    meetings: number;
    present: number;
    absentExcused: number;
    absentUnexcused: number;
    spoke: number;
  }[];
  /** Exempt members (miễn sinh hoạt): not expected, shown apart — meetings during the exemption, present. */
  exempt?: { name: string; meetings: number; present: number }[];
  /** Months ('YYYY-MM') with a thematic meeting and no regular one (seed 000, domain/meetings/monthly.ts). */
  monthsWithoutRegular: string[];
  /** The assignments given at the period's meetings, as followed up (seed 002: checked the month after). */
  tasks: { counts: TaskCounts; overdue: { title: string; owner: string | null; dueOn: string | null }[] };
}

/** Progress of the plan in a quarter (seed 001) or over the year: topics, meetings, participation. */
export function periodReport(d: PeriodReportData): PartyDocument {
  const period = d.quarter ? `quý ${romanQuarter(d.quarter)} năm ${d.year}` : `năm ${d.year}`;
  const body: PartyDocument['body'] = [];
  const held = d.meetings.length;
  const present = d.meetings.reduce((a, m) => a + m.present, 0);
  const expected = d.meetings.reduce((a, m) => a + m.expected, 0);
  const overdue = d.topics.reduce((a, t) => a + t.overdue.length, 0);
  body.push({ kind: 'heading', text: 'I. TÌNH HÌNH THỰC HIỆN KẾ HOẠCH' });
  body.push({
    kind: 'paragraph',
    indent: true,
    text: `Kế hoạch ${period} có ${d.topics.length} chuyên đề; chi bộ đã tổ chức ${held} buổi sinh hoạt chuyên đề; ${d.topics.filter((t) => t.final).length} chuyên đề đã hoàn chỉnh sau sinh hoạt${overdue ? `; còn ${overdue} bước quá hạn` : '; không có bước nào quá hạn'}.`,
  });
  const topicRows: TableRow[] = d.topics.map((t, i) => ({
    cells: [
      String(i + 1),
      `Quý ${romanQuarter(t.quarter)}: ${t.title}`,
      t.preparers.join(', '),
      `${t.stepsDone}/5 bước${t.overdue.length ? `; quá hạn: ${t.overdue.map((s) => STEP_TEXT[s]).join(', ')}` : ''}${t.final ? '; đã hoàn chỉnh' : ''}`,
    ],
  }));
  body.push({
    kind: 'table',
    widths: [1, 7, 4, 5],
    header: ['TT', 'Chuyên đề', 'Người chuẩn bị', 'Tiến độ'],
    rows: topicRows,
  });
  body.push({ kind: 'heading', text: 'II. CÁC BUỔI SINH HOẠT CHUYÊN ĐỀ' });
  body.push({
    kind: 'paragraph',
    indent: true,
    text: held
      ? `Tỷ lệ đảng viên dự sinh hoạt bình quân: ${percent(expected ? present / expected : null)}.`
      : 'Trong kỳ chưa tổ chức buổi sinh hoạt chuyên đề nào.',
  });
  if (held)
    body.push({
      kind: 'table',
      widths: [3, 8, 3, 3],
      header: ['Ngày', 'Nội dung', 'Có mặt', 'Biên bản'],
      rows: d.meetings.map((m) => ({
        cells: [
          ddmmyyyy(m.heldOn),
          m.topicTitle ?? 'Sinh hoạt chuyên đề',
          `${m.present}/${m.expected}`,
          m.minutesNumber ? documentNumber(m.minutesNumber, 'BB', 'cell').replace('Số ', '') : 'Chưa ký',
        ],
      })),
    });
  if (d.monthsWithoutRegular.length > 0)
    body.push({
      kind: 'paragraph',
      indent: true,
      // Seed 000: "không thay thế sinh hoạt chi bộ thường xuyên".
      text: `Lưu ý: ${d.monthsWithoutRegular.map((month) => `tháng ${Number(month.slice(5, 7))}/${month.slice(0, 4)}`).join(', ')} có sinh hoạt chuyên đề nhưng không sinh hoạt chi bộ thường kỳ; sinh hoạt chuyên đề không thay thế sinh hoạt chi bộ thường xuyên.`,
    });
  body.push({ kind: 'heading', text: 'III. KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO' });
  const k = d.tasks.counts;
  body.push({
    kind: 'paragraph',
    indent: true,
    text: k.total
      ? `Các buổi sinh hoạt trong kỳ giao ${k.total} nhiệm vụ: hoàn thành ${k.done}; đang thực hiện ${k.inProgress}; chưa hoàn thành ${k.notDone}; chưa báo cáo kết quả ${k.open}${k.overdue ? `; quá hạn ${k.overdue}` : ''}.`
      : 'Các buổi sinh hoạt trong kỳ không giao nhiệm vụ nào.',
  });
  if (d.tasks.overdue.length)
    body.push({
      kind: 'table',
      widths: [8, 5, 3],
      header: ['Nhiệm vụ quá hạn', 'Người thực hiện', 'Thời hạn'],
      rows: d.tasks.overdue.map((t) => ({
        cells: [t.title, t.owner ?? 'Chi bộ', t.dueOn ? ddmmyyyy(t.dueOn) : ''],
      })),
    });
  if (!d.quarter && d.members.length > 0) {
    body.push({ kind: 'heading', text: 'IV. THAM GIA CỦA ĐẢNG VIÊN' });
    body.push({
      kind: 'table',
      widths: [6, 2, 2, 2, 2, 2],
      header: ['Họ và tên', 'Số buổi', 'Có mặt', 'Vắng có lý do', 'Vắng không lý do', 'Phát biểu'],
      rows: d.members.map((m) => ({
        cells: [
          m.name,
          String(m.meetings),
          String(m.present),
          String(m.absentExcused),
          String(m.absentUnexcused),
          String(m.spoke),
        ],
      })),
    });
    if (d.exempt && d.exempt.length > 0)
      body.push({
        kind: 'paragraph',
        indent: true,
        text: `Đảng viên được miễn sinh hoạt (không tính vào số phải có mặt): ${d.exempt
          .map((m) => `${m.name} (có mặt ${m.present}/${m.meetings} buổi)`)
          .join('; ')}.`,
      });
  }
  return frame(
    d,
    `Báo cáo sinh hoạt chuyên đề ${period} - ${d.cell.name}`,
    `Kết quả thực hiện kế hoạch sinh hoạt chuyên đề ${period}`,
    body,
  );
}
