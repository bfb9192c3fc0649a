import type { Actor } from '../authz/policy.ts';
import type { LocalDate } from '../dates/local-date.ts';
import type { MeetingKind } from './agenda.ts';
import type { MeetingStatus } from './meeting-status.ts';

/**
 * Model meetings (seed 001: "sinh hoạt chuyên đề mẫu"): a committee chooses one cell's thematic meeting as a
 * model, invites the secretaries of its other cells to attend and learn from it, and after it the lessons drawn
 * (rút kinh nghiệm) go with the finished topic into the committee's library, so the other cells replicate it.
 */

export type DesignationProblem = 'MODEL_MEETING_NOT_THEMATIC' | 'MODEL_MEETING_CLOSED';

/**
 * Only a thematic meeting (alone or combined with the regular one) is a "sinh hoạt chuyên đề mẫu", and only one
 * still to come: scheduled (not started, ended or cancelled) and not on a past day — the other cells come to
 * watch it. The same holds to withdraw the designation (*practice*: a model is announced, or called off, before).
 */
export function designationProblem(
  meeting: { kind: MeetingKind; status: MeetingStatus; heldOn: LocalDate },
  today: LocalDate,
): DesignationProblem | null {
  if (meeting.kind === 'regular') return 'MODEL_MEETING_NOT_THEMATIC';
  if (meeting.status !== 'scheduled' || meeting.heldOn < today) return 'MODEL_MEETING_CLOSED';
  return null;
}

/** The lessons are drawn after the meeting (seed 001: "rút kinh nghiệm" once it was held): only once it ended. */
export function lessonsProblem(status: MeetingStatus): 'MODEL_MEETING_NOT_ENDED' | null {
  return status === 'ended' ? null : 'MODEL_MEETING_NOT_ENDED';
}

/**
 * The committee that designates: the nearest one above the cell (`chain`: the cell first, then its ancestors)
 * where the actor is an officer; an administrator (who holds no grant) acts for the cell's own committee.
 * None when the actor is officer of no committee above the cell.
 */
export function designatingCommittee(actor: Actor, chain: readonly string[]): string | undefined {
  let best = -1;
  for (const g of actor.grants) {
    const depth = chain.indexOf(g.unitId);
    if (g.role === 'officer' && depth >= 1 && (best < 0 || depth < best)) best = depth;
  }
  if (best >= 1) return chain[best];
  return actor.isAdmin ? chain[1] : undefined;
}

/**
 * The cells invited: those asked for, or every cell of the committee's subtree when none are named ("all");
 * never the host cell itself, which holds the meeting. A cell outside the subtree cannot be invited.
 */
export function invitedCells(
  subtreeCells: readonly string[],
  hostCellId: string,
  asked: readonly string[] | null,
): { cells: string[] } | { problem: 'MODEL_MEETING_CELL_OUTSIDE' | 'MODEL_MEETING_NO_CELLS' } {
  const others = subtreeCells.filter((c) => c !== hostCellId);
  if (asked === null) return others.length > 0 ? { cells: others } : { problem: 'MODEL_MEETING_NO_CELLS' };
  const unique = [...new Set(asked)];
  if (unique.length === 0) return { problem: 'MODEL_MEETING_NO_CELLS' };
  if (unique.some((c) => !others.includes(c))) return { problem: 'MODEL_MEETING_CELL_OUTSIDE' };
  return { cells: unique };
}
