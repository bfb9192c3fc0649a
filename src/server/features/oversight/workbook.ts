/** The oversight table as an Excel workbook (exceljs): the rows of the dashboard, then the totals. */
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { formatTypedDate } from '#domain/dates/typed-date.ts';
import { type Figures, PLAN_STATE_KEYS, type PlanStateKey, QUARTERS } from '#domain/oversight/figures.ts';
import type { Oversight } from './service.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Cell = string | number;
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

/** The columns of the sheet: a Vietnamese header and how each row's figures fill it. */
export const OVERSIGHT_COLUMNS: readonly [header: string, value: (row: Row) => Cell][] = [
  ['Đơn vị', (r) => r.name],
  ['Loại', (r) => KIND_NAME[r.kind]],
  ['Số chi bộ', (r) => r.figures.cells],
  ...QUARTERS.flatMap((q): [string, (row: Row) => Cell][] => [
    [`Quý ${q}: chi bộ đã sinh hoạt chuyên đề`, (r) => r.figures.quarters[q - 1]?.held ?? 0],
    [`Quý ${q}: chi bộ phải sinh hoạt`, (r) => r.figures.quarters[q - 1]?.expected ?? 0],
    [`Quý ${q}: chi bộ bỏ sót`, (r) => r.figures.quarters[q - 1]?.missed ?? 0],
    [
      `Quý ${q}: ngày sinh hoạt, chuyên đề`,
      (r) => {
        const m = r.figures.quarters[q - 1]?.meeting;
        return m ? `${formatTypedDate(m.heldOn)} — ${m.topicTitle ?? ''}`.trim() : '';
      },
    ],
    [`Quý ${q}: xếp loại chất lượng`, (r) => qualityText(r.figures.quarters[q - 1])],
  ]),
  ['Sinh hoạt thường kỳ đã tổ chức', (r) => sum(r.figures.months.map((m) => m.regularHeld))],
  ['Phút học tập tư tưởng Hồ Chí Minh', (r) => sum(r.figures.months.map((m) => m.studyMinutes))],
  ['Lượt chi bộ học tập dưới 30 phút', (r) => sum(r.figures.months.map((m) => m.cellsBelowStudyMinimum))],
  ...PLAN_STATE_KEYS.map((k): [string, (row: Row) => Cell] => [
    `Kế hoạch ${PLAN_NAME[k]}`,
    (r) => r.figures.plan.counts[k],
  ]),
  ['Kế hoạch trễ hạn', (r) => r.figures.plan.late],
  ['Bước chuẩn bị quá hạn', (r) => r.figures.overdueSteps],
  ['Đảng viên có mặt', (r) => r.figures.attendance.present],
  ['Đảng viên phải có mặt', (r) => r.figures.attendance.expected],
  [
    'Tỷ lệ dự sinh hoạt (%)',
    (r) => (r.figures.attendance.rate === null ? '' : Math.round(r.figures.attendance.rate * 1000) / 10),
  ],
  ['Nhiệm vụ chưa hoàn thành', (r) => r.figures.tasks.open],
  ['Nhiệm vụ quá hạn', (r) => r.figures.tasks.overdue],
  ['Sơ kết, tổng kết đến hạn chưa ban hành', (r) => r.figures.reviewsDue],
  [
    'Báo cáo quý, năm đã gửi',
    (r) => sum(r.figures.reports.quarters.map((x) => x.issued)) + r.figures.reports.annual.issued,
  ],
  [
    'Báo cáo trễ hạn',
    (r) => sum(r.figures.reports.quarters.map((x) => x.late)) + r.figures.reports.annual.late,
  ],
  [
    'Báo cáo còn thiếu',
    (r) => sum(r.figures.reports.quarters.map((x) => x.missing)) + r.figures.reports.annual.missing,
  ],
  [
    'Nhắc nhở gần nhất',
    (r) => {
      const sent = r.figures.lastReminder?.sentAt;
      return sent ? formatTypedDate(todayInVietnam(new Date(sent))) : '';
    },
  ],
];

/** The sheet's rows as values: the header, a row per direct child, then "Tổng cộng". */
export function oversightSheet(oversight: Oversight): Cell[][] {
  const rows: Row[] = [
    ...oversight.rows.map((r) => ({ name: r.name, kind: r.kind, figures: r.figures })),
    { name: 'Tổng cộng', kind: 'total', figures: oversight.totals },
  ];
  return [OVERSIGHT_COLUMNS.map(([h]) => h), ...rows.map((r) => OVERSIGHT_COLUMNS.map(([, v]) => v(r)))];
}

export async function oversightWorkbook(oversight: Oversight): Promise<Buffer> {
  // exceljs is loaded when a workbook is first asked for: it weighs ~25 MiB and 0.4 s at start-up (issue 20).
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Chuyên Đề';
  book.title = `Giám sát sinh hoạt chuyên đề năm ${oversight.year} — ${oversight.committee.name}`;
  const sheet = book.addWorksheet(`Năm ${oversight.year}`, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
  });
  const [header, ...body] = oversightSheet(oversight);
  sheet.addRow(header ?? []).font = { bold: true };
  for (const values of body) sheet.addRow(values);
  const last = sheet.lastRow;
  if (last) last.font = { bold: true };
  sheet.getColumn(1).width = 40;
  for (let i = 2; i <= OVERSIGHT_COLUMNS.length; i++) sheet.getColumn(i).width = 14;
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await book.xlsx.writeBuffer());
}
