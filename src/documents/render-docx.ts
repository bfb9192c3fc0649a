import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
} from 'docx';
import { vietnameseDate } from '#domain/dates/vietnamese-date.ts';
import type { Block, PartyDocument } from './party-document.ts';

const FONT = 'Times New Roman';
const size = (pt: number) => pt * 2; // docx measures font size in half-points
const CM = 567; // twips per centimetre
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

function line(
  text: string,
  style: RunStyle & { align?: 'left' | 'center' | 'justify'; indent?: boolean } = {},
) {
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
  });
}

/** Word (.docx) in the same layout as the PDF: editable afterwards in Word or LibreOffice. */
export function renderDocx(doc: PartyDocument): Promise<Buffer> {
  const { header } = doc;
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
              line(header.number, { align: 'center' }),
              ...(header.subject ? [line(header.subject, { align: 'center', pt: 12 })] : []),
            ],
          }),
          new TableCell({
            width: { size: 55, type: WidthType.PERCENTAGE },
            children: [
              line('ĐẢNG CỘNG SẢN VIỆT NAM', { align: 'center', bold: true, pt: 15, underline: true }),
              line('', { align: 'center' }),
              line(
                header.date
                  ? `${header.place}, ${vietnameseDate(header.date)}`
                  : `${header.place}, ngày    tháng    năm`,
                {
                  align: 'center',
                  italics: true,
                },
              ),
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
              line(doc.signature.title, { align: 'center', bold: true }),
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

  const document = new Document({
    creator: 'Chuyên Đề',
    title: `${doc.type} ${doc.summary}`,
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 }, // A4
            margin: { top: 2 * CM, bottom: 2 * CM, left: 3 * CM, right: 1.5 * CM },
          },
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
          ...doc.body.flatMap(block),
          signature,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function block(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [line(b.text, { bold: true, align: 'left' })];
    case 'paragraph':
      return [line(b.text, { bold: b.bold, italics: b.italics, align: b.align, indent: b.indent !== false })];
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
        line('', { align: 'left' }),
      ];
    }
  }
}
