import { romanQuarter } from '#domain/dates/vietnamese-date.ts';
import { type SignatureLines, UNSET_SIGNATURE } from '#domain/documents/document-signer.ts';
import { documentNumber, type PartyDocument, type TableRow } from './party-document.ts';
import { ddmmyyyy, percent } from './report-documents.ts';

/**
 * A committee's report upward on the thematic meetings of its subtree (seeds 001, 004: "Báo cáo đảng ủy xã…
 * kết quả"; DOMAIN.md: a ward reports to the province, whose own report rolls up the wards'). From plain data:
 * the figures the oversight aggregation computed, a row per direct cell and per child committee, the totals,
 * and the officer's assessment and recommendations. A draft until issued ("Số    -BC/ĐU"); issuing stamps the
 * committee's next BC number and keeps it frozen (server/issuing).
 */
export interface CommitteeReportData {
  committee: { name: string; place: string | null };
  parent: { name: string } | null;
  today: string;
  year: number;
  /** A quarter's report, or the year's when null. */
  quarter: number | null;
  /** The quarters of the period that have ended (by today): only those count as missed. */
  endedQuarters: number[];
  cells: CellLine[];
  committees: ChildCommitteeLine[];
  totals: ReportFigures;
  assessment: string | null;
  recommendations: string | null;
  /** The year's commendations of the subtree (seed 000: "biểu dương, khen thưởng"): the annual report only. */
  commendations?: CommendationLine[];
  /** Who signs for the committee (its signer setting when issued); absent: T/M ĐẢNG ỦY, BÍ THƯ, no name. */
  signer?: SignatureLines;
}

/** A commendation as the report lists it: whom, in what form, why, by which decision. */
export interface CommendationLine {
  subject: string;
  kindText: string;
  formText: string;
  reason: string;
  decisionNumber: string;
  decisionDate: string;
  committeeName: string;
}

/** A cell directly under the committee: its thematic meetings of the period and how it followed them up. */
export interface CellLine {
  name: string;
  meetings: { quarter: number; heldOn: string; topicTitle: string | null }[];
  /** Ended quarters of the period it held none in — while it existed (a cell counts from its creation). */
  missedQuarters: number[];
  attendanceRate: number | null;
  tasks: { open: number; overdue: number };
  /** Its period report to this committee: issued (number, day, late or not) or not, and late. */
  report: { number: number | null; issuedOn: string | null; late: boolean };
}

/** Counts over a set of cells (a child committee's subtree, or the whole report's). */
export interface ReportFigures {
  cells: number;
  /** Per quarter of the period: cells that held their thematic meeting, cells that missed an ended quarter. */
  quarters: { quarter: number; held: number; missed: number }[];
  attendanceRate: number | null;
  tasks: { open: number; overdue: number };
  reports: { issued: number; late: number };
}

/** A committee directly under this one, its cells rolled up; its own report of the period once issued. */
export interface ChildCommitteeLine extends ReportFigures {
  name: string;
  upwardReport: { number: number; issuedOn: string } | null;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'];

const periodText = (year: number, quarter: number | null) =>
  quarter === null ? `năm ${year}` : `quý ${romanQuarter(quarter)} năm ${year}`;

/** "5/6 chi bộ (83%)": of the cells, how many held. */
const share = (n: number, of: number) => `${n}/${of}${of ? ` (${percent(n / of)})` : ''}`;

const heldSum = (f: ReportFigures) => f.quarters.reduce((a, q) => a + q.held, 0);
const missedSum = (f: ReportFigures) => f.quarters.reduce((a, q) => a + q.missed, 0);

export function committeeReportDocument(d: CommitteeReportData): PartyDocument {
  const period = periodText(d.year, d.quarter);
  const body: PartyDocument['body'] = [];
  let section = 0;
  const heading = (text: string) => body.push({ kind: 'heading', text: `${ROMAN[section++]}. ${text}` });

  heading('TÌNH HÌNH CHUNG');
  body.push(...summaryParagraphs(d));
  if (d.cells.length > 0) {
    heading('KẾT QUẢ Ở CÁC CHI BỘ TRỰC THUỘC');
    body.push(cellTable(d));
  }
  if (d.committees.length > 0) {
    heading('KẾT QUẢ Ở CÁC ĐẢNG ỦY TRỰC THUỘC');
    body.push(committeeTable(d));
  }
  if (d.quarter === null) {
    heading('BIỂU DƯƠNG, KHEN THƯỞNG');
    body.push(...commendationBlocks(d));
  }
  heading('ĐÁNH GIÁ');
  body.push(...textBlocks(d.assessment));
  heading('KIẾN NGHỊ, ĐỀ XUẤT');
  body.push(...textBlocks(d.recommendations));

  return {
    fileName: `Báo cáo sinh hoạt chuyên đề ${period} - ${d.committee.name}`,
    header: {
      parentBody: d.parent?.name ?? null,
      issuingBody: d.committee.name,
      number: documentNumber(null, 'BC', 'committee'),
      place: d.committee.place ?? '',
      date: d.today,
    },
    type: 'Báo cáo',
    summary: `Kết quả sinh hoạt chuyên đề ${period}`,
    body,
    signature: { ...(d.signer ?? UNSET_SIGNATURE) },
    recipients: [
      ...(d.parent ? [`- ${d.parent.name} (để báo cáo);`] : []),
      '- Các chi bộ, đảng ủy trực thuộc;',
      '- Lưu Văn phòng Đảng ủy.',
    ],
  };
}

/** Section I: the totals over the whole subtree, in sentences. */
function summaryParagraphs(d: CommitteeReportData): PartyDocument['body'] {
  const t = d.totals;
  const p = (text: string) => ({ kind: 'paragraph' as const, indent: true, text });
  const out: PartyDocument['body'] = [];
  const under = t.cells - d.cells.length;
  out.push(
    p(
      `Đảng bộ có ${t.cells} chi bộ${d.committees.length ? ` (${d.cells.length} chi bộ trực thuộc, ${under} chi bộ thuộc ${d.committees.length} đảng ủy trực thuộc)` : ' trực thuộc'}.`,
    ),
  );
  for (const q of t.quarters) {
    const ended = d.endedQuarters.includes(q.quarter);
    out.push(
      p(
        `Quý ${romanQuarter(q.quarter)}: ${share(q.held, t.cells)} chi bộ đã tổ chức sinh hoạt chuyên đề${ended ? `; ${q.missed} chi bộ không tổ chức` : '; quý chưa kết thúc'}.`,
      ),
    );
  }
  out.push(p(`Tỷ lệ đảng viên dự sinh hoạt chuyên đề bình quân: ${percent(t.attendanceRate)}.`));
  out.push(
    p(
      `Nhiệm vụ được giao tại các buổi sinh hoạt: ${t.tasks.open} nhiệm vụ đang thực hiện, trong đó ${t.tasks.overdue} nhiệm vụ quá hạn.`,
    ),
  );
  out.push(
    p(
      `Báo cáo ${periodText(d.year, d.quarter)} của các chi bộ: ${t.reports.issued}/${t.cells} chi bộ đã gửi${t.reports.late ? `; ${t.reports.late} báo cáo chậm hoặc chưa gửi khi đã quá hạn` : ''}.`,
    ),
  );
  return out;
}

/** The meetings of a cell in the period: "10/09/2026: <topic>", the quarters it missed, or why neither. */
function meetingText(c: CellLine, d: CommitteeReportData): string {
  const lines = c.meetings.map(
    (m) =>
      `${d.quarter === null ? `Quý ${romanQuarter(m.quarter)}: ` : ''}${ddmmyyyy(m.heldOn)} – ${m.topicTitle ?? 'Sinh hoạt chuyên đề'}`,
  );
  if (c.missedQuarters.length)
    lines.push(
      d.quarter === null
        ? `Không tổ chức: quý ${c.missedQuarters.map(romanQuarter).join(', ')}`
        : 'Không tổ chức sinh hoạt chuyên đề',
    );
  if (lines.length) return lines.join('; ');
  const ended = d.endedQuarters.some((q) => d.quarter === null || q === d.quarter);
  return ended ? 'Chưa tính (chi bộ thành lập sau đầu kỳ)' : 'Chưa tổ chức (quý chưa kết thúc)';
}

function reportText(r: CellLine['report']): string {
  if (r.issuedOn) {
    const number = r.number ? `${documentNumber(r.number, 'BC', 'cell').replace('Số ', '')}, ` : '';
    return `${number}${ddmmyyyy(r.issuedOn)}${r.late ? ' (chậm)' : ''}`;
  }
  return r.late ? 'Chưa gửi (quá hạn)' : 'Chưa gửi';
}

function cellTable(d: CommitteeReportData): PartyDocument['body'][number] {
  const rows: TableRow[] = d.cells.map((c, i) => ({
    cells: [
      String(i + 1),
      c.name,
      meetingText(c, d),
      percent(c.attendanceRate),
      `${c.tasks.open} (quá hạn ${c.tasks.overdue})`,
      reportText(c.report),
    ],
  }));
  return {
    kind: 'table',
    widths: [1, 4, 7, 2, 3, 4],
    header: [
      'TT',
      'Chi bộ',
      'Sinh hoạt chuyên đề',
      'Tỷ lệ dự',
      'Nhiệm vụ đang thực hiện',
      'Báo cáo của chi bộ',
    ],
    rows,
  };
}

function committeeTable(d: CommitteeReportData): PartyDocument['body'][number] {
  const line = (name: string, f: ReportFigures, report: string): string[] => [
    name,
    String(f.cells),
    String(heldSum(f)),
    String(missedSum(f)),
    percent(f.attendanceRate),
    `${f.tasks.open} (quá hạn ${f.tasks.overdue})`,
    `${f.reports.issued}${f.reports.late ? ` (chậm ${f.reports.late})` : ''}`,
    report,
  ];
  const rows: TableRow[] = d.committees.map((c, i) => ({
    cells: [
      String(i + 1),
      ...line(
        c.name,
        c,
        c.upwardReport
          ? `${documentNumber(c.upwardReport.number, 'BC', 'committee').replace('Số ', '')}, ${ddmmyyyy(c.upwardReport.issuedOn)}`
          : 'Chưa gửi',
      ),
    ],
  }));
  const held = d.quarter === null ? 'Lượt chi bộ đã sinh hoạt' : 'Chi bộ đã sinh hoạt';
  const missed = d.quarter === null ? 'Lượt chi bộ không sinh hoạt' : 'Chi bộ không sinh hoạt';
  return {
    kind: 'table',
    widths: [1, 5, 2, 2, 2, 2, 3, 2, 4],
    header: [
      'TT',
      'Đảng ủy',
      'Số chi bộ',
      held,
      missed,
      'Tỷ lệ dự',
      'Nhiệm vụ đang thực hiện',
      'Báo cáo chi bộ đã gửi',
      'Báo cáo của đảng ủy',
    ],
    rows,
  };
}

/**
 * The annual report's section on the year's commendations of the subtree (seed 000: "kịp thời biểu dương, khen
 * thưởng những nhân tố tích cực"): a table of them, or a sentence saying there were none.
 */
function commendationBlocks(d: CommitteeReportData): PartyDocument['body'] {
  const list = d.commendations ?? [];
  if (list.length === 0)
    return [
      {
        kind: 'paragraph',
        indent: true,
        text: `Năm ${d.year} chưa có biểu dương, khen thưởng nào được ghi nhận.`,
      },
    ];
  return [
    {
      kind: 'paragraph',
      indent: true,
      text: `Năm ${d.year}, đã biểu dương, khen thưởng ${list.length} lượt tập thể, cá nhân, chuyên đề tiêu biểu:`,
    },
    {
      kind: 'table',
      widths: [1, 5, 3, 6, 4],
      header: ['TT', 'Đối tượng', 'Hình thức', 'Lý do', 'Quyết định'],
      rows: list.map((c, i) => ({
        cells: [
          String(i + 1),
          c.subject,
          `${c.kindText}: ${c.formText}`,
          c.reason,
          `Số ${c.decisionNumber}, ngày ${ddmmyyyy(c.decisionDate)} (${c.committeeName})`,
        ],
      })),
    },
  ];
}

/** The officer's text, one paragraph a line; a blank part shows the ellipsis of a form still to fill. */
function textBlocks(text: string | null): PartyDocument['body'] {
  const lines = (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 0) return [{ kind: 'paragraph', indent: true, text: '…' }];
  return lines.map((line) => ({ kind: 'paragraph', indent: true, align: 'justify', text: line }));
}
