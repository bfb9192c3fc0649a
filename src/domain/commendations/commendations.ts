/**
 * Commendations (issue 16; seed 000: "kịp thời biểu dương, khen thưởng những nhân tố tích cực trong việc nâng
 * cao chất lượng sinh hoạt chuyên đề"): a committee records the praise or reward of a cell, a member or a model
 * topic of its subtree, with the reason, the form and the decision's number and date.
 */

/** Seed 000: "biểu dương, khen thưởng" — praise, or a reward. */
export const COMMENDATION_KINDS = ['praise', 'reward'] as const;
export type CommendationKind = (typeof COMMENDATION_KINDS)[number];

/**
 * The form it takes (*practice*: a committee's Giấy khen, a praise at a conference, a letter of praise), or
 * "khác" with its own words.
 */
export const COMMENDATION_FORMS = ['certificate', 'conference', 'letter', 'other'] as const;
export type CommendationForm = (typeof COMMENDATION_FORMS)[number];

/** What is commended: a unit (a cell or a committee under it), a person (a member), a topic a cell held. */
export const COMMENDATION_SUBJECTS = ['unit', 'person', 'topic'] as const;
export type CommendationSubject = (typeof COMMENDATION_SUBJECTS)[number];

/** The Vietnamese words of the documents and the workbook. */
export const KIND_TEXT: Record<CommendationKind, string> = { praise: 'Biểu dương', reward: 'Khen thưởng' };
export const FORM_TEXT: Record<Exclude<CommendationForm, 'other'>, string> = {
  certificate: 'Giấy khen',
  conference: 'Biểu dương trong hội nghị',
  letter: 'Thư khen',
};
export const formText = (form: CommendationForm, other: string | null) =>
  form === 'other' ? (other ?? 'Khác') : FORM_TEXT[form];

/**
 * Who a committee may commend: a unit, person or topic that belongs to its subtree, strictly below it (the
 * committee commends "những nhân tố tích cực" under it, not itself). `subjectChain` is the chain of the
 * subject's unit (the unit itself, the person's cell, the topic's cell): that unit first, then its ancestors.
 */
export function mayCommend(committeeId: string, subjectChain: readonly string[]): boolean {
  return subjectChain.indexOf(committeeId) > 0;
}

/** "Khác" needs its own words; a listed form takes none. */
export function formIssue(
  form: CommendationForm,
  other: string | null | undefined,
): 'FORM_OTHER_REQUIRED' | null {
  return form === 'other' && !other?.trim() ? 'FORM_OTHER_REQUIRED' : null;
}

/**
 * The decision comes at or after the year it rewards (*practice*: year-end commendations are often decided in
 * the next January), never before it.
 */
export function decisionDateIssue(year: number, decisionDate: string): 'DECISION_BEFORE_YEAR' | null {
  return Number(decisionDate.slice(0, 4)) < year ? 'DECISION_BEFORE_YEAR' : null;
}
