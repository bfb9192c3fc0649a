import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import { reviewDocument } from '#documents/review-document.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { findIssued, frozen } from '../../issuing/store.ts';
import { letterheadData } from '../orgs/index.ts';
import { secretaryNameOn } from '../roles/index.ts';
import { getReview } from './view.ts';

/**
 * The interim or final review of a resolution: the secretary's draft (number blank) or the issued report, for
 * whoever may read the review (view.ts: the draft only for the cell's secretary or deputy). Built here, with
 * the review, because issuing the review freezes this very document.
 */
export async function reviewDocumentFor(db: Kysely<DB>, actor: Actor, reviewId: string) {
  const r = await getReview(db, actor, reviewId);
  const issued = await findIssued(db, r.topic.cellId, { kind: 'review', reviewId });
  if (issued) return frozen(issued);
  const today = todayInVietnam();
  return reviewDocument({
    kind: r.kind,
    number: r.number,
    date: r.issuedOn ?? today,
    ...(await letterheadData(db, r.topic.cellId)),
    secretaryName: await secretaryNameOn(db, r.topic.cellId, today),
    resolution: { title: r.topic.title, number: r.resolution.number, issuedOn: r.resolution.issuedOn },
    texts: { results: r.results, shortcomings: r.shortcomings, lessons: r.lessons, nextSteps: r.nextSteps },
    tasks: r.tasks.map((t) => ({ ...t, owner: t.owner?.name ?? null })),
    counts: r.taskCounts,
  });
}
