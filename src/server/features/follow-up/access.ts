import type { Kysely, Transaction } from 'kysely';
import type { DB } from '#db/schema.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { authorize } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import * as preparation from '../preparation/index.ts';

type Q = Kysely<DB> | Transaction<DB>;

/** A resolution topic, who the actor is to it, and the day its resolution was issued. */
export async function loadResolution(db: Q, actor: Actor, topicId: string) {
  const topic = await preparation.findTopic(db, topicId);
  if (!topic) throw new AppError('NOT_FOUND');
  const chain = await authorize(db, actor, 'topic.read', topic.cell_id);
  const prep = await preparation.findPreparation(db, topicId);
  // Issued as the cell's resolution: numbered NQ when finalised (preparation/service.ts).
  const number = prep?.final_number ?? null;
  const finalAt = number === null ? null : (prep?.final_at ?? null);
  return {
    topic,
    /** Plans, writes and issues the reviews: the cell's secretary or deputy (seed 000: "Bí thư … tổng kết"). */
    manages: isAllowed(actor, 'meeting.manage', chain),
    resolution: {
      kind: topic.kind,
      number,
      issuedOn: finalAt ? todayInVietnam(new Date(finalAt)) : null,
    },
  };
}
export type ResolutionAccess = Awaited<ReturnType<typeof loadResolution>>;
