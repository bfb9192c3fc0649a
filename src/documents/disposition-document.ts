import type { Disposition } from '#domain/preparation/disposition.ts';
import type { PartyDocument, TableRow } from './party-document.ts';

export interface DispositionDocumentData {
  title: string;
  date: string | null;
  cell: { name: string; place: string | null };
  parent: { name: string; place: string | null } | null;
  preparers: string[];
  sentTo: number;
  comments: {
    personName: string;
    quote: string | null;
    body: string;
    disposition: Disposition | null;
    explanation: string | null;
  }[];
}

const LABEL: Record<Disposition, string> = {
  accepted: 'Tiếp thu',
  partly_accepted: 'Tiếp thu một phần',
  not_accepted: 'Không tiếp thu',
};

/**
 * The comment-disposition table (bảng tổng hợp tiếp thu, giải trình ý kiến, *practice*): every comment on
 * draft 1 with the preparer's answer; draft 2 is made from it (seed 000) and the approver reads them together.
 */
export function dispositionDocument(d: DispositionDocumentData): PartyDocument {
  const commenters = new Set(d.comments.map((c) => c.personName)).size;
  const rows: TableRow[] = d.comments.map((c, i) => ({
    cells: [
      String(i + 1),
      c.personName,
      c.quote ? `Về đoạn “${c.quote}”: ${c.body}` : c.body,
      c.disposition
        ? `${LABEL[c.disposition]}${c.explanation ? `. ${c.explanation}` : ''}`
        : 'Chưa tiếp thu, giải trình',
    ],
  }));
  const count = (k: Disposition) => d.comments.filter((c) => c.disposition === k).length;
  const pending = d.comments.filter((c) => c.disposition === null).length;
  return {
    fileName: `Bảng tổng hợp tiếp thu, giải trình ý kiến - ${d.title}`,
    header: {
      parentBody: d.parent?.name ?? null,
      issuingBody: d.cell.name,
      number: '',
      place: d.cell.place ?? d.parent?.place ?? '',
      date: d.date,
    },
    type: 'Bảng tổng hợp',
    summary: `Tiếp thu, giải trình ý kiến góp ý dự thảo chuyên đề “${d.title}”`,
    body: [
      {
        kind: 'paragraph',
        indent: true,
        text: `Dự thảo lần 1 được gửi đến ${d.sentTo} đảng viên; đã nhận ${d.comments.length} ý kiến của ${commenters} đồng chí.`,
      },
      {
        kind: 'table',
        widths: [1, 3, 7, 6],
        header: ['TT', 'Người góp ý', 'Nội dung góp ý', 'Tiếp thu, giải trình'],
        rows,
      },
      {
        kind: 'paragraph',
        indent: true,
        text: `Tổng hợp: tiếp thu ${count('accepted')}; tiếp thu một phần ${count('partly_accepted')}; không tiếp thu ${count('not_accepted')}${pending ? `; chưa tiếp thu, giải trình ${pending}` : ''}.`,
      },
    ],
    signature: { authority: null, title: 'NGƯỜI CHUẨN BỊ', name: d.preparers.join(', ') || null },
    recipients: ['- Chi ủy (bí thư) chi bộ;', '- Lưu chi bộ.'],
  };
}
