import { vietnameseDate } from '#domain/dates/vietnamese-date.ts';
import { documentNumber, type PartyDocument } from './party-document.ts';

export interface NoticeDocumentData {
  cell: { name: string; place: string | null };
  parent: { name: string } | null;
  number: number | null;
  sentOn: string | null;
  heldOn: string;
  startsAt: string;
  place: string;
  kind: 'thematic' | 'combined' | 'regular';
  topicTitle: string | null;
  presenters: string[];
  secretaryName: string | null;
  /** The committees' people registered to attend ("Nguyễn Văn A, Cán bộ, Đảng ủy phường …"), seed 000. */
  delegates?: string[];
  /**
   * The topic's draft reached members fewer days before the meeting than the cell expects (practice,
   * draft-gate.ts): the notice says so, as the meeting page and the minutes do.
   */
  draftSentLate?: { sentOn: string; days: number; required: number } | null;
}

const ddmmyyyy = (date: string) => date.split('-').reverse().join('/');

/**
 * The notice of a meeting (Thông báo, "TB"): content, time and place, sent to every member before the
 * meeting with the draft to study (DOMAIN.md, "Preparing a regular meeting"; seed 000).
 */
export function noticeDocument(d: NoticeDocumentData): PartyDocument {
  const [h, m] = d.startsAt.split(':');
  const what = {
    combined: 'sinh hoạt chi bộ thường kỳ kết hợp sinh hoạt chuyên đề',
    thematic: 'sinh hoạt chuyên đề',
    regular: 'sinh hoạt chi bộ thường kỳ',
  }[d.kind];
  return {
    fileName: `Thông báo ${what} ngày ${d.heldOn.split('-').reverse().join('-')} - ${d.cell.name}`,
    header: {
      parentBody: d.parent?.name ?? null,
      issuingBody: d.cell.name,
      number: documentNumber(d.number, 'TB', 'cell'),
      place: d.cell.place ?? '',
      date: d.sentOn,
    },
    type: 'Thông báo',
    summary: `Về việc tổ chức ${what}`,
    body: [
      { kind: 'paragraph', indent: true, text: `${d.cell.name} thông báo tổ chức ${what} như sau:` },
      { kind: 'paragraph', indent: true, text: `1. Thời gian: ${h} giờ ${m}, ${vietnameseDate(d.heldOn)}.` },
      { kind: 'paragraph', indent: true, text: `2. Địa điểm: ${d.place}.` },
      {
        kind: 'paragraph',
        indent: true,
        text: `3. Nội dung: ${d.topicTitle ? `chuyên đề “${d.topicTitle}”` : d.kind === 'regular' ? 'sinh hoạt chi bộ thường kỳ, học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh' : 'sinh hoạt chuyên đề'}${d.presenters.length ? `, do đồng chí ${d.presenters.join(', ')} trình bày` : ''}.`,
      },
      {
        kind: 'paragraph',
        indent: true,
        // Seed 000: "đại biểu cấp ủy cấp trên dự" — those registered are named beside the members.
        text: `4. Thành phần: toàn thể đảng viên trong chi bộ${d.delegates?.length ? `; đại biểu cấp ủy cấp trên: đồng chí ${d.delegates.join('; đồng chí ')}` : ''}.`,
      },
      {
        kind: 'paragraph',
        indent: true,
        text: 'Đề nghị các đồng chí đảng viên nghiên cứu dự thảo chuyên đề, chuẩn bị ý kiến tham gia và dự họp đầy đủ, đúng giờ; trường hợp vắng mặt phải báo cáo lý do với bí thư chi bộ.',
      },
      ...(d.draftSentLate
        ? [
            {
              kind: 'paragraph' as const,
              indent: true,
              italics: true,
              text: `Lưu ý: dự thảo chuyên đề được gửi đến đảng viên ngày ${ddmmyyyy(d.draftSentLate.sentOn)}, trước buổi sinh hoạt ${d.draftSentLate.days} ngày (ít hơn ${d.draftSentLate.required} ngày để đảng viên nghiên cứu, góp ý).`,
            },
          ]
        : []),
    ],
    signature: { authority: 'T/M CHI BỘ', title: 'BÍ THƯ', name: d.secretaryName },
    recipients: ['- Đảng viên trong chi bộ;', '- Lưu chi bộ.'],
  };
}
