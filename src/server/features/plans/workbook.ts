/** The year's plan as .xlsx (issue 18): its topics, then section III's assignment table with where each step stands. */
import type { z } from '@hono/zod-openapi';
import type { PlanStep } from '#domain/plans/plan-schedule.ts';
import type { PlanStatus } from '#domain/plans/plan-status.ts';
import type { DraftStatus } from '#domain/preparation/draft-status.ts';
import { addTableSheet, type Column, newWorkbook, workbookBytes } from '../../xlsx/sheet.ts';
import type { PlanSchema, PlanTopicSchema } from './presenter.ts';

type Plan = z.infer<typeof PlanSchema>;
type Topic = z.infer<typeof PlanTopicSchema>;
type Step = Topic['steps'][number];
type Progress = NonNullable<Topic['preparation']>['progress'][number];

const PLAN_STATUS: Record<PlanStatus, string> = {
  draft: 'Dự thảo',
  adopted: 'Đã thông qua',
  submitted: 'Đã gửi cấp ủy',
  acknowledged: 'Cấp ủy đã tiếp nhận',
  returned: 'Cấp ủy trả lại',
};

// The wording of seed 000's section III table (as the plan document says it).
const STEP_TEXT: Record<PlanStep, string> = {
  outline: 'Chuẩn bị đề cương',
  draft1: 'Xây dựng dự thảo lần 1',
  comments: 'Lấy ý kiến tham gia',
  draft2: 'Tiếp thu, hoàn chỉnh dự thảo lần 2',
  meeting: 'Tổ chức sinh hoạt chuyên đề',
};

const DRAFT_STATUS: Record<DraftStatus, string> = {
  draft1_writing: 'Đang xây dựng dự thảo lần 1',
  draft1_submitted: 'Dự thảo lần 1 đang chờ thông qua',
  draft1_refused: 'Dự thảo lần 1 chưa được thông qua',
  draft1_approved: 'Dự thảo lần 1 đã được thông qua',
  distributed: 'Đang lấy ý kiến đảng viên',
  comments_closed: 'Đã kết thúc lấy ý kiến',
  draft2_writing: 'Đang hoàn chỉnh dự thảo lần 2',
  draft2_submitted: 'Dự thảo lần 2 đang chờ thông qua',
  draft2_refused: 'Dự thảo lần 2 chưa được thông qua',
  draft2_approved: 'Dự thảo lần 2 đã được thông qua',
  presented: 'Đã trình bày tại buổi sinh hoạt',
  resolution_completed: 'Nghị quyết đã hoàn chỉnh, chờ cấp ủy duyệt lần cuối',
  resolution_approved: 'Cấp ủy đã duyệt lần cuối, chờ bí thư ban hành',
  final: 'Đã hoàn chỉnh và ban hành',
};

const STEP_STATE: Record<Progress['state'], string> = {
  done: 'Đã xong',
  pending: 'Chưa đến hạn',
  overdue: 'Quá hạn',
};

const TOPIC_COLUMNS: readonly Column<{ t: Topic; i: number }>[] = [
  { header: 'STT', width: 6, kind: 'number', value: ({ i }) => i + 1 },
  { header: 'Quý', width: 6, kind: 'number', value: ({ t }) => t.quarter },
  { header: 'Tháng sinh hoạt', width: 10, kind: 'number', value: ({ t }) => t.meetingMonth },
  { header: 'Chuyên đề', width: 50, value: ({ t }) => t.title },
  { header: 'Nội dung công việc', width: 50, value: ({ t }) => t.workContent },
  { header: 'Người chuẩn bị', width: 30, value: ({ t }) => t.preparers.map((p) => p.fullName).join(', ') },
  {
    header: 'Tình trạng chuẩn bị',
    width: 30,
    value: ({ t }) => (t.preparation?.status ? DRAFT_STATUS[t.preparation.status] : 'Chưa bắt đầu'),
  },
];

interface StepRow {
  n: number;
  topic: Topic;
  step: Step;
  progress: Progress | undefined;
}

function stepColumns(year: number): Column<StepRow>[] {
  return [
    { header: 'TT', width: 6, kind: 'number', value: (r) => r.n },
    { header: 'Chuyên đề', width: 40, value: (r) => r.topic.title },
    { header: 'Nội dung thực hiện', width: 32, value: (r) => STEP_TEXT[r.step.step] },
    { header: 'Thời gian', width: 12, value: (r) => `Tháng ${r.step.dueMonth}/${year}` },
    { header: 'Người thực hiện', width: 26, value: (r) => r.step.responsibleName },
    { header: 'Hạn', width: 12, kind: 'date', value: (r) => r.progress?.dueBy ?? null },
    { header: 'Tình trạng', width: 14, value: (r) => (r.progress ? STEP_STATE[r.progress.state] : null) },
    { header: 'Ngày hoàn thành', width: 14, kind: 'date', value: (r) => r.progress?.doneOn ?? null },
    { header: 'Trễ hạn', width: 8, value: (r) => (r.progress?.late ? 'Có' : null) },
    { header: 'Ghi chú', width: 30, value: (r) => r.step.note },
  ];
}

export async function planWorkbook(plan: Plan) {
  const title = `Kế hoạch sinh hoạt chuyên đề năm ${plan.year} — ${plan.cellName}${
    plan.number ? `, số ${plan.number}` : ''
  } (${PLAN_STATUS[plan.status]})`;
  const book = await newWorkbook(title);
  const topics = [...plan.topics].sort((a, b) => a.quarter - b.quarter || a.position - b.position);
  addTableSheet(book, {
    name: 'Chuyên đề',
    title,
    columns: TOPIC_COLUMNS,
    rows: topics.map((t, i) => ({ t, i })),
  });
  let n = 0;
  const steps = topics.flatMap((topic) =>
    topic.steps.map((step) => ({
      n: ++n,
      topic,
      step,
      progress: topic.preparation?.progress.find((p) => p.step === step.step),
    })),
  );
  addTableSheet(book, { name: 'Phân công, tiến độ', title, columns: stepColumns(plan.year), rows: steps });
  return workbookBytes(book);
}
