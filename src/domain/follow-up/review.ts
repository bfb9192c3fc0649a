import type { LocalDate } from '../dates/local-date.ts';

/**
 * Reviewing a resolution (seed 003, step 5: "Tổ chức triển khai thực hiện, sơ tổng kết theo kế hoạch"): the
 * cell plans interim reviews (sơ kết) and one final review (tổng kết) of each thematic resolution it issued,
 * writes each as a report on how the resolution's tasks were carried out, and issues it to the committee
 * above. Issuing the final review closes the resolution: nothing more is planned for it.
 */
export const REVIEW_KINDS = ['interim', 'final'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export const REVIEW_TEXT_FIELDS = ['results', 'shortcomings', 'lessons', 'nextSteps'] as const;
export type ReviewTextField = (typeof REVIEW_TEXT_FIELDS)[number];
export type ReviewTexts = Record<ReviewTextField, string | null>;

export interface ReviewFact {
  id: string;
  kind: ReviewKind;
  dueOn: LocalDate;
  issued: boolean;
}

export interface ResolutionFact {
  kind: 'resolution' | string;
  /** The day the finished resolution was issued (its NQ number); null while it is not. */
  issuedOn: LocalDate | null;
}

export type PlanProblem =
  | { code: 'REVIEW_NOT_RESOLUTION' }
  | { code: 'REVIEW_RESOLUTION_CLOSED' }
  | { code: 'REVIEW_FINAL_EXISTS' }
  | { code: 'REVIEW_FIELD'; field: 'dueOn'; reason: 'REVIEW_BEFORE_RESOLUTION' | 'REVIEW_ORDER' };

/**
 * Whether a review of this kind may be planned (or moved) to `dueOn`. `others` are the resolution's other
 * reviews (the one being moved left out).
 */
export function planProblem(
  resolution: ResolutionFact,
  others: readonly ReviewFact[],
  kind: ReviewKind,
  dueOn: LocalDate,
): PlanProblem | null {
  if (resolution.kind !== 'resolution' || resolution.issuedOn === null)
    return { code: 'REVIEW_NOT_RESOLUTION' };
  const final = others.find((r) => r.kind === 'final');
  if (final?.issued) return { code: 'REVIEW_RESOLUTION_CLOSED' };
  if (kind === 'final' && final) return { code: 'REVIEW_FINAL_EXISTS' };
  if (dueOn < resolution.issuedOn)
    return { code: 'REVIEW_FIELD', field: 'dueOn', reason: 'REVIEW_BEFORE_RESOLUTION' };
  // An interim review comes before the final one; the final one comes after every interim review.
  const lastInterim = others
    .filter((r) => r.kind === 'interim')
    .reduce<string | null>((max, r) => (max === null || r.dueOn > max ? r.dueOn : max), null);
  if (kind === 'interim' && final && dueOn >= final.dueOn)
    return { code: 'REVIEW_FIELD', field: 'dueOn', reason: 'REVIEW_ORDER' };
  if (kind === 'final' && lastInterim !== null && dueOn <= lastInterim)
    return { code: 'REVIEW_FIELD', field: 'dueOn', reason: 'REVIEW_ORDER' };
  return null;
}

/**
 * What a review must say before it is issued: what was achieved and what comes next; a final review also
 * draws the lessons (bài học kinh nghiệm) of the whole resolution.
 */
export function missingForIssue(kind: ReviewKind, texts: ReviewTexts): ReviewTextField[] {
  const required: ReviewTextField[] =
    kind === 'final' ? ['results', 'shortcomings', 'lessons', 'nextSteps'] : ['results', 'nextSteps'];
  return required.filter((field) => !texts[field]?.trim());
}

export type IssueProblem =
  | 'REVIEW_ALREADY_ISSUED'
  | 'REVIEW_RESOLUTION_CLOSED'
  | 'REVIEW_BEFORE_ITS_DATE'
  | 'REVIEW_INTERIM_PENDING';

/**
 * A review reports how the resolution was carried out up to its own day (seed 003, step 5: "sơ tổng kết theo
 * kế hoạch" — the review is held as planned, not before): it is issued on or after its date, never before.
 * The date can be moved earlier (planProblem) when the cell reviews sooner.
 */
export function isBeforeItsDate(review: Pick<ReviewFact, 'dueOn'>, today: LocalDate): boolean {
  return today < review.dueOn;
}

/**
 * A review is issued on or after its own date; a final review once every interim review before it was issued
 * (or dropped).
 */
export function issueProblem(
  review: ReviewFact,
  others: readonly ReviewFact[],
  today: LocalDate,
): IssueProblem | null {
  if (review.issued) return 'REVIEW_ALREADY_ISSUED';
  if (others.some((r) => r.kind === 'final' && r.issued)) return 'REVIEW_RESOLUTION_CLOSED';
  if (isBeforeItsDate(review, today)) return 'REVIEW_BEFORE_ITS_DATE';
  if (review.kind === 'final' && others.some((r) => r.kind === 'interim' && !r.issued))
    return 'REVIEW_INTERIM_PENDING';
  return null;
}

export type ReviewState = 'planned' | 'overdue' | 'issued';

export function reviewState(review: ReviewFact, today: LocalDate): ReviewState {
  if (review.issued) return 'issued';
  return review.dueOn < today ? 'overdue' : 'planned';
}

/** "sơ kết" / "tổng kết", as the report's summary line names it. */
export const REVIEW_KIND_NAME: Record<ReviewKind, string> = { interim: 'sơ kết', final: 'tổng kết' };
