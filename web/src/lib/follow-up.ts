// Labels and small helpers of the follow-up of assignments and of a resolution's reviews (sơ kết, tổng kết).
// What a review must say comes from the pure domain module, so the form marks the parts the server requires.

import { missingForIssue, REVIEW_TEXT_FIELDS } from '#domain/follow-up/review.ts';
import type {
  FollowUpTask,
  Resolution,
  ReviewKind,
  ReviewState,
  ReviewTextField,
  TaskState,
} from '../api/models.ts';
import type { TFunction } from '../i18n/runtime.ts';
import { formatDate } from './format.ts';

export const TASK_STATE_COLORS: Record<TaskState, string> = {
  open: 'gray',
  in_progress: 'blue',
  done: 'green',
  not_done: 'red',
};

export const REVIEW_STATE_COLORS: Record<ReviewState, string> = {
  planned: 'blue',
  overdue: 'red',
  issued: 'green',
};

/** 'Chưa báo cáo', 'Đang thực hiện', 'Hoàn thành', 'Chưa hoàn thành'. */
export const taskStateLabel = (t: TFunction, state: TaskState) => t(`followUp.states.${state}`);
/** 'Sơ kết' or 'Tổng kết'. */
export const reviewKindLabel = (t: TFunction, kind: ReviewKind) => t(`review.kinds.${kind}`);

/** The four parts of a review report, in the order the report prints them. */
export { REVIEW_TEXT_FIELDS };

const NOTHING_WRITTEN = { results: null, shortcomings: null, lessons: null, nextSteps: null };

/** Whether a part must be written before the review is issued (interim: results and next steps; final: all). */
export const requiredForIssue = (kind: ReviewKind, field: ReviewTextField) =>
  missingForIssue(kind, NOTHING_WRITTEN).includes(field);

/** A part's heading; a final review's last part looks beyond the resolution ("đề xuất, kiến nghị"). */
export const reviewFieldLabel = (t: TFunction, kind: ReviewKind, field: ReviewTextField) =>
  t(field === 'nextSteps' && kind === 'final' ? 'review.fields.nextStepsFinal' : `review.fields.${field}`);

/** '01-NQ/CB', '02-BC/CB': a cell's document number, its sequence written with two digits. */
export const documentNumber = (number: number, kind: 'NQ' | 'BC') =>
  `${String(number).padStart(2, '0')}-${kind}/CB`;

/** 'Nghị quyết số 01-NQ/CB' (or 'Nghị quyết' while it has no number). */
export const resolutionName = (t: TFunction, resolution: Resolution) =>
  resolution.number === null
    ? t('review.resolution')
    : t('review.resolutionNumbered', { number: documentNumber(resolution.number, 'NQ') });

/** The person assigned, or "Chi bộ" for a collective assignment. */
export const taskOwnerName = (t: TFunction, task: Pick<FollowUpTask, 'owner'>) =>
  task.owner?.name ?? t('followUp.collective');

/** "Hạn 31/12/2026", or that it has none. */
export const dueLabel = (t: TFunction, task: Pick<FollowUpTask, 'dueOn'>) =>
  task.dueOn ? t('followUp.due', { date: formatDate(task.dueOn) }) : t('followUp.noDue');
