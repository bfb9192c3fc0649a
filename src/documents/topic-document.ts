import { vietnameseDate } from '#domain/dates/vietnamese-date.ts';
import { htmlToBlocks } from './html-blocks.ts';
import { documentNumber, type PartyDocument } from './party-document.ts';

export interface TopicDocumentData {
  title: string;
  year: number;
  quarter: number;
  /** Which text: a draft for members to study, or the finished topic after the meeting. */
  round: 'draft1' | 'draft2' | 'final';
  html: string;
  /** The day of the text: approval of a draft, issue of the final topic. */
  date: string | null;
  cell: { name: string; place: string | null };
  parent: { name: string; place: string | null } | null;
  preparers: string[];
  /**
   * A resolution topic, finished (seed 003): it is issued as the cell's resolution (Nghị quyết, "NQ"),
   * signed for the cell by the secretary, with the vote that adopted it.
   */
  resolution?: {
    number: number | null;
    secretaryName: string | null;
    vote: { heldOn: string; for: number; base: number } | null;
  };
}

const ROUND_LABEL: Record<TopicDocumentData['round'], string | null> = {
  draft1: 'Dự thảo lần 1',
  draft2: 'Dự thảo lần 2',
  final: null,
};

/**
 * The topic's text (seed 002: "Chuyên đề"), headed by the cell in party style. Drafts say so above the
 * text and go to members to study and comment; the finished topic also goes to the committee above
 * (seed 000: reported upward).
 */
export function topicDocument(d: TopicDocumentData): PartyDocument {
  if (d.round === 'final' && d.resolution) return resolutionDocument(d, d.resolution);
  const label = ROUND_LABEL[d.round];
  const body: PartyDocument['body'] = [];
  if (label) body.push({ kind: 'paragraph', text: `(${label})`, italics: true, align: 'center' });
  body.push(...htmlToBlocks(d.html));
  return {
    fileName: `Chuyên đề - ${d.title}${label ? ` - ${label}` : ''}`,
    header: {
      parentBody: d.parent?.name ?? null,
      issuingBody: d.cell.name,
      // A topic is studied, not issued under a number.
      number: '',
      place: d.cell.place ?? d.parent?.place ?? '',
      date: d.date,
    },
    type: 'Chuyên đề',
    summary: d.title,
    body,
    signature: { authority: null, title: 'NGƯỜI CHUẨN BỊ', name: d.preparers.join(', ') || null },
    recipients:
      d.round === 'final'
        ? [
            ...(d.parent ? [`- ${d.parent.name} (để báo cáo);`] : []),
            '- Đảng viên trong chi bộ (để nghiên cứu, thực hiện);',
            '- Lưu chi bộ.',
          ]
        : ['- Đảng viên trong chi bộ (để nghiên cứu, góp ý);', '- Lưu chi bộ.'],
  };
}

function resolutionDocument(
  d: TopicDocumentData,
  r: NonNullable<TopicDocumentData['resolution']>,
): PartyDocument {
  const body: PartyDocument['body'] = [
    { kind: 'paragraph', text: 'Căn cứ Điều lệ Đảng Cộng sản Việt Nam;', italics: true },
  ];
  if (r.vote)
    body.push({
      kind: 'paragraph',
      italics: true,
      text: `Căn cứ kết quả biểu quyết của chi bộ tại buổi sinh hoạt ${vietnameseDate(r.vote.heldOn)} (${r.vote.for}/${r.vote.base} đảng viên tán thành);`,
    });
  body.push({ kind: 'paragraph', text: 'CHI BỘ QUYẾT NGHỊ:', bold: true, align: 'center' });
  body.push(...htmlToBlocks(d.html));
  return {
    fileName: `Nghị quyết - ${d.title}`,
    header: {
      parentBody: d.parent?.name ?? null,
      issuingBody: d.cell.name,
      number: documentNumber(r.number, 'NQ', 'cell'),
      place: d.cell.place ?? d.parent?.place ?? '',
      date: d.date,
    },
    type: 'Nghị quyết',
    summary: d.title,
    body,
    signature: { authority: 'T/M CHI BỘ', title: 'BÍ THƯ', name: r.secretaryName },
    recipients: [
      ...(d.parent ? [`- ${d.parent.name} (để báo cáo);`] : []),
      '- Đảng viên trong chi bộ (để thực hiện);',
      '- Lưu chi bộ.',
    ],
  };
}
