import type { Kysely, Transaction } from 'kysely';
import { newId, nowIso, nowIsoAfter } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import { relocateAnchor, type TextAnchor } from '#domain/preparation/anchors.ts';
import { type Disposition, validateDisposition } from '#domain/preparation/disposition.ts';
import { isExpectedReader } from '#domain/preparation/distribution.ts';
import { acceptsDispositions } from '#domain/preparation/draft-status.ts';
import { guestMayComment } from '#domain/support/support.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { AppError } from '../../http/app-error.ts';
import * as members from '../members/index.ts';
import { loadAccess, requirePreparer, type TopicAccess } from './access.ts';
import { commentsOpen } from './service.ts';
import * as store from './store.ts';

export interface CommentInput {
  body: string;
  /** The passage commented on; absent for a comment on the whole draft. */
  anchor?: TextAnchor | null;
}

/**
 * A member comments on the distributed draft 1, on the whole of it or on a passage (seed 001: every member
 * studies and comments). The passage must be in the text the member received.
 */
export async function addComment(db: Kysely<DB>, actor: Actor, topicId: string, input: CommentInput) {
  return db.transaction().execute(async (trx) => {
    const access = await loadAccess(trx, actor, topicId);
    if (!actor.personId) throw new AppError('PREP_NOT_A_READER');
    const version = await commentedVersion(trx, actor, actor.personId, access);
    const anchor = input.anchor ?? null;
    if (anchor && relocateAnchor(anchor, version.plain_text) === null)
      throw new AppError('VALIDATION_FAILED', { anchor: 'PREP_ANCHOR_NOT_FOUND' });
    const row: DB['topic_comment'] = {
      id: newId(),
      topic_id: topicId,
      version_id: version.id,
      person_id: actor.personId,
      body: input.body,
      quote: anchor?.quote.normalize('NFC') ?? null,
      prefix: anchor?.prefix.normalize('NFC') ?? null,
      suffix: anchor?.suffix.normalize('NFC') ?? null,
      disposition: null,
      explanation: null,
      disposed_by: null,
      disposed_at: null,
      created_at: nowIso(),
    };
    await store.insertComment(trx, row);
    // Commenting is reading: a member who comments has opened the draft.
    await store.markOpened(trx, topicId, actor.personId, row.created_at);
    await recordAudit(trx, actor, {
      action: 'topic.comment',
      entityType: 'topic_comment',
      entityId: row.id,
      unitId: access.topic.cell_id,
      after: row,
    });
    return row.id;
  });
}

/**
 * The text a comment is on: for a member, draft 1 as it was sent to them, while the window is open; for the
 * committee above invited by the cell (access.ts, support.ts), the current draft while it is being written or
 * discussed — before it reaches members too (seed 000: the committee "chỉ đạo, hướng dẫn cách sinh hoạt").
 */
async function commentedVersion(trx: Transaction<DB>, actor: Actor, personId: string, access: TopicAccess) {
  const topicId = access.topic.id;
  const reader = isAllowed(actor, 'topic.comment', access.chain)
    ? await store.findReader(trx, topicId, 'draft1', personId)
    : undefined;
  if (!reader && access.isInvitedGuest) {
    const latest = await store.latestVersion(trx, topicId, 'draft');
    if (!guestMayComment(access.prep.status, latest !== undefined) || !latest)
      throw new AppError('PREP_COMMENTS_CLOSED');
    return latest;
  }
  const person = await members.findPerson(trx, personId);
  // Sent to the member, and still a member who studies (not exempt or transferred out since).
  if (!reader || !person || person.unit_id !== access.topic.cell_id || !isExpectedReader(person.status))
    throw new AppError('PREP_NOT_A_READER');
  if (!commentsOpen(access.prep)) throw new AppError('PREP_COMMENTS_CLOSED');
  const version = await store.findVersion(trx, topicId, reader.version_id);
  if (!version) throw new AppError('NOT_FOUND');
  return version;
}

export interface DispositionInput {
  disposition: Disposition;
  explanation?: string | null;
}

/** The preparer answers a comment: accepted, partly accepted or not accepted, with an explanation. */
export async function dispose(
  db: Kysely<DB>,
  actor: Actor,
  topicId: string,
  commentId: string,
  input: DispositionInput,
) {
  await db.transaction().execute(async (trx) => {
    const access = await loadAccess(trx, actor, topicId);
    const comment = await store.findComment(trx, topicId, commentId);
    if (!comment) throw new AppError('NOT_FOUND');
    requirePreparer(access);
    if (!acceptsDispositions(access.prep.status)) throw new AppError('PREP_DISPOSITION_CLOSED');
    if (validateDisposition(input))
      throw new AppError('VALIDATION_FAILED', { explanation: 'PREP_EXPLANATION_REQUIRED' });
    const patch = {
      disposition: input.disposition,
      explanation: input.explanation ?? null,
      disposed_by: actor.personId,
      disposed_at: comment.disposed_at ? nowIsoAfter(comment.disposed_at) : nowIso(),
    };
    await store.updateComment(trx, commentId, patch);
    await recordAudit(trx, actor, {
      action: 'topic.dispose',
      entityType: 'topic_comment',
      entityId: commentId,
      unitId: access.topic.cell_id,
      before: { disposition: comment.disposition, explanation: comment.explanation },
      after: patch,
    });
  });
}

/** The member opened the text sent to them: the first opening is the read receipt. */
export async function markOpened(db: Kysely<DB>, actor: Actor, topicId: string): Promise<number> {
  await loadAccess(db, actor, topicId);
  if (!actor.personId) return 0;
  return store.markOpened(db, topicId, actor.personId, nowIso());
}

/** Where each comment's passage is in `text` (null when it is no longer there). */
export function placeComments<
  T extends { quote: string | null; prefix: string | null; suffix: string | null },
>(comments: readonly T[], text: string | null) {
  return comments.map((c) => ({
    ...c,
    range:
      c.quote && text !== null
        ? relocateAnchor({ quote: c.quote, prefix: c.prefix ?? '', suffix: c.suffix ?? '' }, text)
        : null,
  }));
}
