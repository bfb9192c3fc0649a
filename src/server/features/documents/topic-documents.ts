import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import { dispositionDocument } from '#documents/disposition-document.ts';
import { topicDocument } from '#documents/topic-document.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { AppError } from '../../http/app-error.ts';
import { adoptingVoteData } from '../meetings/index.ts';
import { act, getPreparation, getVersion } from '../preparation/index.ts';
import { currentSecretary, dayOf, letterhead } from './letterhead.ts';

/**
 * A topic's text as a document: the given version, or the one the actor reads on the topic page (the
 * latest for the preparers and approvers, the latest sent out for everyone else).
 */
export async function topicDocumentFor(db: Kysely<DB>, actor: Actor, topicId: string, versionId?: string) {
  const view = await getPreparation(db, actor, topicId);
  const version = versionId ? await getVersion(db, actor, topicId, versionId) : undefined;
  const text = version
    ? { round: version.round, html: version.html, kind: version.kind }
    : view.draft
      ? { round: view.draft.round, html: view.draft.html, kind: 'draft' as const }
      : undefined;
  if (text?.kind !== 'draft' || !text.round) throw new AppError('PREP_DRAFT_MISSING');
  const date =
    text.round === 'draft1'
      ? view.dates.draft1ApprovedAt
      : text.round === 'draft2'
        ? view.dates.draft2ApprovedAt
        : view.dates.finalAt;
  return topicDocument({
    title: view.topic.title,
    year: view.topic.year,
    quarter: view.topic.quarter,
    round: text.round,
    html: text.html,
    date: dayOf(date),
    ...(await letterhead(db, view.topic.cellId)),
    preparers: view.preparers.map((p) => p.name),
    resolution:
      view.topic.kind === 'resolution' && view.status === 'final'
        ? {
            number: view.dates.finalNumber,
            // The secretary who issued it signs for the cell; a resolution issued before the issue step was
            // recorded is signed by the cell's current secretary.
            secretaryName:
              view.events.findLast((e) => e.action === 'issue')?.actorName ??
              (await currentSecretary(db, view.topic.cellId)),
            vote: await adoptingVoteData(db, topicId),
          }
        : undefined,
  });
}

/** The comment-disposition table of a topic, for anyone who may read the topic. */
export async function dispositionDocumentFor(db: Kysely<DB>, actor: Actor, topicId: string) {
  const view = await getPreparation(db, actor, topicId);
  return dispositionDocument({
    title: view.topic.title,
    date: todayInVietnam(),
    ...(await letterhead(db, view.topic.cellId)),
    preparers: view.preparers.map((p) => p.name),
    sentTo: view.expectedReaderCount,
    comments: view.comments.map((c) => ({
      personName: c.personName,
      quote: c.quote,
      body: c.body,
      disposition: c.disposition,
      explanation: c.explanation,
    })),
  });
}

/**
 * The secretary issues a resolution topic as the cell's Nghị quyết (seeds 001, 003). The meetings feature
 * says whether the cell passed a vote adopting it at the topic's meeting; the preparation feature checks the
 * committee's final approval, numbers it NQ, records and audits the step.
 */
export async function issueResolution(db: Kysely<DB>, actor: Actor, topicId: string) {
  const vote = await adoptingVoteData(db, topicId);
  await act(db, actor, topicId, 'issue', { hasPassedVote: vote !== null });
  return getPreparation(db, actor, topicId);
}
