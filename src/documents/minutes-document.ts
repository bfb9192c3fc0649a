import { createHash } from 'node:crypto';
import { TASK_CHECK_HEADING } from '#domain/meetings/minutes-draft.ts';
import type { PartyDocument } from './party-document.ts';
import { documentNumber } from './party-document.ts';

export interface MinutesDocumentData {
  cell: { name: string; place: string | null };
  parent: { name: string } | null;
  heldOn: string;
  topicTitle: string | null;
  /** "BB" number once locked; null while a draft. */
  number: number | null;
  text: string;
  chair: string | null;
  minuteTaker: string | null;
  signed: boolean;
  textHash: string | null;
  addenda: { addedAt: string; text: string; by: string | null }[];
}

/**
 * The minutes (Biên bản sinh hoạt chi bộ), signed by the minute-taker and the chair (DOMAIN.md), as they
 * stand in the minute book: the text as signed, then each addendum with its date (never merged into it).
 */
export function minutesDocument(d: MinutesDocumentData): PartyDocument {
  const body: PartyDocument['body'] = [];
  for (const line of d.text.split('\n')) {
    if (line.trim() === '') continue;
    if (/^[IVX]+\. /.test(line)) body.push({ kind: 'heading', text: line });
    else if (/^Phần .*:$/.test(line)) body.push({ kind: 'paragraph', text: line, bold: true });
    // The check of the earlier meetings' conclusions (seed 002: "Tại phiên họp định kỳ đến kiểm tra") is a
    // section of its own in the minute book.
    else if (line.trim() === `${TASK_CHECK_HEADING}:`)
      body.push({ kind: 'paragraph', text: line.trim(), bold: true });
    else
      body.push({
        kind: 'paragraph',
        text: line.trim(),
        indent: !line.startsWith('-') && !line.startsWith(' '),
      });
  }
  // Addenda come after the signatures, each under its own heading with its own check code (issue 17): a later
  // correction must not look signed with the original.
  const addenda = d.addenda.map((a) => ({
    heading: `Bổ sung ngày ${a.addedAt.slice(8, 10)}/${a.addedAt.slice(5, 7)}/${a.addedAt.slice(0, 4)}${a.by ? `, đồng chí ${a.by}` : ''}`,
    text: a.text,
    hash: createHash('sha256').update(a.text, 'utf8').digest('hex'),
  }));
  if (d.signed && d.textHash)
    body.push({
      kind: 'paragraph',
      text: `Mã kiểm tra văn bản đã ký (SHA-256): ${d.textHash}`,
      italics: true,
    });
  return {
    fileName: `Biên bản sinh hoạt chi bộ ngày ${d.heldOn.split('-').reverse().join('-')} - ${d.cell.name}`,
    header: {
      parentBody: d.parent?.name ?? null,
      issuingBody: d.cell.name,
      number: documentNumber(d.number, 'BB', 'cell'),
      place: d.cell.place ?? '',
      date: d.heldOn,
    },
    type: 'Biên bản',
    summary: d.topicTitle ? `Sinh hoạt chuyên đề “${d.topicTitle}”` : 'Sinh hoạt chi bộ',
    body,
    signature: { authority: null, title: 'CHỦ TRÌ', name: d.chair },
    cosigner: { title: 'THƯ KÝ', name: d.minuteTaker },
    recipients: [],
    // Unsigned minutes are a draft: no number, no date, "DỰ THẢO" (one rule for every kind).
    draft: !d.signed,
    addenda,
  };
}
