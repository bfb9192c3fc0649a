import pdfmake from 'pdfmake';
import { vietnameseDate } from '#domain/dates/vietnamese-date.ts';
import { TINOS } from './fonts.ts';
import type { Block, PartyDocument } from './party-document.ts';

const FONT_FILES = new Set(Object.values(TINOS));
pdfmake.addFonts({ Tinos: TINOS });
// A document never fetches anything: no URLs, and only our own font files from disk.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => FONT_FILES.has(file));

const CM = 72 / 2.54;

/** A4 PDF with the Tinos font embedded (the whole Vietnamese alphabet renders and extracts exactly). */
export function renderPdf(doc: PartyDocument): Promise<Buffer> {
  const { header } = doc;
  const definition = {
    pageSize: 'A4',
    // Margins of Hướng dẫn 36-HD/VPTW: top 2 cm, bottom 2 cm, left 3 cm, right 1.5 cm.
    pageMargins: [3 * CM, 2 * CM, 1.5 * CM, 2 * CM],
    defaultStyle: { font: 'Tinos', fontSize: 14, lineHeight: 1.15 },
    info: { title: `${doc.type} ${doc.summary}`, creator: 'Chuyên Đề' },
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
              { text: header.number },
              ...(header.subject ? [{ text: header.subject, fontSize: 12, margin: [0, 2, 0, 0] }] : []),
            ],
          },
          {
            width: '55%',
            alignment: 'center',
            stack: [
              { text: 'ĐẢNG CỘNG SẢN VIỆT NAM', bold: true, fontSize: 15, decoration: 'underline' },
              { text: ' ' },
              {
                text: header.date
                  ? `${header.place}, ${vietnameseDate(header.date)}`
                  : `${header.place}, ngày    tháng    năm`,
                italics: true,
              },
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
      ...doc.body.map(block),
      {
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
        unbreakable: true,
      },
    ],
  };
  return pdfmake.createPdf(definition).getBuffer();
}

function block(b: Block): object {
  switch (b.kind) {
    case 'heading':
      return { text: b.text, bold: true, margin: [0, 8, 0, 4] };
    case 'paragraph':
      return {
        text: b.text,
        bold: b.bold,
        italics: b.italics,
        // Left, not justified: pdfmake justifies by stretching at "-" and "/", which would split numbers like
        // "12-HD/BTCTW" apart on the page and in copied text.
        alignment: b.align === 'center' ? 'center' : 'left',
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
