/**
 * A member's scorecard as .xlsx (issue 18): the facts of the scorecard document (meetings, speeches, drafts,
 * topics prepared, tasks), as numbers and dates a secretary can sort and sum at the year-end review.
 */
import type { ScorecardData } from '#documents/scorecard-document.ts';
import { TASK_STATE_NAME } from '#domain/follow-up/task-progress.ts';
import { addTableSheet, type Column, newWorkbook, workbookBytes } from '../../xlsx/sheet.ts';

type Fact = [label: string, value: number];

const FACT_COLUMNS: readonly Column<{ f: Fact; i: number }>[] = [
  { header: 'TT', width: 6, kind: 'number', value: ({ i }) => i + 1 },
  { header: 'Nội dung', width: 50, value: ({ f }) => f[0] },
  { header: 'Số lượng', width: 12, kind: 'number', value: ({ f }) => f[1] },
];

type Topic = ScorecardData['topics'][number];
const TOPIC_COLUMNS: readonly Column<{ t: Topic; i: number }>[] = [
  { header: 'TT', width: 6, kind: 'number', value: ({ i }) => i + 1 },
  { header: 'Chuyên đề được phân công chuẩn bị', width: 50, value: ({ t }) => t.title },
  { header: 'Tình trạng', width: 26, value: ({ t }) => t.status },
  { header: 'Nhận xét của bí thư', width: 50, value: ({ t }) => t.remark },
];

type Task = ScorecardData['tasks'][number];
const TASK_COLUMNS: readonly Column<{ t: Task; i: number }>[] = [
  { header: 'TT', width: 6, kind: 'number', value: ({ i }) => i + 1 },
  { header: 'Nhiệm vụ được giao tại sinh hoạt', width: 50, value: ({ t }) => t.title },
  { header: 'Thời hạn', width: 12, kind: 'date', value: ({ t }) => t.dueOn },
  { header: 'Tình trạng', width: 18, value: ({ t }) => TASK_STATE_NAME[t.state] },
  { header: 'Trễ hạn', width: 10, value: ({ t }) => (t.doneLate ? 'Có' : null) },
];

export async function scorecardWorkbook(d: ScorecardData) {
  const title = `Kết quả tham gia sinh hoạt chuyên đề năm ${d.year} của đồng chí ${d.member.name} — ${d.cell.name}`;
  const m = d.meetings;
  const facts: Fact[] = [
    ['Buổi sinh hoạt chuyên đề phải dự', m.held],
    ['Có mặt', m.present],
    ['Vắng có lý do', m.absentExcused],
    ['Vắng không lý do', m.absentUnexcused],
    ['Lượt phát biểu, thảo luận', m.spoke],
    ['Dự thảo chuyên đề nhận được', d.drafts.received],
    ['Dự thảo đã đọc', d.drafts.opened],
    ['Dự thảo đã góp ý', d.drafts.commentedOn],
    ['Số ý kiến góp ý', d.drafts.comments],
    ['Chuyên đề được phân công chuẩn bị', d.topics.length],
    ['Nhiệm vụ được giao', d.tasks.length],
  ];
  const book = await newWorkbook(title);
  addTableSheet(book, {
    name: 'Tổng hợp',
    title,
    columns: FACT_COLUMNS,
    rows: facts.map((f, i) => ({ f, i })),
  });
  addTableSheet(book, {
    name: 'Chuyên đề chuẩn bị',
    title,
    columns: TOPIC_COLUMNS,
    rows: d.topics.map((t, i) => ({ t, i })),
  });
  addTableSheet(book, {
    name: 'Nhiệm vụ',
    title,
    columns: TASK_COLUMNS,
    rows: d.tasks.map((t, i) => ({ t, i })),
  });
  return workbookBytes(book);
}
