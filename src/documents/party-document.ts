import type { LocalDate } from '#domain/dates/local-date.ts';

/**
 * One document in party administrative style (Hướng dẫn 36-HD/VPTW, 2018), independent of file format:
 * each template builds one of these, and the Word and PDF renderers draw it the same way.
 */
export interface PartyDocument {
  /** File name without extension, in Vietnamese ("Ke hoach ..." is not needed: RFC 5987 carries UTF-8). */
  fileName: string;
  header: {
    /** The superior body, caps, above the issuing body; null for a root committee. */
    parentBody: string | null;
    issuingBody: string;
    /** "Số 03-KH/CB"; a draft shows the blank "Số    -KH/CB". */
    number: string;
    /** A letter's subject under its number ("V/v …"): công văn carry one instead of a type line. */
    subject?: string;
    place: string;
    date: LocalDate | null;
  };
  /** "KẾ HOẠCH", "BIÊN BẢN"…; empty for a letter (công văn), whose subject stands in the header. */
  type: string;
  summary: string;
  body: Block[];
  signature: { authority: string | null; title: string; name: string | null };
  /**
   * A second signer on the left, in place of the recipients: minutes are signed by the minute-taker
   * (left, "THƯ KÝ") and the chair (right, "CHỦ TRÌ").
   */
  cosigner?: { title: string; name: string | null };
  recipients: string[];
}

export type Block =
  | {
      kind: 'paragraph';
      text: string;
      bold?: boolean;
      italics?: boolean;
      align?: 'left' | 'center' | 'justify';
      indent?: boolean;
    }
  | { kind: 'heading'; text: string }
  | { kind: 'table'; widths: number[]; header: string[]; rows: TableRow[] };

export interface TableRow {
  cells: string[];
  /** A row whose first cell spans the table: a group heading ("Chuyên đề 1: …"). */
  spanning?: boolean;
}

/** The document number: "Số 03-KH/CB". A cell writes /CB, a committee /ĐU (DOMAIN.md, "Documents"). */
export function documentNumber(
  seq: number | null,
  kind: string,
  unitKind: 'committee' | 'cell' | 'group',
): string {
  const symbol = unitKind === 'committee' ? 'ĐU' : 'CB';
  const n = seq === null ? '      ' : String(seq).padStart(2, '0');
  return `Số ${n}-${kind}/${symbol}`;
}
