import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import { approvalDecision, eligibleApprovers } from '#domain/preparation/approval.ts';
import { dispositionSummary } from '#domain/preparation/disposition.ts';
import { expectedReaders } from '#domain/preparation/distribution.ts';
import {
  acceptsDispositions,
  allowedDraftActions,
  type DraftAction,
  isDraftEditable,
} from '#domain/preparation/draft-status.ts';
import { decisionEditBlock } from '#domain/preparation/resolution-decisions.ts';
import { guestMayComment } from '#domain/support/support.ts';
import { readAll } from '../../read-all.ts';
import { getUnit } from '../orgs/index.ts';
import { loadAccess, type TopicAccess } from './access.ts';
import { ACCEPTED_EXTENSIONS, ATTACHMENT_LIMITS, attachmentsVisible } from './attachments.ts';
import { placeComments } from './comments.ts';
import { decisionsOf } from './decisions.ts';
import { commentsOpen, progressOf, visibleVersionIds, windowRunOut } from './service.ts';
import * as store from './store.ts';

/** Everything recorded about one topic's preparation, read at once. */
async function loadRecord(db: Kysely<DB>, access: TopicAccess) {
  const { topic } = access;
  return readAll({
    cell: getUnit(db, topic.cell_id),
    steps: store.listSteps(db, topic.id),
    versions: store.listVersions(db, topic.id),
    outline: access.isInsider ? store.latestVersion(db, topic.id, 'outline') : undefined,
    comments: store.listComments(db, topic.id),
    readers: store.listReaders(db, topic.id),
    attachments: store.listAttachments(db, topic.id),
    events: store.listEvents(db, topic.id),
    holders: store.listCurrentRoles(db, topic.cell_id),
    members: store.listCellMembers(db, topic.cell_id),
    visible: visibleVersionIds(db, access),
    meetings: store.listMeetingsOfTopic(db, topic.id),
    decisions: topic.kind === 'resolution' ? decisionsOf(db, topic.id) : [],
    groups: store.listGroupsOfCell(db, topic.cell_id),
    groupSendings: store.listGroupSendings(db, topic.id),
  });
}

type PreparationRecord = Awaited<ReturnType<typeof loadRecord>>;
type Draft = Awaited<ReturnType<typeof store.findVersion>>;

/**
 * Everything the topic page shows, for this actor: drafts before approval only to the preparers and the
 * cell's approvers; who has read and commented to them too; comments placed on the text being read.
 */
export async function getPreparation(db: Kysely<DB>, actor: Actor, topicId: string) {
  const access = await loadAccess(db, actor, topicId);
  const { topic, prep } = access;
  const r = await loadRecord(db, access);
  const canSee = (id: string) => r.visible === 'all' || r.visible.has(id);
  const currentDraftId = r.versions.filter((v) => v.kind === 'draft' && canSee(v.id)).at(-1)?.id;
  const draft = currentDraftId ? await store.findVersion(db, topicId, currentDraftId) : undefined;
  const myReading = r.readers.filter((x) => x.person_id === actor.personId);
  return {
    topic: {
      id: topic.id,
      planId: topic.plan_id,
      year: topic.year,
      planStatus: topic.plan_status,
      cellId: topic.cell_id,
      cellName: r.cell.name,
      title: topic.title,
      kind: topic.kind,
      quarter: topic.quarter,
      workContent: topic.work_content,
    },
    status: prep.status,
    started: access.stored,
    preparers: access.preparers.map((p) => ({ id: p.id, name: p.full_name })),
    ...stateView(access, r),
    ...textsView(r, canSee, draft),
    comments: commentsView(r, draft),
    dispositionSummary: dispositionSummary(r.comments),
    ...readingView(access, r, myReading),
    attachments: (attachmentsVisible(access) ? r.attachments : []).map((a) => ({
      id: a.id,
      fileName: a.file_name,
      contentType: a.content_type,
      sizeBytes: Number(a.size_bytes),
      createdAt: a.created_at,
      uploadedByName: a.uploaded_by_name,
    })),
    meetings: r.meetings.map((m) => ({
      id: m.id,
      heldOn: m.held_on,
      startsAt: m.starts_at,
      status: m.status,
    })),
    // Seed 003: the numbered decisions of a resolution topic ("CHI BỘ QUYẾT NGHỊ:"), adopted or not by the cell's
    // vote; part of the draft, so members see them once a text was sent to them.
    decisions: (access.isInsider || (r.visible !== 'all' && r.visible.size > 0) ? r.decisions : []).map(
      (d) => ({
        id: d.id,
        number: d.number,
        text: d.text,
        ownerId: d.ownerId,
        ownerName: d.ownerName,
        dueOn: d.dueOn,
        voted: d.voted,
        adopted: d.adopted,
      }),
    ),
    /** Who may carry out a decision: the cell's members (for the preparer's picker). */
    decisionOwners: mayEditDecisions(access)
      ? r.members.filter((m) => m.status !== 'transferred_out').map((m) => ({ id: m.id, name: m.full_name }))
      : [],
    attachmentRules: { maxBytes: ATTACHMENT_LIMITS.fileBytes, accept: ACCEPTED_EXTENSIONS },
    events: r.events.map((e) => ({
      id: e.id,
      action: e.action as DraftAction,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      remark: e.remark,
      versionId: e.version_id,
      selfApproval: e.self_approval === 1,
      actorName: e.full_name ?? e.username,
      at: e.at,
    })),
    // The finished topic sent to the cell's party groups, each to its leader (seed 000, group-sending.ts).
    groups: r.groups.map((g) => {
      const sent = r.groupSendings.find((x) => x.group_id === g.id);
      return { id: g.id, name: g.name, leaderName: g.leader_name, sentOn: sent?.sent_on ?? null };
    }),
    myGroup: myGroupSending(r, actor.personId),
    // The cell's invitation to the committee above (invitation.ts); whether the actor reads as the invited guest.
    committeeInvitation: access.invitation
      ? { invitedAt: access.invitation.invited_at, invitedByName: access.invitation.invited_by_name }
      : null,
    invitedGuest: access.isInvitedGuest,
    permissions: withMeetings(
      {
        sendToGroups:
          access.isSecretary &&
          prep.status === 'final' &&
          r.groups.some((g) => !r.groupSendings.some((x) => x.group_id === g.id)),
        ...permissionsOf(
          access,
          r.holders,
          r.members.find((m) => m.id === actor.personId),
          myReading.some((x) => x.round === 'draft1'),
          r.versions.some((v) => v.kind === 'draft'),
        ),
        // "Lên lịch sinh hoạt" from the topic page: whoever runs the cell's meetings, while the topic has no
        // meeting held or planned and was not finished.
        inviteCommittee: isAllowed(actor, 'topic.invite_committee', access.chain) && prep.status !== 'final',
        schedule:
          topic.plan_status !== 'draft' &&
          prep.status !== 'final' &&
          isAllowed(actor, 'meeting.manage', access.chain) &&
          !r.meetings.some((m) => m.status !== 'cancelled'),
      },
      r.meetings,
    ),
  };
}

/**
 * `present` is offered only to enter a past meeting held on paper (paper.ts): not while a meeting of the
 * topic is scheduled or running, which presents the topic when it ends.
 */
function withMeetings<P extends { actions: DraftAction[] }>(
  permissions: P,
  meetings: readonly { status: string }[],
): P {
  const open = meetings.some((m) => m.status === 'scheduled' || m.status === 'in_progress');
  return open ? { ...permissions, actions: permissions.actions.filter((a) => a !== 'present') } : permissions;
}

/** The member's party group, and when the finished topic was sent to it: they receive it through it. */
function myGroupSending(r: PreparationRecord, personId: string | null) {
  const groupId = r.members.find((m) => m.id === personId)?.group_id;
  const group = r.groups.find((g) => g.id === groupId);
  if (!group) return null;
  const sent = r.groupSendings.find((x) => x.group_id === group.id);
  return { name: group.name, leaderName: group.leader_name, sentOn: sent?.sent_on ?? null };
}

/** Where the preparation stands: the briefing, the dates of its steps, the comment window, the plan's steps. */
function stateView({ topic, prep, stored }: TopicAccess, r: PreparationRecord) {
  return {
    briefing: {
      purpose: prep.briefing_purpose,
      requirements: prep.briefing_requirements,
      content: prep.briefing_content,
      method: prep.briefing_method,
      briefedOn: prep.briefed_on,
    },
    dates: {
      outlineSavedAt: prep.outline_saved_at,
      draft1ApprovedAt: prep.draft1_approved_at,
      distributedAt: prep.distributed_at,
      commentDueOn: prep.comment_due_on,
      commentsClosedAt: prep.comments_closed_at,
      draft2ApprovedAt: prep.draft2_approved_at,
      presentedOn: prep.presented_on,
      finalAt: prep.final_at,
      finalNumber: prep.final_number,
    },
    commentsOpen: commentsOpen(prep),
    steps: progressOf(topic.year, r.steps, stored ? prep : undefined).map((p, i) => ({
      ...p,
      responsibleName: r.steps[i]?.responsible_name ?? null,
    })),
  };
}

/** The versions the actor may see, the outline (insiders) and the draft being read. */
function textsView(r: PreparationRecord, canSee: (id: string) => boolean, draft: Draft) {
  const { outline } = r;
  return {
    versions: r.versions
      .filter((v) => canSee(v.id))
      .map((v) => ({
        id: v.id,
        kind: v.kind,
        round: v.round,
        number: v.number,
        createdAt: v.created_at,
        authorName: v.author_name,
        sent: r.readers.some((x) => x.version_id === v.id),
      })),
    outline: outline
      ? { id: outline.id, number: outline.number, html: outline.html, createdAt: outline.created_at }
      : null,
    draft: draft
      ? {
          id: draft.id,
          round: draft.round,
          number: draft.number,
          html: draft.html,
          plainText: draft.plain_text,
          createdAt: draft.created_at,
        }
      : null,
  };
}

function commentsView(r: PreparationRecord, draft: Draft) {
  return placeComments(r.comments, draft?.plain_text ?? null).map((c) => ({
    id: c.id,
    personId: c.person_id,
    personName: c.full_name,
    body: c.body,
    quote: c.quote,
    prefix: c.prefix,
    suffix: c.suffix,
    versionId: c.version_id,
    range: c.range,
    createdAt: c.created_at,
    disposition: c.disposition,
    explanation: c.explanation,
    disposedByName: c.disposed_by_name,
    disposedAt: c.disposed_at,
  }));
}

/** Who the texts went to and who read them; the actor's own reading. */
function readingView(access: TopicAccess, r: PreparationRecord, myReading: PreparationRecord['readers']) {
  const commenters = new Set(r.comments.map((c) => c.person_id));
  const expected = expectedReaders(
    r.members,
    access.preparers.map((p) => p.id),
  );
  return {
    // Who has not read or commented is the secretary's and the preparer's business, not every member's.
    readers: access.isInsider
      ? r.readers.map((x) => ({
          round: x.round,
          personId: x.person_id,
          name: x.full_name,
          groupName: x.group_name,
          sentAt: x.sent_at,
          openedAt: x.opened_at,
          commented: commenters.has(x.person_id),
        }))
      : [],
    expectedReaderCount: expected.length,
    myReading: myReading.map((x) => ({ round: x.round, sentAt: x.sent_at, openedAt: x.opened_at })),
  };
}

/** The preparer may write the decisions now (resolution-decisions.ts): a resolution topic whose draft is being written. */
function mayEditDecisions(access: TopicAccess): boolean {
  return (
    access.isPreparer &&
    access.topic.plan_status !== 'draft' &&
    decisionEditBlock({ kind: access.topic.kind, status: access.prep.status }) === undefined
  );
}

/** What the actor may do now: the same rules the write paths enforce, for the page to offer. */
function permissionsOf(
  access: TopicAccess,
  holders: readonly { person_id: string; role: DB['role_assignment']['role'] }[],
  me: { status: DB['person']['status'] } | undefined,
  receivedDraft1: boolean,
  hasDraft: boolean,
) {
  const adopted = access.topic.plan_status !== 'draft';
  const status = access.prep.status;
  const open = new Set(allowedDraftActions(status, access.topic.kind));
  const preparerIds = access.preparers.map((p) => p.id);
  const others = eligibleApprovers(
    holders.map((h) => ({ personId: h.person_id, roles: [h.role] })),
    access.officialCount,
    preparerIds,
  ).some((a) => !a.selfApproval);
  const decides =
    adopted && approvalDecision(access.rolesHeld, access.officialCount, access.isPreparer, others).allowed;
  const preparer = adopted && access.isPreparer;
  const actions: DraftAction[] = [];
  const offer = (action: DraftAction, allowed: boolean) => {
    if (allowed && open.has(action)) actions.push(action);
  };
  offer('submit', preparer);
  offer('withdraw', preparer);
  offer('approve', decides);
  offer('refuse', decides);
  offer('close_comments', adopted && (access.isApprover || (access.isPreparer && windowRunOut(access.prep))));
  offer('reopen_comments', adopted && access.isApprover);
  // Starting draft 2 also closes a window that has run out.
  if (preparer && (open.has('start_draft2') || (status === 'distributed' && windowRunOut(access.prep))))
    actions.push('start_draft2');
  offer('present', adopted && access.isSecretary);
  offer('finalise', preparer);
  // The secretary issues the resolution for the cell (seeds 001, 003); the page says what is still missing.
  offer('issue', adopted && access.rolesHeld.includes('secretary'));
  return {
    actions,
    brief: adopted && access.isSecretary && status !== 'final',
    editOutline: preparer && status !== 'final',
    editDraft: preparer && isDraftEditable(status),
    attach: preparer && status !== 'final',
    comment:
      (receivedDraft1 &&
        commentsOpen(access.prep) &&
        me !== undefined &&
        (me.status === 'official' || me.status === 'probationary')) ||
      (!receivedDraft1 && access.isInvitedGuest && guestMayComment(status, hasDraft)),
    dispose: preparer && acceptsDispositions(status),
    editDecisions: mayEditDecisions(access),
  };
}
