/**
 * One shape for every .xlsx export (exceljs): a title row naming the unit and the period, a bold header row of
 * Vietnamese headers frozen under it, column widths, numbers as numbers, local dates as real Excel dates shown
 * dd/mm/yyyy, and text that never becomes a formula (CSV/Excel injection).
 */
import { z } from '@hono/zod-openapi';
import type ExcelJS from 'exceljs';
import type { LocalDate } from '#domain/dates/local-date.ts';
import { contentDisposition } from '../http/download.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** How dates show in every export: dd/mm/yyyy, the house's display form. */
export const DATE_FORMAT = 'dd/mm/yyyy';

export type CellKind = 'text' | 'number' | 'date';
export type CellValue = string | number | null | undefined;

/**
 * A column: its Vietnamese header, its width (in characters; not 9, which exceljs takes for its default and does not
 * write), its kind and how a row fills it.
 */
export interface Column<R> {
  header: string;
  width: number;
  /** `date` takes a local date `YYYY-MM-DD` and writes a real date; `number` a number; `text` (default) text. */
  kind?: CellKind;
  value: (row: R) => CellValue;
}

export interface SheetSpec<R> {
  /** The tab's name (Excel allows 31 characters and none of `\ / ? * [ ] :`). */
  name: string;
  /** The title row: the unit and the year or period. */
  title: string;
  columns: readonly Column<R>[];
  rows: readonly R[];
  /** Freeze the first column too (a wide table read across, like the oversight dashboard). */
  freezeFirstColumn?: boolean;
  /** The last row is a total: bold. */
  totalRow?: boolean;
}

// Characters XML 1.0 cannot carry (the text guard refuses NUL at the door; the others would break the file).
// biome-ignore lint/suspicious/noControlCharactersInRegex: these control characters are exactly what is removed
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/**
 * Text as it goes into a cell, refusing formulas (CSV/Excel injection: a text starting with `=`, `+`, `-`, `@`):
 * characters XML cannot hold removed, and always a plain string, never a formula object.
 * exceljs writes a string as a string cell (`t="s"`), which Excel shows as written and never evaluates, so a
 * name like "=HYPERLINK(…)" or a note starting with "- " stays the text the user typed (no apostrophe added).
 */
export function safeText(value: string): string {
  return value.replace(XML_FORBIDDEN, '');
}

/** A local date `YYYY-MM-DD` as the Date exceljs writes as that day (a serial number, no time, no zone). */
export function excelDate(date: LocalDate): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

function cellValue(kind: CellKind, value: CellValue): ExcelJS.CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (kind === 'date') return typeof value === 'string' ? excelDate(value) : null;
  if (kind === 'number') return typeof value === 'number' ? value : null;
  return safeText(String(value));
}

export async function newWorkbook(title: string): Promise<ExcelJS.Workbook> {
  // exceljs is loaded when a workbook is first asked for: it weighs ~25 MiB and 0.4 s at start-up (issue 20).
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  book.creator = 'Chuyên Đề';
  book.title = safeText(title);
  return book;
}

/** Excel refuses a sheet name over 31 characters or with `\ / ? * [ ] :`. */
function sheetName(name: string): string {
  return name.replace(/[\\/?*[\]:]/g, '-').slice(0, 31);
}

/** Adds a table sheet: row 1 the title, row 2 the headers (bold, frozen with the title), then one row per item. */
export function addTableSheet<R>(book: ExcelJS.Workbook, spec: SheetSpec<R>): ExcelJS.Worksheet {
  const { columns } = spec;
  const sheet = book.addWorksheet(sheetName(spec.name), {
    views: [{ state: 'frozen', xSplit: spec.freezeFirstColumn ? 1 : 0, ySplit: 2 }],
  });
  const title = sheet.addRow([safeText(spec.title)]);
  title.font = { bold: true, size: 13 };
  if (columns.length > 1) sheet.mergeCells(1, 1, 1, columns.length);
  const header = sheet.addRow(columns.map((c) => safeText(c.header)));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  for (const row of spec.rows) {
    const added = sheet.addRow(columns.map((c) => cellValue(c.kind ?? 'text', c.value(row))));
    // The format goes on each date cell: a column style makes exceljs merge and misread the columns' widths.
    columns.forEach((c, i) => {
      if (c.kind === 'date') added.getCell(i + 1).numFmt = DATE_FORMAT;
    });
  }
  columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  if (spec.totalRow && spec.rows.length > 0) {
    const last = sheet.lastRow;
    if (last) last.font = { bold: true };
  }
  return sheet;
}

export async function workbookBytes(book: ExcelJS.Workbook): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The HTTP answer: the workbook as an attachment named in Vietnamese (ASCII fallback without tones). */
export function xlsxResponse(bytes: Uint8Array<ArrayBuffer>, fileName: string): Response {
  return new Response(bytes, {
    status: 200,
    headers: {
      'content-type': XLSX_TYPE,
      'content-disposition': contentDisposition(fileName),
      'cache-control': 'private, no-store',
    },
  });
}

/** The OpenAPI description of a workbook answer (`responses[200]`). */
export const xlsxContent = {
  description: 'The workbook (.xlsx)',
  content: { [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } },
};
