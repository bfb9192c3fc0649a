import { vietnameseDate } from '#domain/dates/vietnamese-date.ts';
import { type SignatureLines, UNSET_SIGNATURE } from '#domain/documents/document-signer.ts';
import type { InspectionKind } from '#domain/inspections/inspections.ts';
import type { QualityLevel } from '#domain/quality/rubric.ts';
import { documentNumber, type PartyDocument } from './party-document.ts';

export interface InspectionConclusionData {
  committee: { name: string; place: string | null };
  parent: { name: string } | null;
  cellName: string;
  kind: InspectionKind;
  content: string;
  number: number | null;
  issuedOn: string | null;
  visitedOn: string | null;
  team: string[];
  findings: string | null;
  assessment: string | null;
  /** The visit's assessment against the quality rubric (Tốt / Khá / Trung bình / Kém), when the team gave one. */
  rubricLevel?: QualityLevel | null;
  conclusion: string;
  requests: { text: string; dueOn: string }[];
  /** Who signs for the committee (its signer setting when issued); absent: T/M ĐẢNG ỦY, BÍ THƯ, no name. */
  signer?: SignatureLines;
}

/** The rubric's levels as the party's documents name them (seed 004's "tiêu chí", *practice*). */
const LEVEL_NAMES: Record<QualityLevel, string> = {
  good: 'Tốt',
  fair: 'Khá',
  average: 'Trung bình',
  poor: 'Kém',
};

const ddmmyyyy = (date: string) => date.split('-').reverse().join('/');

const paragraphs = (text: string | null) =>
  (text ?? '')
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ kind: 'paragraph' as const, indent: true, text: t }));

/**
 * The committee's conclusion of an inspection or supervision of a cell (Thông báo kết luận, "TB" of the
 * committee): what was checked, when and by whom, what was found, the conclusion and what the cell is asked
 * to do by when (seed 002: the committee "thường xuyên kiểm tra, nhắc nhở các chi bộ"; form per Hướng dẫn
 * 36-HD/VPTW, *practice*).
 */
export function inspectionConclusionDocument(d: InspectionConclusionData): PartyDocument {
  const what = d.kind === 'inspection' ? 'kiểm tra' : 'giám sát';
  return {
    fileName: `Thông báo kết luận ${what} - ${d.cellName}`,
    header: {
      parentBody: d.parent?.name ?? null,
      issuingBody: d.committee.name,
      number: documentNumber(d.number, 'TB', 'committee'),
      place: d.committee.place ?? '',
      date: d.issuedOn,
    },
    type: 'Thông báo',
    summary: `Kết luận ${what} đối với ${d.cellName}`,
    body: [
      {
        kind: 'paragraph',
        indent: true,
        text: `Thực hiện kế hoạch ${what} năm, ${d.committee.name} đã tiến hành ${what} ${d.cellName} về nội dung: ${d.content}${d.visitedOn ? `, làm việc với chi bộ ${vietnameseDate(d.visitedOn)}` : ''}${d.team.length ? `; thành phần: đồng chí ${d.team.join(', đồng chí ')}` : ''}.`,
      },
      { kind: 'paragraph', indent: true, text: `${d.committee.name} kết luận như sau:` },
      ...(d.findings
        ? [{ kind: 'heading' as const, text: '1. Kết quả kiểm tra, giám sát' }, ...paragraphs(d.findings)]
        : []),
      ...(d.assessment || d.rubricLevel
        ? [
            { kind: 'heading' as const, text: '2. Đánh giá' },
            ...(d.rubricLevel
              ? [
                  {
                    kind: 'paragraph' as const,
                    indent: true,
                    text: `Chất lượng sinh hoạt chi bộ theo tiêu chí đánh giá của cấp ủy: ${LEVEL_NAMES[d.rubricLevel]}.`,
                  },
                ]
              : []),
            ...paragraphs(d.assessment),
          ]
        : []),
      { kind: 'heading', text: '3. Kết luận' },
      ...paragraphs(d.conclusion),
      ...(d.requests.length
        ? [
            { kind: 'heading' as const, text: '4. Yêu cầu đối với chi bộ' },
            {
              kind: 'table' as const,
              widths: [8, 67, 25],
              header: ['TT', 'Nội dung yêu cầu', 'Thời hạn'],
              rows: d.requests.map((r, i) => ({ cells: [String(i + 1), r.text, ddmmyyyy(r.dueOn)] })),
            },
            {
              kind: 'paragraph' as const,
              indent: true,
              text: 'Đề nghị chi bộ thực hiện và báo cáo kết quả từng nội dung về cấp ủy theo thời hạn trên.',
            },
          ]
        : []),
    ],
    signature: { ...(d.signer ?? UNSET_SIGNATURE) },
    recipients: [`- ${d.cellName};`, '- Lưu.'],
  };
}
