import type { TopicKind } from '../plans/topic-groups.ts';
import { type DraftStatus, isDraftEditable } from './draft-status.ts';

/**
 * The decisions of a resolution topic: the numbered items under "CHI BỘ QUYẾT NGHỊ:".
 *
 * Seed 003, step 2 ("Dự thảo Nghị quyết"): the draft states "Những giải pháp, cách tiến hành tổ chức thực hiện"
 * and "Tổ chức thực hiện, phân công nhiệm vụ đối với cán bộ đảng viên" — each decision says what is to be done,
 * who does it (a member, or the whole cell) and by when. Step 4: "Tổ chức họp chi bộ thông qua dự thảo. Đảng
 * viên thảo luận và biểu quyết" — the cell votes on each decision (vote-rule.ts); one that fails its vote is
 * not adopted and never reaches the resolution. Step 5: "Tổ chức triển khai thực hiện, sơ tổng kết theo kế
 * hoạch" — each adopted decision becomes a task of the meeting that adopted it, which follow-up tracks and the
 * interim and final reviews list (no re-typing).
 */
export interface Decision {
  id: string;
  position: number;
  text: string;
  ownerId: string | null;
  dueOn: string | null;
  /** The cell voted on it at a meeting. */
  voted: boolean;
  /** A passed vote adopted it. */
  adopted: boolean;
}

export type DecisionEditBlock =
  /** Only a resolution topic has decisions. */
  | 'NOT_RESOLUTION'
  /** The draft is not being written now (submitted, approved, at its meeting, issued). */
  | 'NOT_EDITABLE'
  /** The cell adopted it by its vote: what it voted stays as voted. */
  | 'ADOPTED'
  /** The cell voted on it (and did not adopt it): the vote stays on record, so the decision is not removed. */
  | 'VOTED';

/**
 * Whether the preparer may add, change or remove a decision now. The decisions are part of the draft: they are
 * edited exactly when the draft's text is (draft-status.ts, isDraftEditable — what the approver read is what
 * the cell votes on; after the meeting the preparer completes the text, seed 001), never once the resolution
 * is issued, and an adopted decision never changes (its task was made from it).
 */
export function decisionEditBlock(facts: {
  kind: TopicKind;
  status: DraftStatus;
  decision?: Pick<Decision, 'adopted' | 'voted'>;
  /** Removing it rather than changing it. */
  removing?: boolean;
}): DecisionEditBlock | undefined {
  if (facts.kind !== 'resolution') return 'NOT_RESOLUTION';
  if (!isDraftEditable(facts.status)) return 'NOT_EDITABLE';
  if (facts.decision?.adopted) return 'ADOPTED';
  if (facts.removing && facts.decision?.voted) return 'VOTED';
  return undefined;
}

export type DecisionVoteBlock =
  /** Only a decision of the meeting's own resolution topic is voted on there. */
  | 'NOT_OF_TOPIC'
  /** A passed vote already adopted it: voting again would make a second task. */
  | 'ALREADY_ADOPTED';

export function decisionVoteBlock(facts: {
  meetingTopicId: string | null;
  decision: { topicId: string; adopted: boolean };
}): DecisionVoteBlock | undefined {
  if (facts.meetingTopicId === null || facts.decision.topicId !== facts.meetingTopicId) return 'NOT_OF_TOPIC';
  if (facts.decision.adopted) return 'ALREADY_ADOPTED';
  return undefined;
}

/** The decisions in their order, numbered 1, 2, … as the cell reads them at the meeting. */
export function numberDecisions<T extends Pick<Decision, 'position'>>(decisions: readonly T[]) {
  return [...decisions].sort((a, b) => a.position - b.position).map((d, i) => ({ ...d, number: i + 1 }));
}

/**
 * The adopted decisions in their order, renumbered 1, 2, … for the resolution: a decision that failed its vote
 * leaves no gap in the issued text.
 */
export function adoptedInOrder<T extends Pick<Decision, 'position' | 'adopted'>>(decisions: readonly T[]) {
  return numberDecisions(decisions.filter((d) => d.adopted));
}

/**
 * The task an adopted decision becomes (seed 003, step 5), copied as voted: what, who, by when. Made when the
 * passed vote is recorded, in the same transaction, so the console shows it at once among the meeting's
 * assignments and the minutes drafted from the console list it; a decision is adopted once (a second vote on
 * it is refused), so it makes one task.
 */
export function taskFromDecision(d: Pick<Decision, 'id' | 'text' | 'ownerId' | 'dueOn'>) {
  return { title: d.text, ownerId: d.ownerId, dueOn: d.dueOn, decisionId: d.id };
}
