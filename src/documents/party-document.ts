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
  /**
   * An unissued document (a draft): number and date are left blank for handwriting and the page says
   * "DỰ THẢO". Unset, a document is a draft when its number has no digits ("Số      -KH/CB"): see isDraft.
   */
  draft?: boolean;
  /**
   * Later corrections to a signed document (the minutes' addenda, DOMAIN.md): printed after the signatures,
   * each under its own heading with its own check code, so that none looks signed with the original.
   */
  addenda?: Addendum[];
}

export interface Addendum {
  /** "Bổ sung ngày 12/05/2026, đồng chí Trần Thị B". */
  heading: string;
  text: string;
  /** SHA-256 of the addendum's text. */
  hash: string;
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
  /** A line left for handwriting: dots from the left margin to the right, never past it. */
  | { kind: 'dotted' }
  | { kind: 'table'; widths: number[]; header: string[]; rows: TableRow[] };

export interface TableRow {
  cells: string[];
  /** A row whose first cell spans the table: a group heading ("Chuyên đề 1: …"). */
  spanning?: boolean;
}

/** Folds a line for comparison: lower case, no quotation marks or punctuation, single spaces. */
const fold = (text: string) =>
  text
    .toLocaleLowerCase('vi')
    .replace(/[“”"'‘’.,:;!?()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A text's blocks without a first line that only repeats the document's title (issue 17: the final topic and
 * the resolution carry the title in their summary line already). "Chuyên đề: …", "Nghị quyết …" and a quoted
 * title count as the title.
 */
export function withoutRepeatedTitle(blocks: Block[], title: string): Block[] {
  const first = blocks[0];
  if (!first || (first.kind !== 'heading' && first.kind !== 'paragraph')) return blocks;
  const line = fold(first.text).replace(/^(dự thảo\s+)?(chuyên đề|nghị quyết)\s*(về\s+)?/, '');
  return line === fold(title) || fold(first.text) === fold(title) ? blocks.slice(1) : blocks;
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

/** Six spaces, left for the hand-written number of an unissued document. */
const BLANK_NUMBER = '      ';

/**
 * One rule for every kind (issue 17, item 4): a document not yet issued leaves its number and date blank for
 * handwriting and says "DỰ THẢO". A numbered kind is a draft while its number has no digits; a kind may say so
 * itself (`draft`).
 */
export function isDraft(doc: PartyDocument): boolean {
  return doc.draft ?? /^Số\s+-/.test(doc.header.number);
}

/** The number line as printed: a draft's digits blanked ("Số      -KH/CB"), whatever was passed. */
export function numberLine(doc: PartyDocument): string {
  if (!isDraft(doc)) return doc.header.number;
  return doc.header.number.replace(/^Số\s*[0-9]*\s*-/, `Số ${BLANK_NUMBER}-`);
}

/** "Phường X, ngày 05 tháng 3 năm 2026"; a draft's or an undated document's blanks: "…, ngày    tháng    năm 20…". */
export function placeAndDateLine(doc: PartyDocument, formatDate: (date: string) => string): string {
  const { place, date } = doc.header;
  const where = place || '…';
  if (isDraft(doc) || date === null) return `${where}, ngày    tháng    năm 20…`;
  return `${where}, ${formatDate(date)}`;
}

/** The mark of an unissued document, under the place and date (*practice*: where drafts are marked by hand). */
export const DRAFT_MARK = 'DỰ THẢO';

/** The running title of the PDF and Word metadata: "Kế hoạch Sinh hoạt chuyên đề năm 2026". */
export function documentTitle(doc: PartyDocument): string {
  const type = doc.type ? doc.type.charAt(0).toUpperCase() + doc.type.slice(1).toLowerCase() : '';
  return [type, doc.summary].filter(Boolean).join(' ');
}
