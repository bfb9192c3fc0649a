/** The oversight table as an Excel workbook (exceljs): the rows of the dashboard, then the totals. */
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { type Figures, PLAN_STATE_KEYS, type PlanStateKey, QUARTERS } from '#domain/oversight/figures.ts';
import { addTableSheet, type CellValue, type Column, newWorkbook, workbookBytes } from '../../xlsx/sheet.ts';
import type { Oversight } from './service.ts';

interface Row {
  name: string;
  kind: 'cell' | 'committee' | 'total';
  figures: Figures;
}

const KIND_NAME: Record<Row['kind'], string> = { cell: 'Chi bộ', committee: 'Đảng ủy', total: '' };
const PLAN_NAME: Record<PlanStateKey, string> = {
  none: 'chưa có',
  draft: 'dự thảo',
  adopted: 'đã thông qua',
  submitted: 'đã gửi',
  returned: 'bị trả lại',
  acknowledged: 'đã tiếp nhận',
};

const LEVEL_NAME = { good: 'Tốt', fair: 'Khá', average: 'Trung bình', poor: 'Kém' } as const;

/** A cell: its level, confirmed by the committee or only proposed; a committee: how many cells at each level. */
function qualityText(q: Row['figures']['quarters'][number] | undefined): string {
  if (!q) return '';
  if (q.quality) return `${LEVEL_NAME[q.quality.level]}${q.quality.confirmed ? '' : ' (đề xuất)'}`;
  return (Object.keys(LEVEL_NAME) as (keyof typeof LEVEL_NAME)[])
    .filter((l) => q.levels[l] > 0)
    .map((l) => `${LEVEL_NAME[l]}: ${q.levels[l]}`)
    .join(', ');
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

const col = (
  header: string,
  value: (row: Row) => CellValue,
  kind: Column<Row>['kind'] = 'number',
): Column<Row> => ({
  header,
  width: 14,
  kind,
  value,
});
const text = (header: string, value: (row: Row) => CellValue, width = 14) => ({
  ...col(header, value, 'text'),
  width,
});

/** The columns of the sheet: a Vietnamese header and how each row's figures fill it. */
export const OVERSIGHT_COLUMNS: readonly Column<Row>[] = [
  text('Đơn vị', (r) => r.name, 40),
  text('Loại', (r) => KIND_NAME[r.kind], 10),
  col('Số chi bộ', (r) => r.figures.cells),
  ...QUARTERS.flatMap((q): Column<Row>[] => [
    col(`Quý ${q}: chi bộ đã sinh hoạt chuyên đề`, (r) => r.figures.quarters[q - 1]?.held ?? 0),
    col(`Quý ${q}: chi bộ phải sinh hoạt`, (r) => r.figures.quarters[q - 1]?.expected ?? 0),
    col(`Quý ${q}: chi bộ bỏ sót`, (r) => r.figures.quarters[q - 1]?.missed ?? 0),
    col(`Quý ${q}: ngày sinh hoạt`, (r) => r.figures.quarters[q - 1]?.meeting?.heldOn ?? null, 'date'),
    text(`Quý ${q}: chuyên đề`, (r) => r.figures.quarters[q - 1]?.meeting?.topicTitle ?? null, 30),
    text(`Quý ${q}: xếp loại chất lượng`, (r) => qualityText(r.figures.quarters[q - 1]), 18),
  ]),
  col('Sinh hoạt thường kỳ đã tổ chức', (r) => sum(r.figures.months.map((m) => m.regularHeld))),
  col('Phút học tập tư tưởng Hồ Chí Minh', (r) => sum(r.figures.months.map((m) => m.studyMinutes))),
  col('Lượt chi bộ học tập dưới 30 phút', (r) => sum(r.figures.months.map((m) => m.cellsBelowStudyMinimum))),
  ...PLAN_STATE_KEYS.map((k) => col(`Kế hoạch ${PLAN_NAME[k]}`, (r) => r.figures.plan.counts[k])),
  col('Kế hoạch trễ hạn', (r) => r.figures.plan.late),
  col('Bước chuẩn bị quá hạn', (r) => r.figures.overdueSteps),
  col('Đảng viên có mặt', (r) => r.figures.attendance.present),
  col('Đảng viên phải có mặt', (r) => r.figures.attendance.expected),
  col('Tỷ lệ dự sinh hoạt (%)', (r) =>
    r.figures.attendance.rate === null ? null : Math.round(r.figures.attendance.rate * 1000) / 10,
  ),
  col('Nhiệm vụ chưa hoàn thành', (r) => r.figures.tasks.open),
  col('Nhiệm vụ quá hạn', (r) => r.figures.tasks.overdue),
  col('Sơ kết, tổng kết đến hạn chưa ban hành', (r) => r.figures.reviewsDue),
  col(
    'Báo cáo quý, năm đã gửi',
    (r) => sum(r.figures.reports.quarters.map((x) => x.issued)) + r.figures.reports.annual.issued,
  ),
  col(
    'Báo cáo trễ hạn',
    (r) => sum(r.figures.reports.quarters.map((x) => x.late)) + r.figures.reports.annual.late,
  ),
  col(
    'Báo cáo còn thiếu',
    (r) => sum(r.figures.reports.quarters.map((x) => x.missing)) + r.figures.reports.annual.missing,
  ),
  col(
    'Nhắc nhở gần nhất',
    (r) => {
      const sent = r.figures.lastReminder?.sentAt;
      return sent ? todayInVietnam(new Date(sent)) : null;
    },
    'date',
  ),
];

/** The committee's overview as .xlsx: a row per direct child, then "Tổng cộng" (bold). */
export async function oversightWorkbook(oversight: Oversight): Promise<Uint8Array<ArrayBuffer>> {
  const title = `Giám sát sinh hoạt chuyên đề năm ${oversight.year} — ${oversight.committee.name}`;
  const book = await newWorkbook(title);
  const rows: Row[] = [
    ...oversight.rows.map((r) => ({ name: r.name, kind: r.kind, figures: r.figures })),
    { name: 'Tổng cộng', kind: 'total', figures: oversight.totals },
  ];
  addTableSheet(book, {
    name: `Năm ${oversight.year}`,
    title,
    columns: OVERSIGHT_COLUMNS,
    rows,
    freezeFirstColumn: true,
    totalRow: true,
  });
  return workbookBytes(book);
}
