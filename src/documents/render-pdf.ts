import { vietnameseDate } from '#domain/dates/vietnamese-date.ts';
import { TINOS } from './fonts.ts';
import {
  type Block,
  DRAFT_MARK,
  documentTitle,
  isDraft,
  numberLine,
  type PartyDocument,
  placeAndDateLine,
} from './party-document.ts';

const FONT_FILES = new Set(Object.values(TINOS));
let pdfmakeLoaded: Promise<typeof import('pdfmake').default> | undefined;

/** pdfmake, loaded with the first PDF: it weighs ~25 MiB and 0.3 s at start-up (issue 20). */
function loadPdfmake() {
  pdfmakeLoaded ??= import('pdfmake').then(({ default: pdfmake }) => {
    pdfmake.addFonts({ Tinos: TINOS });
    // A document never fetches anything: no URLs, and only our own font files from disk.
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((file) => FONT_FILES.has(file));
    return pdfmake;
  });
  return pdfmakeLoaded;
}

const CM = 72 / 2.54;
const MM = CM / 10;
/** Marks a heading node, so that pageBreakBefore can keep it with the paragraph after it. */
const HEADING = 1;
const TEXT_WIDTH = (210 - 35 - 15) * MM;

/**
 * Body text justified like Word and the print view. pdfmake breaks and stretches lines at "-" and "/", which
 * would pull numbers like "12-HD/BTCTW" apart on the page and in copied text: such words are kept whole
 * (noWrap), the others break at spaces only.
 */
export function justifiedRuns(text: string): (string | { text: string; noWrap: true })[] {
  const runs: (string | { text: string; noWrap: true })[] = [];
  let plain = '';
  for (const token of text.split(/(\s+)/)) {
    if (/[-/–]/.test(token) && !/^\s*$/.test(token) && token.length > 1) {
      if (plain) runs.push(plain);
      plain = '';
      runs.push({ text: token, noWrap: true });
    } else plain += token;
  }
  if (plain) runs.push(plain);
  return runs;
}

/** A4 PDF with the Tinos font embedded (the whole Vietnamese alphabet renders and extracts exactly). */
export async function renderPdf(doc: PartyDocument): Promise<Buffer> {
  const { header } = doc;
  const draft = isDraft(doc);
  const body = doc.body.map(block);
  // The signature block never stands alone on a page: it goes with the body's last paragraph (issue 17).
  const last = doc.body.length > 0 && doc.body.at(-1)?.kind !== 'table' ? body.pop() : undefined;
  const signature = {
    columns: [
      doc.cosigner
        ? {
            width: '50%',
            alignment: 'center',
            stack: [
              { text: doc.cosigner.title, bold: true },
              { text: ' \n \n \n' },
              { text: doc.cosigner.name ?? '', bold: true },
            ],
          }
        : {
            width: '50%',
            stack: [
              { text: 'Nơi nhận:', bold: true, italics: true, fontSize: 12 },
              ...doc.recipients.map((r) => ({ text: r, fontSize: 11 })),
            ],
          },
      {
        width: '50%',
        alignment: 'center',
        stack: [
          ...(doc.signature.authority ? [{ text: doc.signature.authority, bold: true }] : []),
          { text: doc.signature.title, bold: true },
          { text: ' \n \n \n' },
          { text: doc.signature.name ?? '', bold: true },
        ],
      },
    ],
    margin: [0, 18, 0, 0],
  };
  const definition = {
    pageSize: 'A4',
    // Margins (decision 008): top 25 mm, bottom 20 mm, left 35 mm, right 15 mm.
    pageMargins: [35 * MM, 25 * MM, 15 * MM, 20 * MM],
    defaultStyle: { font: 'Tinos', fontSize: 14, lineHeight: 1.15 },
    info: { title: documentTitle(doc), creator: 'Chuyên Đề', subject: doc.summary },
    language: 'vi',
    // Pages are numbered from the second, top centre, in Arabic numerals (Hướng dẫn 36-HD/VPTW).
    header: (currentPage: number) =>
      currentPage > 1
        ? { text: String(currentPage), alignment: 'center', fontSize: 13, margin: [0, 12 * MM, 0, 0] }
        : null,
    // A heading at the foot of a page goes to the next with its paragraph.
    pageBreakBefore: (
      node: { headlineLevel?: number },
      nodes: { getFollowingNodesOnPage: () => unknown[] },
    ) => node.headlineLevel === HEADING && nodes.getFollowingNodesOnPage().length === 0,
    content: [
      {
        columns: [
          {
            width: '45%',
            alignment: 'center',
            stack: [
              ...(header.parentBody ? [{ text: header.parentBody.toUpperCase() }] : []),
              { text: header.issuingBody.toUpperCase(), bold: true },
              { text: '*' },
              { text: numberLine(doc), preserveLeadingSpaces: true },
              ...(header.subject ? [{ text: header.subject, fontSize: 12, margin: [0, 2, 0, 0] }] : []),
            ],
          },
          {
            width: '55%',
            alignment: 'center',
            stack: [
              { text: 'ĐẢNG CỘNG SẢN VIỆT NAM', bold: true, fontSize: 15, decoration: 'underline' },
              { text: ' ' },
              { text: placeAndDateLine(doc, vietnameseDate), italics: true, preserveLeadingSpaces: true },
              ...(draft ? [{ text: DRAFT_MARK, bold: true, margin: [0, 6, 0, 0] }] : []),
            ],
          },
        ],
      },
      ...(doc.type
        ? [
            {
              text: doc.type.toUpperCase(),
              bold: true,
              fontSize: 16,
              alignment: 'center',
              margin: [0, 24, 0, 0],
            },
            { text: doc.summary, bold: true, alignment: 'center', margin: [0, 0, 0, 12] },
          ]
        : [{ text: ' ', margin: [0, 12, 0, 0] }]),
      ...body,
      { stack: [...(last ? [last] : []), signature], unbreakable: true },
      ...(doc.addenda ?? []).flatMap((a) => [
        { text: a.heading, bold: true, margin: [0, 18, 0, 4], headlineLevel: HEADING },
        { text: justifiedRuns(a.text), alignment: 'justify', leadingIndent: CM, margin: [0, 0, 0, 4] },
        { text: `Mã kiểm tra phần bổ sung (SHA-256): ${a.hash}`, italics: true, fontSize: 11 },
      ]),
    ],
  };
  return (await loadPdfmake()).createPdf(definition).getBuffer();
}

function block(b: Block): object {
  switch (b.kind) {
    case 'heading':
      return { text: b.text, bold: true, margin: [0, 8, 0, 4], headlineLevel: HEADING };
    case 'dotted':
      // A dotted line across the text's width (A4 less the margins), never past the right margin.
      return {
        canvas: [
          {
            type: 'line',
            x1: 0,
            y1: 14,
            x2: TEXT_WIDTH,
            y2: 14,
            lineWidth: 0.8,
            dash: { length: 1, space: 2.5 },
          },
        ],
        margin: [0, 4, 0, 4],
      };
    case 'paragraph':
      return {
        text: b.align === 'center' || b.align === 'left' ? b.text : justifiedRuns(b.text),
        bold: b.bold,
        italics: b.italics,
        alignment: b.align ?? 'justify',
        leadingIndent: b.indent === false ? 0 : CM,
        margin: [0, 0, 0, 4],
      };
    case 'table': {
      const total = b.widths.reduce((a, w) => a + w, 0);
      const columns = b.header.length;
      return {
        table: {
          headerRows: 1,
          widths: b.widths.map((w) => `${((w / total) * 100).toFixed(1)}%`),
          body: [
            b.header.map((h) => ({ text: h, bold: true, alignment: 'center', fontSize: 12 })),
            ...b.rows.map((row) =>
              row.spanning
                ? [
                    { text: row.cells[0] ?? '', bold: true, colSpan: columns, fontSize: 12 },
                    ...Array(columns - 1).fill({}),
                  ]
                : row.cells.map((cell) => ({ text: cell, fontSize: 12 })),
            ),
          ],
        },
        margin: [0, 4, 0, 8],
      };
    }
  }
}
