import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import { type InboxItem, type InboxScope, inboxItem } from '#domain/inbox/inbox.ts';
import * as store from './store.ts';

/**
 * The cells a person is assigned to follow (seed 000: the committee above "chỉ đạo, hướng dẫn cách sinh hoạt"):
 * one item per open record, to the cell's guidance section. The drafts such a cell invited them to comment on
 * are the preparation feature's items (`draft_invited`).
 */
export async function supportInboxItems(db: Kysely<DB>, scope: InboxScope): Promise<InboxItem[]> {
  const rows = await store.listOpenAssignedTo(db, scope.personId);
  return rows.map((r) =>
    inboxItem(scope.today, {
      kind: 'support_assigned',
      params: { reason: r.reason, startedOn: r.started_on },
      unit: { id: r.cell_id, name: r.cell_name },
      dueOn: null,
      link: `/units/${r.cell_id}?tab=support`,
    }),
  );
}
