import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import { type InboxItem, type InboxScope, inboxItem } from '#domain/inbox/inbox.ts';
import * as store from './store.ts';

/**
 * The requests of an issued inspection conclusion still to be answered by a cell where the person is secretary
 * or deputy (seed 002: the committee "kiểm tra, nhắc nhở các chi bộ"): one item per request, due on its deadline.
 */
export async function inspectionInboxItems(db: Kysely<DB>, scope: InboxScope): Promise<InboxItem[]> {
  const rows = await store.listOpenRequestsFor(db, scope.personId, scope.today);
  return rows.map((r) =>
    inboxItem(scope.today, {
      kind: 'inspection_request',
      params: { committee: r.committee_name, request: r.text },
      unit: { id: r.cell_id, name: r.cell_name },
      dueOn: r.due_on,
      link: `/inspections/${r.inspection_id}`,
    }),
  );
}
