import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import type { Role } from '#domain/authz/roles.ts';
import { endOfMonth, type InboxItem, type InboxScope, inboxItem, unitsWhere } from '#domain/inbox/inbox.ts';
import { eligibleApprovers } from '#domain/preparation/approval.ts';
import { listOpenAssignedTo } from '../support/index.ts';
import * as store from './store.ts';

const CELL_COMMITTEE: readonly Role[] = ['secretary', 'deputy', 'committee_member'];

/**
 * The preparation's to-dos of a person (seeds 000, 001): drafts to approve (the approval rule of approval.ts,
 * self-approval included), drafts to read and comment on before the window closes, comments to dispose of
 * before draft 2, and topics whose meeting month has come with no meeting scheduled (plan-schedule.ts: step 5).
 */
export async function preparationInboxItems(db: Kysely<DB>, scope: InboxScope): Promise<InboxItem[]> {
  const { personId, today } = scope;
  const approverCells = unitsWhere(scope, CELL_COMMITTEE);
  const schedulerCells = unitsWhere(scope, ['secretary', 'deputy']);
  const year = Number(today.slice(0, 4));
  const [submitted, toComment, toDispose, unscheduled, followed] = await Promise.all([
    store.listSubmittedDrafts(db, approverCells),
    store.listDraftsToComment(db, personId),
    store.listCommentsToDispose(db, personId),
    store.listTopicsWithoutMeeting(db, schedulerCells, year),
    listOpenAssignedTo(db, personId),
  ]);
  const items: InboxItem[] = [];

  if (submitted.length > 0) {
    const facts = await store.approvalFactsOfCells(
      db,
      [...new Set(submitted.map((s) => s.cell_id))],
      submitted.map((s) => s.id),
    );
    for (const draft of submitted) {
      const count = Number(facts.counts.find((c) => c.unit_id === draft.cell_id)?.n ?? 0);
      const holders = new Map<string, Role[]>();
      for (const h of facts.holders.filter((x) => x.unit_id === draft.cell_id))
        holders.set(h.person_id, [...(holders.get(h.person_id) ?? []), h.role]);
      const preparerIds = facts.preparers.filter((p) => p.topic_id === draft.id).map((p) => p.person_id);
      const approvers = eligibleApprovers(
        [...holders].map(([id, roles]) => ({ personId: id, roles })),
        count,
        preparerIds,
      );
      if (!approvers.some((a) => a.personId === personId)) continue;
      items.push(
        inboxItem(today, {
          kind: 'draft_to_approve',
          params: { topic: draft.title, round: draft.status === 'draft1_submitted' ? 1 : 2 },
          unit: { id: draft.cell_id, name: draft.unit_name },
          dueOn: null,
          link: `/topics/${draft.id}`,
        }),
      );
    }
  }

  for (const t of toComment)
    items.push(
      inboxItem(today, {
        kind: 'draft_to_comment',
        params: { topic: t.title },
        unit: { id: t.cell_id, name: t.unit_name },
        dueOn: t.comment_due_on,
        link: `/topics/${t.id}`,
      }),
    );

  for (const t of toDispose) {
    // Draft 2 is due in step 4's month (plan-schedule.ts); the comments are disposed of before it.
    const month = Number((t.due_months ?? '').split(',')[3]);
    items.push(
      inboxItem(today, {
        kind: 'comments_to_dispose',
        params: { topic: t.title, count: Number(t.n) },
        unit: { id: t.cell_id, name: t.unit_name },
        dueOn: month >= 1 && month <= 12 ? endOfMonth(t.year, month) : null,
        link: `/topics/${t.id}`,
      }),
    );
  }

  // The cells the person follows for the committee (support): the drafts each invited them to comment on
  // (access.ts, the invitation rule; seed 000: the committee above "chỉ đạo, hướng dẫn cách sinh hoạt").
  const invited = await store.listInvitedTopics(
    db,
    followed.map((f) => f.cell_id),
  );
  for (const t of invited)
    items.push(
      inboxItem(today, {
        kind: 'draft_invited',
        params: { topic: t.title },
        unit: { id: t.cell_id, name: t.unit_name },
        dueOn: null,
        link: `/topics/${t.id}`,
      }),
    );

  const thisMonth = Number(today.slice(5, 7));
  for (const t of unscheduled) {
    // Step 5, the meeting, is due in its month: once that month has come, the meeting must be scheduled.
    const month = Number((t.due_months ?? '').split(',')[4] ?? t.quarter * 3);
    if (!(month >= 1 && month <= thisMonth)) continue;
    items.push(
      inboxItem(today, {
        kind: 'meeting_to_schedule',
        params: { topic: t.title, quarter: t.quarter },
        unit: { id: t.cell_id, name: t.unit_name },
        dueOn: endOfMonth(year, month),
        link: `/topics/${t.id}`,
      }),
    );
  }
  return items;
}
