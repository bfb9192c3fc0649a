import { z } from '@hono/zod-openapi';
import { MEETING_STATUSES } from '#domain/meetings/meeting-status.ts';
import { PLAN_STEPS } from '#domain/plans/plan-schedule.ts';
import { PLAN_STATUSES } from '#domain/plans/plan-status.ts';
import { TOPIC_KINDS } from '#domain/plans/topic-groups.ts';
import { DISPOSITIONS } from '#domain/preparation/disposition.ts';
import { DRAFT_ACTIONS, DRAFT_STATUSES } from '#domain/preparation/draft-status.ts';

const Round = z.enum(['draft1', 'draft2', 'final']);
const Range = z.object({ start: z.number().int(), end: z.number().int() });

export const VersionSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['outline', 'draft']),
    round: Round.nullable(),
    number: z.number().int(),
    html: z.string(),
    plainText: z.string(),
    createdAt: z.string(),
  })
  .openapi('TopicVersion');

export const DiffSchema = z
  .object({
    from: VersionSchema,
    to: VersionSchema,
    segments: z.array(z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() })),
  })
  .openapi('TopicVersionDiff');

export const PreparationSchema = z
  .object({
    topic: z.object({
      id: z.string(),
      planId: z.string(),
      year: z.number().int(),
      planStatus: z.enum(PLAN_STATUSES),
      cellId: z.string(),
      cellName: z.string(),
      title: z.string(),
      kind: z.enum(TOPIC_KINDS),
      quarter: z.number().int(),
      workContent: z.string().nullable(),
    }),
    status: z.enum(DRAFT_STATUSES),
    /** False until the first step (briefing, outline, draft) is recorded. */
    started: z.boolean(),
    preparers: z.array(z.object({ id: z.string(), name: z.string() })),
    briefing: z.object({
      purpose: z.string().nullable(),
      requirements: z.string().nullable(),
      content: z.string().nullable(),
      method: z.string().nullable(),
      briefedOn: z.string().nullable(),
    }),
    dates: z.object({
      outlineSavedAt: z.string().nullable(),
      draft1ApprovedAt: z.string().nullable(),
      distributedAt: z.string().nullable(),
      commentDueOn: z.string().nullable(),
      commentsClosedAt: z.string().nullable(),
      draft2ApprovedAt: z.string().nullable(),
      presentedOn: z.string().nullable(),
      finalAt: z.string().nullable(),
      /** The resolution's NQ number, for a resolution topic once issued. */
      finalNumber: z.number().int().nullable(),
    }),
    commentsOpen: z.boolean(),
    steps: z.array(
      z.object({
        step: z.enum(PLAN_STEPS),
        dueBy: z.string(),
        state: z.enum(['done', 'pending', 'overdue']),
        doneOn: z.string().optional(),
        late: z.boolean().optional(),
        implied: z.boolean().optional(),
        responsibleName: z.string().nullable(),
      }),
    ),
    versions: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(['outline', 'draft']),
        round: Round.nullable(),
        number: z.number().int(),
        createdAt: z.string(),
        authorName: z.string().nullable(),
        /** This text was sent to members. */
        sent: z.boolean(),
      }),
    ),
    outline: z
      .object({ id: z.string(), number: z.number().int(), html: z.string(), createdAt: z.string() })
      .nullable(),
    /** The draft this actor reads: the latest for the preparers and approvers, else the latest sent. */
    draft: z
      .object({
        id: z.string(),
        round: Round.nullable(),
        number: z.number().int(),
        html: z.string(),
        plainText: z.string(),
        createdAt: z.string(),
      })
      .nullable(),
    comments: z.array(
      z.object({
        id: z.string(),
        personId: z.string(),
        personName: z.string(),
        body: z.string(),
        quote: z.string().nullable(),
        prefix: z.string().nullable(),
        suffix: z.string().nullable(),
        versionId: z.string(),
        /** Where the passage is in `draft.plainText`; null when it is no longer there (or on the whole draft). */
        range: Range.nullable(),
        createdAt: z.string(),
        disposition: z.enum(DISPOSITIONS).nullable(),
        explanation: z.string().nullable(),
        disposedByName: z.string().nullable(),
        disposedAt: z.string().nullable(),
      }),
    ),
    dispositionSummary: z.object({
      total: z.number().int(),
      accepted: z.number().int(),
      partly_accepted: z.number().int(),
      not_accepted: z.number().int(),
      pending: z.number().int(),
    }),
    /** Who each text was sent to, opened it and commented: for the preparers and approvers only. */
    readers: z.array(
      z.object({
        round: Round,
        personId: z.string(),
        name: z.string(),
        groupName: z.string().nullable(),
        sentAt: z.string(),
        openedAt: z.string().nullable(),
        commented: z.boolean(),
      }),
    ),
    expectedReaderCount: z.number().int(),
    myReading: z.array(z.object({ round: Round, sentAt: z.string(), openedAt: z.string().nullable() })),
    attachments: z.array(
      z.object({
        id: z.string(),
        fileName: z.string(),
        contentType: z.string(),
        sizeBytes: z.number().int(),
        createdAt: z.string(),
        uploadedByName: z.string().nullable(),
      }),
    ),
    /** Meetings on this topic (not cancelled), by date. */
    meetings: z.array(
      z.object({
        id: z.string(),
        heldOn: z.string(),
        startsAt: z.string(),
        status: z.enum(MEETING_STATUSES),
      }),
    ),
    /** A resolution topic's decisions ("CHI BỘ QUYẾT NGHỊ:"), numbered; empty for any other topic. */
    decisions: z.array(
      z.object({
        id: z.string(),
        number: z.number().int(),
        text: z.string(),
        ownerId: z.string().nullable(),
        /** Null: the whole cell carries it out. */
        ownerName: z.string().nullable(),
        dueOn: z.string().nullable(),
        /** The cell voted on it: it is then kept (reworded at most). */
        voted: z.boolean(),
        /** A passed vote of the cell adopted it: it is then a task of that meeting, and frozen. */
        adopted: z.boolean(),
      }),
    ),
    decisionOwners: z.array(z.object({ id: z.string(), name: z.string() })),
    attachmentRules: z.object({ maxBytes: z.number().int(), accept: z.array(z.string()) }),
    events: z.array(
      z.object({
        id: z.string(),
        action: z.enum(DRAFT_ACTIONS),
        fromStatus: z.string(),
        toStatus: z.string(),
        remark: z.string().nullable(),
        versionId: z.string().nullable(),
        selfApproval: z.boolean(),
        actorName: z.string().nullable(),
        at: z.string(),
      }),
    ),
    /** The cell's party groups, and when the finished topic was sent to each (seed 000: "gửi cho tổ đảng"). */
    groups: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        leaderName: z.string().nullable(),
        sentOn: z.string().nullable(),
      }),
    ),
    /** The signed-in member's party group: the finished topic reaches them through it. */
    myGroup: z
      .object({ name: z.string(), leaderName: z.string().nullable(), sentOn: z.string().nullable() })
      .nullable(),
    /** The cell's open invitation to the committee above to comment on the drafts (issue 15). */
    committeeInvitation: z.object({ invitedAt: z.string(), invitedByName: z.string().nullable() }).nullable(),
    /** The signed-in person reads as the committee's invited guest: every draft, comments on the current one. */
    invitedGuest: z.boolean(),
    permissions: z.object({
      /** May invite the committee above to comment, or withdraw the invitation (the secretary or deputy). */
      inviteCommittee: z.boolean(),
      /** May send the finished topic to the party groups not sent to yet. */
      sendToGroups: z.boolean(),
      actions: z.array(z.enum(DRAFT_ACTIONS)),
      brief: z.boolean(),
      editOutline: z.boolean(),
      editDraft: z.boolean(),
      attach: z.boolean(),
      comment: z.boolean(),
      dispose: z.boolean(),
      editDecisions: z.boolean(),
      /** May schedule the topic's meeting from here (the cell's meeting manager; no meeting yet). */
      schedule: z.boolean(),
    }),
  })
  .openapi('TopicPreparation');

export function presentVersion(v: {
  id: string;
  kind: 'outline' | 'draft';
  round: 'draft1' | 'draft2' | 'final' | null;
  number: number;
  html: string;
  plain_text: string;
  created_at: string;
}) {
  return {
    id: v.id,
    kind: v.kind,
    round: v.round,
    number: v.number,
    html: v.html,
    plainText: v.plain_text,
    createdAt: v.created_at,
  };
}
