/** The task follow-up as .xlsx (issue 18): each assignment of the year, its owner, due day, state and lateness. */
import { TASK_STATE_NAME } from '#domain/follow-up/task-progress.ts';
import { addTableSheet, type Column, newWorkbook, workbookBytes } from '../../xlsx/sheet.ts';
import type { cellTasks } from './view.ts';

type Task = Awaited<ReturnType<typeof cellTasks>>['tasks'][number];

const yes = (b: boolean) => (b ? 'Có' : null);

const COLUMNS: readonly Column<{ t: Task; i: number }>[] = [
  { header: 'STT', width: 6, kind: 'number', value: ({ i }) => i + 1 },
  { header: 'Nhiệm vụ', width: 50, value: ({ t }) => t.title },
  { header: 'Người thực hiện', width: 26, value: ({ t }) => t.owner?.name ?? 'Tập thể chi bộ' },
  { header: 'Thời hạn', width: 12, kind: 'date', value: ({ t }) => t.dueOn },
  { header: 'Buổi sinh hoạt giao', width: 14, kind: 'date', value: ({ t }) => t.meeting.heldOn },
  { header: 'Chuyên đề', width: 40, value: ({ t }) => t.meeting.topicTitle },
  { header: 'Tình trạng', width: 18, value: ({ t }) => TASK_STATE_NAME[t.state] },
  { header: 'Quá hạn', width: 10, value: ({ t }) => yes(t.overdue) },
  { header: 'Hoàn thành trễ hạn', width: 12, value: ({ t }) => yes(t.doneLate) },
  { header: 'Báo cáo gần nhất', width: 14, kind: 'date', value: ({ t }) => t.lastReportedOn },
  { header: 'Ghi chú gần nhất', width: 40, value: ({ t }) => t.lastNote },
];

export async function tasksWorkbook(cellName: string, year: number, tasks: readonly Task[]) {
  const title = `Theo dõi thực hiện nhiệm vụ năm ${year} — ${cellName}`;
  const book = await newWorkbook(title);
  addTableSheet(book, {
    name: `Nhiệm vụ năm ${year}`,
    title,
    columns: COLUMNS,
    rows: tasks.map((t, i) => ({ t, i })),
  });
  return workbookBytes(book);
}
