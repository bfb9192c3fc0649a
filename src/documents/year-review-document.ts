import { romanQuarter } from '#domain/dates/vietnamese-date.ts';
import type { PartyDocument, TableRow } from './party-document.ts';

/**
 * The cell's year-end review of its thematic meetings (issue 16; seed 001: each member's participation is "căn
 * cứ để Chi bộ đánh giá, bình xét thi đua cuối năm"), in two documents from plain data: the members' table
 * (figures, proposed level, the cell's assessment) and the cell's own year with the secretary's
 * self-assessment. Both say that they are one input to the party's annual rating (Quy định 124-QĐ/TW), decided
 * elsewhere. A record that goes up with the annual report, not a numbered document.
 */
export interface YearReviewMemberLine {
  name: string;
  /** The days the person was a member of the cell this year when not the whole year ("từ 01/06/2026"). */
  period: string | null;
  expected: number;
  attended: number;
  excused: number;
  unexcused: number;
  spoke: number;
  draftsCommented: number;
  topicsPrepared: number;
  tasks: { done: number; late: number; open: number };
  proposed: string | null;
  assessed: string | null;
  remark: string | null;
  reason: string | null;
}

export interface YearReviewData {
  year: number;
  cell: { name: string; place: string | null };
  parent: { name: string } | null;
  secretaryName: string | null;
  today: string;
  /** Where the thresholds came from ("Đảng ủy phường …", or the default). */
  thresholdsSource: string;
  members: YearReviewMemberLine[];
  quarters: { quarter: number; thematic: number; regular: number; quality: string | null }[];
  tasks: { total: number; done: number; open: number; overdue: number };
  selfAssessment: { strengths: string | null; limitations: string | null; direction: string | null };
  final: boolean;
}

export const INPUT_NOTE =
  'Kết quả này là một căn cứ để chi bộ đánh giá, bình xét thi đua cuối năm; việc đánh giá, xếp loại chất lượng đảng viên (bốn mức theo Quy định 124-QĐ/TW) do cấp có thẩm quyền thực hiện theo quy định riêng.';

const header = (d: YearReviewData) => ({
  parentBody: d.parent?.name ?? null,
  issuingBody: d.cell.name,
  number: '',
  place: d.cell.place ?? '',
  date: d.today,
});

const textBlocks = (text: string | null): PartyDocument['body'] =>
  (text?.trim() ? text.split(/\n+/) : ['…………………………………………………………………………………………']).map((line) => ({
    kind: 'paragraph' as const,
    indent: true,
    text: line.trim(),
  }));

export function yearReviewMembersDocument(d: YearReviewData): PartyDocument {
  const rows: TableRow[] = d.members.map((m, i) => ({
    cells: [
      String(i + 1),
      m.period ? `${m.name} (${m.period})` : m.name,
      `${m.attended}/${m.expected}`,
      `${m.excused}/${m.unexcused}`,
      String(m.spoke),
      String(m.draftsCommented),
      String(m.topicsPrepared),
      `${m.tasks.done}/${m.tasks.late}/${m.tasks.open}`,
      m.proposed ?? '—',
      [m.assessed ?? '—', m.reason ? `Lý do: ${m.reason}` : null, m.remark].filter(Boolean).join('. '),
    ],
  }));
  return {
    fileName: `Đánh giá tham gia sinh hoạt chuyên đề năm ${d.year} - ${d.cell.name}`,
    header: header(d),
    type: 'Bảng tổng hợp',
    summary: `Đánh giá mức độ tham gia sinh hoạt chuyên đề của đảng viên năm ${d.year}${d.final ? '' : ' (dự thảo)'}`,
    body: [
      { kind: 'paragraph', italics: true, indent: true, text: INPUT_NOTE },
      {
        kind: 'paragraph',
        indent: true,
        text: `Mức đề xuất tính theo ngưỡng của ${d.thresholdsSource}; chỉ tính các buổi sinh hoạt trong thời gian đảng viên sinh hoạt tại chi bộ.`,
      },
      {
        kind: 'paragraph',
        indent: true,
        text: 'Ghi chú: Dự — số buổi đã dự / số buổi phải dự; Vắng — có lý do / không lý do; Phát biểu — số lần phát biểu; Góp ý — số dự thảo đã góp ý; Chuẩn bị — số chuyên đề được phân công chuẩn bị; Nhiệm vụ — hoàn thành / trễ hạn / chưa hoàn thành.',
      },
      {
        kind: 'table',
        // Ten columns on A4 portrait: short headers, explained in the line above the table, so that no word is
        // cut inside a narrow column (the visual check showed "Chuẩ / n").
        widths: [4, 11, 5, 6, 6, 5, 7, 7, 6, 12],
        header: [
          'TT',
          'Họ và tên',
          'Dự',
          'Vắng',
          'Phát biểu',
          'Góp ý',
          'Chuẩn bị',
          'Nhiệm vụ',
          'Mức đề xuất',
          'Chi bộ đánh giá',
        ],
        rows,
      },
    ],
    signature: { authority: 'T/M CHI BỘ', title: 'BÍ THƯ', name: d.secretaryName },
    recipients: [...(d.parent ? [`- ${d.parent.name} (để báo cáo);`] : []), '- Lưu chi bộ.'],
  };
}

export function yearReviewCellDocument(d: YearReviewData): PartyDocument {
  const p = (text: string) => ({ kind: 'paragraph' as const, indent: true, text });
  const thematic = d.quarters.reduce((a, q) => a + q.thematic, 0);
  const regular = d.quarters.reduce((a, q) => a + q.regular, 0);
  return {
    fileName: `Tự đánh giá sinh hoạt chuyên đề năm ${d.year} - ${d.cell.name}`,
    header: header(d),
    type: 'Báo cáo',
    summary: `Tự đánh giá kết quả sinh hoạt chuyên đề năm ${d.year}${d.final ? '' : ' (dự thảo)'}`,
    body: [
      { kind: 'paragraph', italics: true, indent: true, text: INPUT_NOTE },
      { kind: 'heading', text: 'I. KẾT QUẢ SINH HOẠT TRONG NĂM' },
      p(
        `Trong năm ${d.year}, chi bộ tổ chức ${thematic} buổi sinh hoạt chuyên đề và ${regular} buổi sinh hoạt thường kỳ.`,
      ),
      {
        kind: 'table',
        widths: [3, 3, 3, 5],
        header: ['Quý', 'Sinh hoạt chuyên đề', 'Sinh hoạt thường kỳ', 'Chất lượng sinh hoạt chuyên đề'],
        rows: d.quarters.map((q) => ({
          cells: [`Quý ${romanQuarter(q.quarter)}`, String(q.thematic), String(q.regular), q.quality ?? '—'],
        })),
      },
      p(
        `Nhiệm vụ giao tại các buổi sinh hoạt: ${d.tasks.total}; đã hoàn thành ${d.tasks.done}; chưa hoàn thành ${d.tasks.open}, trong đó quá hạn ${d.tasks.overdue}.`,
      ),
      { kind: 'heading', text: 'II. TỰ ĐÁNH GIÁ' },
      { kind: 'paragraph', bold: true, text: '1. Ưu điểm' },
      ...textBlocks(d.selfAssessment.strengths),
      { kind: 'paragraph', bold: true, text: '2. Hạn chế' },
      ...textBlocks(d.selfAssessment.limitations),
      { kind: 'heading', text: 'III. PHƯƠNG HƯỚNG' },
      ...textBlocks(d.selfAssessment.direction),
    ],
    signature: { authority: 'T/M CHI BỘ', title: 'BÍ THƯ', name: d.secretaryName },
    recipients: [...(d.parent ? [`- ${d.parent.name} (để báo cáo);`] : []), '- Lưu chi bộ.'],
  };
}
