/** A year's commendations as an Excel workbook (exceljs), Vietnamese headers. */
import { formText, KIND_TEXT } from '#domain/commendations/commendations.ts';
import { addTableSheet, type Column, newWorkbook, workbookBytes } from '../../xlsx/sheet.ts';
import type { CommendationRow } from './store.ts';

/** "Chi bộ Mầm non", "Đ/c Nguyễn Văn A (Chi bộ Mầm non)", "Chuyên đề “…” (Chi bộ Mầm non)". */
export function subjectText(r: CommendationRow): string {
  if (r.subject_kind === 'person') return `Đồng chí ${r.person_name ?? ''} (${r.unit_name})`;
  if (r.subject_kind === 'topic') return `Chuyên đề “${r.topic_title ?? ''}” (${r.unit_name})`;
  return r.unit_name;
}

const COLUMNS: readonly Column<{ r: CommendationRow; i: number }>[] = [
  { header: 'STT', width: 6, kind: 'number', value: ({ i }) => i + 1 },
  { header: 'Năm', width: 8, kind: 'number', value: ({ r }) => r.year },
  { header: 'Đối tượng', width: 40, value: ({ r }) => subjectText(r) },
  { header: 'Hình thức', width: 26, value: ({ r }) => formText(r.form, r.form_other) },
  { header: 'Biểu dương / Khen thưởng', width: 16, value: ({ r }) => KIND_TEXT[r.kind] },
  { header: 'Lý do', width: 50, value: ({ r }) => r.reason },
  { header: 'Số quyết định', width: 16, value: ({ r }) => r.decision_number },
  { header: 'Ngày quyết định', width: 14, kind: 'date', value: ({ r }) => r.decision_date },
  { header: 'Cấp ủy quyết định', width: 30, value: ({ r }) => r.committee_name },
];

export const COMMENDATION_HEADERS = COLUMNS.map((c) => c.header);

export async function commendationsWorkbook(
  title: string,
  rows: readonly CommendationRow[],
): Promise<Uint8Array<ArrayBuffer>> {
  const book = await newWorkbook(title);
  addTableSheet(book, {
    name: 'Biểu dương, khen thưởng',
    title,
    columns: COLUMNS,
    rows: rows.map((r, i) => ({ r, i })),
  });
  return workbookBytes(book);
}
