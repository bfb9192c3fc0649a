import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import { type InboxItem, type InboxScope, inboxItem, unitsWhere } from '#domain/inbox/inbox.ts';
import * as store from './store.ts';

/**
 * The scores to confirm of a committee's officer (seed 004: "tiêu chí đánh giá chất lượng sinh hoạt chi bộ"; the
 * committee directly above confirms, seed 000 "cấp ủy cấp trên trực tiếp"): one item per meeting of a cell directly
 * below whose score its secretary proposed, until the committee confirms or adjusts it. No due day (*practice*).
 */
export async function qualityInboxItems(db: Kysely<DB>, scope: InboxScope): Promise<InboxItem[]> {
  const rows = await store.listProposedUnder(db, unitsWhere(scope, ['officer']));
  return rows.map((r) =>
    inboxItem(scope.today, {
      kind: 'quality_to_confirm',
      params: { cell: r.cell_name, heldOn: r.held_on, level: r.proposed_level },
      unit: { id: r.cell_id, name: r.cell_name },
      dueOn: null,
      link: `/meetings/${r.meeting_id}`,
    }),
  );
}
