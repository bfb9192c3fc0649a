import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LeaderType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  UnderlineType,
  WidthType,
} from 'docx';
import { vietnameseDate } from '#domain/dates/vietnamese-date.ts';
import {
  type Block,
  DRAFT_MARK,
  documentTitle,
  isDraft,
  numberLine,
  type PartyDocument,
  placeAndDateLine,
} from './party-document.ts';

const FONT = 'Times New Roman';
const size = (pt: number) => pt * 2; // docx measures font size in half-points
const CM = 567; // twips per centimetre
const MM = 1440 / 25.4; // twips per millimetre
/** The margins (decision 008), in millimetres: top 25, bottom 20, left 35, right 15. */
const MARGIN_MM = { top: 25, bottom: 20, left: 35, right: 15 };
const mm = (n: number) => Math.round(n * MM);
/** The text's width on A4: 210 mm less the left and right margins. */
const TEXT_WIDTH = mm(210 - MARGIN_MM.left - MARGIN_MM.right);
const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  pt?: number;
  underline?: boolean;
}

function run(text: string, style: RunStyle = {}) {
  return new TextRun({
    text,
    font: FONT,
    size: size(style.pt ?? 14),
    bold: style.bold,
    italics: style.italics,
    underline: style.underline ? { type: UnderlineType.SINGLE } : undefined,
  });
}

interface LineStyle extends RunStyle {
  align?: 'left' | 'center' | 'justify';
  indent?: boolean;
  /** Kept on the page of the next paragraph (headings; the last lines before the signatures). */
  keepNext?: boolean;
}

function line(text: string, style: LineStyle = {}) {
  const alignment =
    style.align === 'center'
      ? AlignmentType.CENTER
      : style.align === 'left'
        ? AlignmentType.LEFT
        : AlignmentType.JUSTIFIED;
  return new Paragraph({
    children: [run(text, style)],
    alignment,
    indent: style.indent ? { firstLine: CM } : undefined,
    spacing: { after: 80 },
    keepNext: style.keepNext,
    keepLines: style.keepNext,
  });
}

/** Word (.docx) in the same layout as the PDF: editable afterwards in Word or LibreOffice. */
export function renderDocx(doc: PartyDocument): Promise<Buffer> {
  const { header } = doc;
  const draft = isDraft(doc);
  const headerTable = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 45, type: WidthType.PERCENTAGE },
            children: [
              ...(header.parentBody ? [line(header.parentBody.toUpperCase(), { align: 'center' })] : []),
              line(header.issuingBody.toUpperCase(), { align: 'center', bold: true }),
              line('*', { align: 'center' }),
              line(numberLine(doc), { align: 'center' }),
              ...(header.subject ? [line(header.subject, { align: 'center', pt: 12 })] : []),
            ],
          }),
          new TableCell({
            width: { size: 55, type: WidthType.PERCENTAGE },
            children: [
              line('ĐẢNG CỘNG SẢN VIỆT NAM', { align: 'center', bold: true, pt: 15, underline: true }),
              line('', { align: 'center' }),
              line(placeAndDateLine(doc, vietnameseDate), { align: 'center', italics: true }),
              ...(draft ? [line(DRAFT_MARK, { align: 'center', bold: true })] : []),
            ],
          }),
        ],
      }),
    ],
  });

  const signature = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        // One row that never splits, every paragraph in it kept with the next: the block stays whole.
        cantSplit: true,
        keepNext: true,
        children: [
          new TableCell({
            width: { size: 50, type: WidthType.PERCENTAGE },
            children: doc.cosigner
              ? [
                  line(doc.cosigner.title, { align: 'center', bold: true }),
                  line('', { align: 'center' }),
                  line('', { align: 'center' }),
                  line('', { align: 'center' }),
                  line(doc.cosigner.name ?? '', { align: 'center', bold: true }),
                ]
              : [
                  line('Nơi nhận:', { align: 'left', bold: true, italics: true, pt: 12 }),
                  ...doc.recipients.map((r) => line(r, { align: 'left', pt: 11 })),
                ],
          }),
          new TableCell({
            width: { size: 50, type: WidthType.PERCENTAGE },
            children: [
              ...(doc.signature.authority
                ? [line(doc.signature.authority, { align: 'center', bold: true })]
                : []),
              ...doc.signature.title.split('\n').map((l) => line(l, { align: 'center', bold: true })),
              line('', { align: 'center' }),
              line('', { align: 'center' }),
              line('', { align: 'center' }),
              line(doc.signature.name ?? '', { align: 'center', bold: true }),
            ],
          }),
        ],
      }),
    ],
  });

  // The body's last paragraph keeps with the signatures, so the signature block never stands alone on a page.
  const body = doc.body.flatMap((b, i) => block(b, i === doc.body.length - 1));
  const document = new Document({
    creator: 'Chuyên Đề',
    title: documentTitle(doc),
    subject: doc.summary,
    styles: { default: { document: { run: { language: { value: 'vi-VN' } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 }, // A4
            // Margins (decision 008): top 25 mm, bottom 20 mm, left 35 mm, right 15 mm.
            margin: {
              top: mm(MARGIN_MM.top),
              bottom: mm(MARGIN_MM.bottom),
              left: mm(MARGIN_MM.left),
              right: mm(MARGIN_MM.right),
              header: mm(12),
            },
          },
          // The first page has its own (empty) header: numbers start on page 2.
          titlePage: true,
        },
        headers: {
          first: new Header({ children: [] }),
          // Pages from the second carry their number, top centre, in Arabic numerals (Hướng dẫn 36-HD/VPTW).
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: size(13) })],
              }),
            ],
          }),
        },
        children: [
          headerTable,
          ...(doc.type
            ? [
                new Paragraph({
                  children: [run(doc.type.toUpperCase(), { bold: true, pt: 16 })],
                  alignment: AlignmentType.CENTER,
                  spacing: { before: 360 },
                }),
                line(doc.summary, { align: 'center', bold: true }),
              ]
            : [line('', { align: 'center' })]),
          ...body,
          signature,
          ...(doc.addenda ?? []).flatMap((a) => [
            new Paragraph({
              children: [run(a.heading, { bold: true })],
              alignment: AlignmentType.LEFT,
              spacing: { before: 360, after: 80 },
              keepNext: true,
              keepLines: true,
            }),
            line(a.text, { indent: true }),
            line(`Mã kiểm tra phần bổ sung (SHA-256): ${a.hash}`, { italics: true, pt: 11, align: 'left' }),
          ]),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function block(b: Block, last: boolean): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [line(b.text, { bold: true, align: 'left', keepNext: true })];
    case 'dotted':
      // A right tab at the text's edge with a dot leader: the dots end exactly at the right margin.
      return [
        new Paragraph({
          children: [new TextRun({ children: [new Tab()], font: FONT, size: size(14) })],
          tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT }],
          spacing: { after: 80 },
          keepNext: last,
        }),
      ];
    case 'paragraph':
      return [
        line(b.text, {
          bold: b.bold,
          italics: b.italics,
          align: b.align,
          indent: b.indent !== false,
          keepNext: last,
        }),
      ];
    case 'table': {
      const total = b.widths.reduce((a, w) => a + w, 0);
      const cell = (text: string, bold: boolean, widthPart: number, span = 1) =>
        new TableCell({
          columnSpan: span,
          width: { size: (widthPart / total) * 100, type: WidthType.PERCENTAGE },
          children: [line(text, { bold, pt: 12, align: 'left' })],
        });
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({
              tableHeader: true,
              children: b.header.map((h, i) => cell(h, true, b.widths[i] ?? 1)),
            }),
            ...b.rows.map(
              (row) =>
                new TableRow({
                  children: row.spanning
                    ? [cell(row.cells[0] ?? '', true, total, b.header.length)]
                    : row.cells.map((text, i) => cell(text, false, b.widths[i] ?? 1)),
                }),
            ),
          ],
        }),
        line('', { align: 'left', keepNext: last }),
      ];
    }
  }
}
