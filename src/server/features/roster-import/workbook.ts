/**
 * The roster file: the template to download (exceljs) and the reading of an uploaded .xlsx or .csv into rows of
 * raw cells. What each row means is decided by the rules (domain/members/roster-import.ts).
 */
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import {
  MAX_ROSTER_ROWS,
  matchHeaders,
  type RawCell,
  ROSTER_COLUMNS,
  ROSTER_FIELDS,
  type RosterField,
  readCsv,
} from '#domain/members/roster-import.ts';
import { AppError } from '../../http/app-error.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type RosterFileCode =
  | 'ROSTER_IMPORT_NO_FILE'
  | 'ROSTER_IMPORT_TOO_LARGE'
  | 'ROSTER_IMPORT_NOT_SPREADSHEET'
  | 'ROSTER_IMPORT_OLD_XLS'
  | 'ROSTER_IMPORT_NOT_UTF8'
  | 'ROSTER_IMPORT_BAD_CSV'
  | 'ROSTER_IMPORT_EMPTY'
  | 'ROSTER_IMPORT_TOO_MANY_ROWS'
  | 'ROSTER_IMPORT_MISSING_COLUMN'
  | 'ROSTER_IMPORT_DUPLICATE_COLUMN';

/** A file refused as a whole (400, on the field `file`), with the values its message names ({columns}, {limit}). */
export class RosterFileError extends AppError {
  constructor(code: RosterFileCode, params: Record<string, string> = {}) {
    super(code, { file: code }, undefined, params);
  }
}

export interface RosterSheet {
  format: 'xlsx' | 'csv';
  /** The sheet read (the first); the names of the other sheets, which are not read. */
  sheetName: string | null;
  ignoredSheets: string[];
  /** Header cells that match no column, ignored. */
  ignoredColumns: string[];
  rows: { line: number; cells: Partial<Record<RosterField, RawCell>> }[];
}

const WIDTHS: Record<RosterField, number> = {
  fullName: 28,
  birthDate: 13,
  gender: 10,
  cardNumber: 18,
  joinedOn: 15,
  officialOn: 16,
  status: 16,
  role: 16,
  phone: 15,
  email: 28,
};
const DATE_FIELDS: readonly RosterField[] = ['birthDate', 'joinedOn', 'officialOn'];
const TEXT_FIELDS: readonly RosterField[] = ['cardNumber', 'phone'];

const NOTES: Record<RosterField, string> = {
  fullName: 'Bắt buộc.',
  birthDate: 'Ngày/tháng/năm (dd/mm/yyyy).',
  gender: 'Nam hoặc Nữ.',
  cardNumber: 'Bắt buộc, trừ đảng viên dự bị chưa có thẻ. 6–12 chữ số; dấu chấm, khoảng trắng được bỏ qua.',
  joinedOn: 'Bắt buộc với đảng viên dự bị. dd/mm/yyyy.',
  officialOn: 'Bắt buộc với đảng viên chính thức và miễn sinh hoạt; ít nhất 12 tháng sau ngày vào Đảng.',
  status: 'Chính thức, Dự bị hoặc Miễn sinh hoạt.',
  role: 'Bí thư, Phó bí thư, Chi ủy viên hoặc để trống.',
  phone: 'Số điện thoại Việt Nam, ví dụ 0912345678.',
  email: 'Ví dụ ten@example.vn.',
};

/**
 * The template: sheet "Danh sách" with the headers (dates formatted dd/mm/yyyy, card number and phone as text
 * so leading zeros stay), and sheet "Hướng dẫn" with an example row and a note per column. Only the first sheet
 * is read back, so the example is never imported by mistake.
 */
/** exceljs is loaded when a file is first read or made: ~25 MiB and 0.4 s at start-up otherwise (issue 20). */
const loadExcel = async () => (await import('exceljs')).default;

export async function rosterTemplate(): Promise<Buffer> {
  const Excel = await loadExcel();
  const book = new Excel.Workbook();
  book.creator = 'Chuyên Đề';
  book.title = 'Mẫu danh sách đảng viên';
  const sheet = book.addWorksheet('Danh sách', { views: [{ state: 'frozen', ySplit: 1 }] });
  const guide = book.addWorksheet('Hướng dẫn');
  const headers = ROSTER_FIELDS.map((f) => ROSTER_COLUMNS[f].header);
  sheet.addRow(headers).font = { bold: true };
  guide.addRow(['Trang này không được nhập; điền danh sách ở trang "Danh sách".']).font = { italic: true };
  guide.addRow(headers).font = { bold: true };
  guide.addRow([
    'Nguyễn Văn An',
    new Date(Date.UTC(1980, 2, 12)),
    'Nam',
    '79012345',
    new Date(Date.UTC(2005, 1, 3)),
    new Date(Date.UTC(2006, 1, 3)),
    'Chính thức',
    'Chi ủy viên',
    '0912345678',
    'an.nguyen@example.vn',
  ]);
  guide.addRow(ROSTER_FIELDS.map((f) => NOTES[f])).alignment = { wrapText: true, vertical: 'top' };
  ROSTER_FIELDS.forEach((f, i) => {
    for (const ws of [sheet, guide]) {
      const column = ws.getColumn(i + 1);
      column.width = WIDTHS[f];
      if (DATE_FIELDS.includes(f)) column.numFmt = 'dd/mm/yyyy';
      if (TEXT_FIELDS.includes(f)) column.numFmt = '@';
    }
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** Reads the upload as .xlsx (by its content, not its name) or as UTF-8 CSV; anything else is refused. */
export async function readRosterFile(bytes: Uint8Array): Promise<RosterSheet> {
  if (bytes.length === 0) throw new RosterFileError('ROSTER_IMPORT_EMPTY');
  if (startsWith(bytes, OLE)) throw new RosterFileError('ROSTER_IMPORT_OLD_XLS');
  if (startsWith(bytes, ZIP)) return readXlsx(bytes);
  return readCsvFile(bytes);
}

function readCsvFile(bytes: Uint8Array): RosterSheet {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // An image or a PDF renamed .csv, or a CSV saved in a legacy code page.
    throw new RosterFileError(
      looksBinary(bytes) ? 'ROSTER_IMPORT_NOT_SPREADSHEET' : 'ROSTER_IMPORT_NOT_UTF8',
    );
  }
  if (text.includes('\u0000') || text.startsWith('%PDF-'))
    throw new RosterFileError('ROSTER_IMPORT_NOT_SPREADSHEET');
  const csv = readCsv(text);
  if (!csv.ok) throw new RosterFileError('ROSTER_IMPORT_BAD_CSV');
  const lines = csv.rows.map((cells, i) => ({ line: i + 1, cells: cells as RawCell[] }));
  return { ...toRows(lines), format: 'csv', sheetName: null, ignoredSheets: [] };
}

/** Control bytes other than tab, CR and LF among the first kilobyte: not text. */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 1024).some((b) => b < 9 || (b > 13 && b < 32));
}

/**
 * Reads the first sheet as a stream and stops one row past the limit, so a 10,000-row workbook is refused after
 * reading about a thousand rows rather than loaded whole. The other sheets are named, not read.
 */
async function readXlsx(bytes: Uint8Array): Promise<RosterSheet> {
  const Excel = await loadExcel();
  const reader = new Excel.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const lines: { line: number; cells: RawCell[] }[] = [];
  let sheetName: string | null = null;
  let tooMany = false;
  try {
    for await (const sheet of reader) {
      sheetName = (sheet as unknown as { name: string }).name;
      for await (const row of sheet) {
        const cells: RawCell[] = [];
        for (let c = 1; c <= Math.max(row.cellCount, 1); c++) cells.push(cellValue(row.getCell(c).value));
        lines.push({ line: row.number, cells });
        if (lines.length > MAX_ROSTER_ROWS + 1) {
          tooMany = true;
          break;
        }
      }
      break;
    }
  } catch {
    throw new RosterFileError('ROSTER_IMPORT_NOT_SPREADSHEET');
  }
  if (sheetName === null) throw new RosterFileError('ROSTER_IMPORT_NOT_SPREADSHEET');
  if (tooMany) throw new RosterFileError('ROSTER_IMPORT_TOO_MANY_ROWS', { limit: String(MAX_ROSTER_ROWS) });
  const sheets = (reader as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets ?? [];
  const ignoredSheets = sheets.map((x) => x.name).filter((name) => name !== sheetName);
  return { ...toRows(lines), format: 'xlsx', sheetName, ignoredSheets };
}

/** exceljs's cell value as a raw cell: formulas kept as such (the rules refuse them), rich text and links as text. */
function cellValue(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('formula' in value || 'sharedFormula' in value) return { formula: String(value.formula ?? '') };
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('error' in value) return String(value.error);
  return null;
}

/** The first non-empty line is the header; the lines below it are the data rows (empty ones skipped). */
function toRows(lines: { line: number; cells: RawCell[] }[]) {
  const isEmpty = (cells: RawCell[]) =>
    cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));
  const filled = lines.filter((l) => !isEmpty(l.cells));
  const [header, ...data] = filled;
  if (!header || data.length === 0) throw new RosterFileError('ROSTER_IMPORT_EMPTY');
  if (data.length > MAX_ROSTER_ROWS) {
    throw new RosterFileError('ROSTER_IMPORT_TOO_MANY_ROWS', { limit: String(MAX_ROSTER_ROWS) });
  }
  const match = matchHeaders(
    header.cells.map((c) => (typeof c === 'string' ? c : c === null ? '' : String(c))),
  );
  if (!match.ok) throw new RosterFileError(match.issue.code, { columns: match.issue.columns.join(', ') });
  return {
    ignoredColumns: match.ignored,
    rows: data.map((l) => ({
      line: l.line,
      cells: Object.fromEntries(
        Object.entries(match.columns).map(([field, index]) => [field, l.cells[index] ?? null]),
      ) as Partial<Record<RosterField, RawCell>>,
    })),
  };
}
