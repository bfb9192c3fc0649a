import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import { dispositionDocument } from '#documents/disposition-document.ts';
import { topicDocument } from '#documents/topic-document.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { adoptedInOrder } from '#domain/preparation/resolution-decisions.ts';
import { resolutionIssueBlock } from '#domain/preparation/resolution-issue.ts';
import { AppError } from '../../http/app-error.ts';
import { adoptingVoteData, decisionVotesData } from '../meetings/index.ts';
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
            decisions: await adoptedDecisions(db, topicId, view.decisions),
          }
        : undefined,
  });
}

type Decisions = Awaited<ReturnType<typeof getPreparation>>['decisions'];

/** The decisions the cell adopted, in order, with the vote that adopted each (seed 003). */
async function adoptedDecisions(db: Kysely<DB>, topicId: string, decisions: Decisions) {
  const votes = await decisionVotesData(db, topicId);
  return adoptedInOrder(decisions.map((d, i) => ({ ...d, position: i }))).map((d) => {
    const vote = votes.get(d.id);
    return {
      text: d.text,
      ownerName: d.ownerName,
      dueOn: d.dueOn,
      vote: vote?.passed ? { heldOn: vote.heldOn, for: vote.for, base: vote.base } : null,
    };
  });
}

/**
 * Where a resolution topic stands before the secretary issues it (seeds 001, 003): the vote that adopted it,
 * the committee's final approval, each decision adopted or not with its vote, and what is still missing — the
 * topic page shows it beside "Ban hành", the same facts the issue step checks.
 */
export async function resolutionStateFor(db: Kysely<DB>, actor: Actor, topicId: string) {
  const view = await getPreparation(db, actor, topicId);
  if (view.topic.kind !== 'resolution') throw new AppError('DECISION_NOT_RESOLUTION');
  const [vote, votes] = await Promise.all([adoptingVoteData(db, topicId), decisionVotesData(db, topicId)]);
  const approved = view.status === 'resolution_approved' || view.status === 'final';
  const approval = view.events.findLast(
    (e) => e.action === 'approve' && e.toStatus === 'resolution_approved',
  );
  const decisions = view.decisions.map((d) => ({
    id: d.id,
    number: d.number,
    text: d.text,
    ownerName: d.ownerName,
    dueOn: d.dueOn,
    adopted: d.adopted,
    vote: votes.get(d.id) ?? null,
  }));
  return {
    vote,
    finalApproval: {
      approved,
      at: approved ? (approval?.at ?? null) : null,
      byName: approved ? (approval?.actorName ?? null) : null,
    },
    decisions,
    missing:
      resolutionIssueBlock({
        status: view.status,
        hasPassedVote: vote !== null,
        adoptedDecisions: decisions.filter((d) => d.adopted).length,
      }) ?? null,
    issued: view.status === 'final' ? { number: view.dates.finalNumber, at: view.dates.finalAt } : null,
  };
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
