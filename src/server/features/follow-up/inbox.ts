import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import { addDays } from '#domain/dates/local-date.ts';
import { taskProgress } from '#domain/follow-up/task-progress.ts';
import {
  DUE_SOON_DAYS,
  type InboxItem,
  type InboxScope,
  inboxItem,
  unitsWhere,
} from '#domain/inbox/inbox.ts';
import * as store from './store.ts';

/**
 * The follow-up's to-dos of a person (seed 000: the secretary "thường xuyên theo dõi, đôn đốc việc thực hiện";
 * seed 003: the interim and final reviews of a resolution): their assignments due within the week or overdue and
 * not done (task-progress.ts), and for the secretary of a cell the reviews due within the month or overdue.
 */
export async function followUpInboxItems(db: Kysely<DB>, scope: InboxScope): Promise<InboxItem[]> {
  const { personId, today } = scope;
  const [tasks, reviews] = await Promise.all([
    store.listOwnTasksDueBy(db, personId, addDays(today, DUE_SOON_DAYS.task)),
    store.listReviewsDueBy(db, unitsWhere(scope, ['secretary']), addDays(today, DUE_SOON_DAYS.review)),
  ]);
  const reports = await store.listReports(
    db,
    tasks.map((t) => t.id),
  );
  const items: InboxItem[] = [];
  for (const t of tasks) {
    const facts = reports
      .filter((r) => r.task_id === t.id)
      .map((r) => ({ status: r.status, reportedOn: r.reported_on, recordedAt: r.created_at }));
    if (taskProgress(t.due_on, facts, today).state === 'done') continue;
    items.push(
      inboxItem(today, {
        kind: 'task_due',
        params: { task: t.title, topic: t.topic_title },
        unit: { id: t.cell_id, name: t.unit_name },
        dueOn: t.due_on,
        link: '/my-work',
      }),
    );
  }
  for (const r of reviews)
    items.push(
      inboxItem(today, {
        kind: 'review_to_write',
        params: { topic: r.topic_title, reviewKind: r.kind },
        unit: { id: r.cell_id, name: r.unit_name },
        dueOn: r.due_on,
        link: `/reviews/${r.id}`,
      }),
    );
  return items;
}
