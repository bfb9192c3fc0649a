import { vietnameseDate } from '#domain/dates/vietnamese-date.ts';
import { type SignatureLines, UNSET_SIGNATURE } from '#domain/documents/document-signer.ts';
import type { TOPIC_GROUPS } from '#domain/plans/topic-groups.ts';
import type { PartyDocument } from './party-document.ts';

export interface GuidanceDocumentData {
  referenceNumber: string;
  issuedOn: string;
  title: string;
  theme: string | null;
  documents: string[];
  topicGroups: string[];
  planDeadline: string;
  content: string | null;
  /** Report deadlines the guidance sets (report-deadlines.ts); null: not set, the letter says nothing of them. */
  quarterReportDay?: number | null;
  annualReportDueOn?: string | null;
  year: number;
  /** Who signs for the committee (its signer setting in force on the day); absent: T/M ĐẢNG ỦY, BÍ THƯ, no name. */
  signer?: SignatureLines;
  committee: { name: string; place: string | null };
  parent: { name: string } | null;
}

// The topic groups of seeds 001 and 002, as the committee writes them to its cells.
const GROUP_TEXT: Record<(typeof TOPIC_GROUPS)[number], string> = {
  ho_chi_minh_study: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  political_theory: 'Nâng cao trình độ lý luận chính trị, chuyên môn, nghiệp vụ',
  directives_and_laws: 'Quán triệt, thực hiện chỉ thị, nghị quyết của Đảng, pháp luật của Nhà nước',
  preventing_degradation: 'Ngăn chặn, đẩy lùi suy thoái, “tự diễn biến”, “tự chuyển hóa”',
  party_building: 'Xây dựng Đảng và hệ thống chính trị',
  anti_corruption: 'Phòng, chống tham nhũng, lãng phí, tiêu cực, quan liêu',
  professional_quality: 'Nâng cao chất lượng thực hiện nhiệm vụ chuyên môn của đơn vị',
  traditions: 'Giáo dục truyền thống cách mạng, truyền thống địa phương',
  workplace_culture: 'Xây dựng văn hóa công sở',
  self_criticism: 'Tự phê bình và phê bình',
  democracy: 'Thực hành dân chủ',
  mass_mobilisation: 'Công tác dân vận',
  shortcomings: 'Những hạn chế, khuyết điểm của đảng viên cần khắc phục',
  responsibility: 'Nâng cao ý thức trách nhiệm',
  pressing_ideology: 'Những vấn đề tư tưởng bức xúc',
};

const groupText = (group: string) => (GROUP_TEXT as Record<string, string>)[group] ?? group;

/** The report deadlines the letter sets, in one sentence (seed 001: "Từng quý có báo cáo"); null: none set. */
function reportDeadlinesText(d: GuidanceDocumentData): string | null {
  const parts: string[] = [];
  if (d.quarterReportDay)
    parts.push(
      `báo cáo quý gửi chậm nhất ngày ${String(d.quarterReportDay).padStart(2, '0')} của tháng đầu quý sau`,
    );
  if (d.annualReportDueOn) parts.push(`báo cáo năm gửi chậm nhất ${vietnameseDate(d.annualReportDueOn)}`);
  if (parts.length === 0) return null;
  return `Các chi bộ báo cáo kết quả sinh hoạt chuyên đề về ${d.committee.name}: ${parts.join('; ')}.`;
}

/** Whether the committee's text already names the plan deadline (31/01/2026, 31/1/2026 or "ngày 31 tháng 01 năm 2026"). */
export function statesDeadline(content: string | null, deadline: string): boolean {
  if (!content) return false;
  const [y, m, day] = deadline.split('-');
  const forms = [
    `${day}/${m}/${y}`,
    `${Number(day)}/${Number(m)}/${y}`,
    `${day}/${Number(m)}/${y}`,
    vietnameseDate(deadline),
  ];
  return forms.some((f) => content.includes(f));
}

/** The committee's yearly letter to its cells (seed 000: "Thực hiện số …-CV/ĐUCS … về việc xây dựng kế hoạch …"). */
export function guidanceDocument(d: GuidanceDocumentData): PartyDocument {
  const body: PartyDocument['body'] = [
    {
      kind: 'paragraph',
      text: 'Kính gửi: Các chi bộ trực thuộc',
      align: 'center',
      bold: true,
      indent: false,
    },
  ];
  if (d.documents.length > 0) {
    body.push({ kind: 'paragraph', text: `Thực hiện ${d.documents.join('; ')},` });
  }
  body.push({
    kind: 'paragraph',
    text: `${d.committee.name} hướng dẫn các chi bộ trực thuộc xây dựng kế hoạch, đăng ký nội dung sinh hoạt chuyên đề năm ${d.year} như sau:`,
  });
  if (d.theme)
    body.push({ kind: 'heading', text: `1. Chủ đề năm ${d.year}` }, { kind: 'paragraph', text: d.theme });
  if (d.topicGroups.length > 0) {
    body.push({ kind: 'heading', text: '2. Các nhóm nội dung gợi ý' });
    for (const group of d.topicGroups) body.push({ kind: 'paragraph', text: `- ${groupText(group)};` });
  }
  if (d.content)
    body.push({ kind: 'heading', text: '3. Nội dung hướng dẫn' }, { kind: 'paragraph', text: d.content });
  // The deadline is stated once (issue 17): not again when the committee's own text already gives it.
  if (!statesDeadline(d.content, d.planDeadline))
    body.push({
      kind: 'paragraph',
      text: `Các chi bộ xây dựng kế hoạch sinh hoạt chuyên đề năm ${d.year}, mỗi quý ít nhất một chuyên đề, gửi về ${d.committee.name} trước ${vietnameseDate(d.planDeadline)}.`,
    });
  const deadlines = reportDeadlinesText(d);
  if (deadlines) body.push({ kind: 'paragraph', text: deadlines });
  return {
    fileName: `${d.referenceNumber} - ${d.title}`.replace(/[/\\]/g, '-'),
    header: {
      parentBody: d.parent?.name ?? null,
      issuingBody: d.committee.name,
      number: `Số ${d.referenceNumber}`,
      subject: `V/v ${d.title.replace(/^Về việc\s+/i, '')}`,
      place: d.committee.place ?? '',
      date: d.issuedOn,
    },
    type: '',
    summary: d.title,
    body,
    signature: { ...(d.signer ?? UNSET_SIGNATURE) },
    recipients: ['- Như kính gửi;', '- Lưu Văn phòng Đảng ủy.'],
  };
}
