/**
 * The preparer's answer to each comment on draft 1 — the comment-disposition table (bảng tổng hợp tiếp
 * thu, giải trình ý kiến, *practice*). Seed 000: the assigned member "tiếp thu ý kiến đóng góp … để hoàn
 * thiện"; draft 2 is "tiếp thu hoàn chỉnh dự thảo lần 2". Practice asks that whatever is not taken in is
 * explained (giải trình) to the member who raised it.
 */
export const DISPOSITIONS = ['accepted', 'partly_accepted', 'not_accepted'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

/** Only a comment taken in as it stands needs no explanation. */
export function needsExplanation(disposition: Disposition): boolean {
  return disposition !== 'accepted';
}

export interface DispositionRecord {
  disposition: Disposition;
  explanation?: string | null;
}

export type DispositionIssue = { code: 'EXPLANATION_REQUIRED' };

export function validateDisposition(record: DispositionRecord): DispositionIssue | undefined {
  if (!needsExplanation(record.disposition)) return undefined;
  const explanation = record.explanation?.trim() ?? '';
  return explanation === '' ? { code: 'EXPLANATION_REQUIRED' } : undefined;
}

/** A comment as the disposition table sees it: not yet answered while `disposition` is empty. */
export interface DisposableComment {
  disposition?: Disposition | null;
  explanation?: string | null;
}

/** Answered, and answered validly: a "not accepted" with no explanation still counts as pending. */
export function isDisposed(comment: DisposableComment): boolean {
  const { disposition, explanation } = comment;
  return disposition != null && validateDisposition({ disposition, explanation }) === undefined;
}

export type DispositionSummary = Record<Disposition, number> & { total: number; pending: number };

export function dispositionSummary(comments: readonly DisposableComment[]): DispositionSummary {
  const summary: DispositionSummary = {
    total: comments.length,
    accepted: 0,
    partly_accepted: 0,
    not_accepted: 0,
    pending: 0,
  };
  for (const comment of comments) {
    if (isDisposed(comment) && comment.disposition) summary[comment.disposition] += 1;
    else summary.pending += 1;
  }
  return summary;
}

export function pendingComments<T extends DisposableComment>(comments: readonly T[]): T[] {
  return comments.filter((c) => !isDisposed(c));
}

/**
 * Draft 2 goes for approval only once every comment has its answer: the approver reads draft 2 beside the
 * disposition table. A draft nobody commented on is complete.
 */
export function isDispositionComplete(comments: readonly DisposableComment[]): boolean {
  return comments.every(isDisposed);
}
