/** A year's commendations as an Excel workbook (exceljs), Vietnamese headers. */
import { formText, KIND_TEXT } from '#domain/commendations/commendations.ts';
import { formatTypedDate } from '#domain/dates/typed-date.ts';
import type { CommendationRow } from './store.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** "Chi bộ Mầm non", "Đ/c Nguyễn Văn A (Chi bộ Mầm non)", "Chuyên đề “…” (Chi bộ Mầm non)". */
export function subjectText(r: CommendationRow): string {
  if (r.subject_kind === 'person') return `Đồng chí ${r.person_name ?? ''} (${r.unit_name})`;
  if (r.subject_kind === 'topic') return `Chuyên đề “${r.topic_title ?? ''}” (${r.unit_name})`;
  return r.unit_name;
}

export const COMMENDATION_HEADERS = [
  'STT',
  'Năm',
  'Đối tượng',
  'Hình thức',
  'Biểu dương / Khen thưởng',
  'Lý do',
  'Số quyết định',
  'Ngày quyết định',
  'Cấp ủy quyết định',
] as const;

export async function commendationsWorkbook(
  title: string,
  rows: readonly CommendationRow[],
): Promise<Buffer> {
  // exceljs is loaded when a workbook is first asked for: it weighs ~25 MiB and 0.4 s at start-up (issue 20).
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Chuyên Đề';
  book.title = title;
  const sheet = book.addWorksheet('Biểu dương, khen thưởng', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...COMMENDATION_HEADERS]).font = { bold: true };
  rows.forEach((r, i) => {
    sheet.addRow([
      i + 1,
      r.year,
      subjectText(r),
      formText(r.form, r.form_other),
      KIND_TEXT[r.kind],
      r.reason,
      r.decision_number,
      formatTypedDate(r.decision_date),
      r.committee_name,
    ]);
  });
  const widths = [6, 8, 40, 26, 16, 50, 16, 14, 30];
  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
