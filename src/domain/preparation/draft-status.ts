import type { TopicKind } from '../plans/topic-groups.ts';

/**
 * The lifecycle of a topic's text (dự thảo chuyên đề), from draft 1 to the finished topic. It follows the
 * five steps of seed 000's plan (outline, draft 1, comments, draft 2, meeting) and the gate of seeds 000
 * and 001: "Dự thảo chuyên đề phải được chi ủy hoặc bí thư chi bộ thông qua và gửi đến đảng viên trước khi
 * tổ chức sinh hoạt" — nothing reaches members before the cell committee (or the secretary) approves it.
 *
 * Every save makes a new draft version; the status belongs to the topic's text as a whole and tells which
 * round a saved version belongs to (`draftRound`).
 *
 * The outline (đề cương) is not part of this lifecycle: the seeds give it no approval gate, so it is a
 * versioned document the preparer saves at will; saving it is a fact for step progress (step-progress.ts).
 *
 * Draft 1: written → submitted → approved, or refused with remarks and submitted again; the approved text
 * is distributed to members, who comment until the window closes (seed 001: members not assigned to the
 * topic still study and comment). Draft 2 is written from draft 1 and the dispositions of the comments
 * (bảng tiếp thu, giải trình), and goes through the same approval before the meeting. After the meeting the
 * presenter finishes the topic from the discussion and the chair's conclusion (seed 000: "tiếp thu ý kiến
 * đóng góp … để hoàn thiện"), then it is final and goes to members and to the committee.
 */
export const DRAFT_STATUSES = [
  'draft1_writing',
  'draft1_submitted',
  'draft1_refused',
  'draft1_approved',
  'distributed',
  'comments_closed',
  'draft2_writing',
  'draft2_submitted',
  'draft2_refused',
  'draft2_approved',
  'presented',
  'resolution_completed',
  'resolution_approved',
  'final',
] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

export const DRAFT_ACTIONS = [
  'submit',
  'withdraw',
  'approve',
  'refuse',
  'distribute',
  'close_comments',
  'reopen_comments',
  'start_draft2',
  'present',
  'finalise',
  'issue',
] as const;
export type DraftAction = (typeof DRAFT_ACTIONS)[number];

export const INITIAL_DRAFT_STATUS: DraftStatus = 'draft1_writing';

// Notes on the table:
// - `withdraw` lets the preparer take a submitted draft back before the approver decides; nothing leaves
//   an approved draft except going forward, so the text members receive is exactly the approved one.
// - `refuse` always carries a remark (approval.ts, refusalIssue); a refused draft is edited and submitted
//   again, like a plan returned by the committee (plan-status.ts).
// - `reopen_comments` gives late members more time, but only until draft 2 is started from the comments.
// - Submitting draft 2 also needs every comment disposed (disposition.ts, isDispositionComplete): that
//   guard depends on the comments, not on the status, so the service checks it beside this table.
const TRANSITIONS: Record<DraftStatus, Partial<Record<DraftAction, DraftStatus>>> = {
  draft1_writing: { submit: 'draft1_submitted' },
  draft1_submitted: { approve: 'draft1_approved', refuse: 'draft1_refused', withdraw: 'draft1_writing' },
  draft1_refused: { submit: 'draft1_submitted' },
  draft1_approved: { distribute: 'distributed' },
  distributed: { close_comments: 'comments_closed' },
  comments_closed: { reopen_comments: 'distributed', start_draft2: 'draft2_writing' },
  draft2_writing: { submit: 'draft2_submitted' },
  draft2_submitted: { approve: 'draft2_approved', refuse: 'draft2_refused', withdraw: 'draft2_writing' },
  draft2_refused: { submit: 'draft2_submitted' },
  draft2_approved: { present: 'presented' },
  presented: { finalise: 'final' },
  resolution_completed: {},
  resolution_approved: {},
  final: {},
};

/**
 * A resolution topic (chuyên đề ra nghị quyết) ends differently. Seed 003, steps 4–5: "Tổ chức họp chi bộ
 * thông qua dự thảo. Đảng viên thảo luận và biểu quyết" — the cell votes at the meeting (a passed vote on the
 * meeting, resolution-issue.ts). Seed 001: "Đảng viên được phân công báo cáo chuyên đề tiếp thu các ý kiến
 * thảo luận … hoàn chỉnh chuyên đề. Cấp ủy duyệt lần cuối trước khi ban hành Nghị quyết triển khai thực
 * hiện" — the preparer completes the text (`finalise` → resolution_completed), the cell committee (or the
 * secretary where the cell has none, approval.ts) approves it last (`approve`), or returns it with remarks
 * (`refuse`, back to the preparer's editing); then the secretary issues it for the cell, "T/M CHI BỘ — BÍ
 * THƯ", with its NQ number (`issue` → final). No one issues it alone with one click.
 */
const RESOLUTION_TRANSITIONS: Record<DraftStatus, Partial<Record<DraftAction, DraftStatus>>> = {
  ...TRANSITIONS,
  presented: { finalise: 'resolution_completed' },
  resolution_completed: { approve: 'resolution_approved', refuse: 'presented' },
  resolution_approved: { issue: 'final' },
};

function tableOf(kind: TopicKind | undefined) {
  return kind === 'resolution' ? RESOLUTION_TRANSITIONS : TRANSITIONS;
}

export function nextDraftStatus(
  from: DraftStatus,
  action: DraftAction,
  kind?: TopicKind,
): DraftStatus | undefined {
  return tableOf(kind)[from][action];
}

export function allowedDraftActions(from: DraftStatus, kind?: TopicKind): DraftAction[] {
  return Object.keys(tableOf(kind)[from]) as DraftAction[];
}

/**
 * The preparer edits the text while writing, after a refusal (to answer the remarks), and after the
 * meeting (to finish the topic from the discussion, seed 000). A submitted or approved text is frozen: what
 * the approver read is what members get.
 */
/**
 * A topic is finished once it was presented at its meeting (then finalised from the discussion): only such a
 * topic is a model for other cells (seed 001, "sinh hoạt chuyên đề mẫu").
 */
export function isFinishedTopic(status: DraftStatus | null): boolean {
  return (
    status === 'presented' ||
    status === 'resolution_completed' ||
    status === 'resolution_approved' ||
    status === 'final'
  );
}

export function isDraftEditable(status: DraftStatus): boolean {
  return (
    status === 'draft1_writing' ||
    status === 'draft1_refused' ||
    status === 'draft2_writing' ||
    status === 'draft2_refused' ||
    status === 'presented'
  );
}

/** Members comment on draft 1 only while it is distributed and the window is open. */
export function acceptsComments(status: DraftStatus): boolean {
  return status === 'distributed';
}

/**
 * The preparer records dispositions from the moment comments arrive until draft 2 goes for approval: the
 * disposition table is what draft 2 is made from.
 */
export function acceptsDispositions(status: DraftStatus): boolean {
  return (
    status === 'distributed' ||
    status === 'comments_closed' ||
    status === 'draft2_writing' ||
    status === 'draft2_refused'
  );
}

export type DraftRound = 'draft1' | 'draft2' | 'final';

/** Which text a version saved in this status belongs to: the version history is labelled by it. */
export function draftRound(status: DraftStatus): DraftRound {
  switch (status) {
    case 'draft1_writing':
    case 'draft1_submitted':
    case 'draft1_refused':
    case 'draft1_approved':
    case 'distributed':
    case 'comments_closed':
      return 'draft1';
    case 'draft2_writing':
    case 'draft2_submitted':
    case 'draft2_refused':
    case 'draft2_approved':
      return 'draft2';
    case 'presented':
    case 'resolution_completed':
    case 'resolution_approved':
    case 'final':
      return 'final';
  }
}

/** Statuses in which an approver has a decision to make. */
export function awaitsApproval(status: DraftStatus): boolean {
  return status === 'draft1_submitted' || status === 'draft2_submitted' || status === 'resolution_completed';
}
