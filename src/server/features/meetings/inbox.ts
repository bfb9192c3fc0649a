import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import {
  type InboxItem,
  type InboxScope,
  inboxItem,
  meetingReportExpected,
  unitsWhere,
} from '#domain/inbox/inbox.ts';
import { isEvaluationMissing } from '#domain/meetings/evaluation.ts';
import * as modelStore from './model/store.ts';
import * as store from './store.ts';

/**
 * The meetings' to-dos of a person (seed 000): the minutes to sign as chair or minute-taker, the notices of the
 * meetings they are on the roll of, and for the secretary (or deputy) of a cell the evaluation of an ended
 * thematic meeting (seed 001: "Sau mỗi buổi sinh hoạt chuyên đề, Bí thư chi bộ cần có nhận xét, đánh giá") and
 * the report of a held meeting to issue to the committee above.
 */
export async function meetingInboxItems(db: Kysely<DB>, scope: InboxScope): Promise<InboxItem[]> {
  const { personId, today } = scope;
  const secretaryCells = unitsWhere(scope, ['secretary', 'deputy']);
  const [toSign, notices, ended, invitations] = await Promise.all([
    store.listMinutesToSign(db, personId),
    store.listNoticesReceived(db, personId, today),
    store.listEndedWithoutReport(db, secretaryCells),
    modelStore.invitationsOfSecretary(db, personId, today, today),
  ]);
  const items: InboxItem[] = [];
  for (const m of toSign)
    items.push(
      inboxItem(today, {
        kind: 'minutes_to_sign',
        params: { heldOn: m.held_on, as: m.chair_id === personId ? 'chair' : 'minute_taker' },
        unit: { id: m.cell_id, name: m.unit_name },
        dueOn: null,
        link: `/meetings/${m.id}`,
      }),
    );
  for (const m of notices)
    items.push(
      inboxItem(today, {
        kind: 'notice_received',
        params: {
          heldOn: m.held_on,
          startsAt: m.starts_at,
          place: m.place,
          topic: m.title,
          meetingKind: m.kind,
        },
        unit: { id: m.cell_id, name: m.unit_name },
        dueOn: m.held_on,
        link: `/meetings/${m.id}`,
      }),
    );
  for (const m of ended) {
    const unit = { id: m.cell_id, name: m.unit_name };
    if (isEvaluationMissing(m.kind, m) && unitsWhere(scope, ['secretary']).includes(m.cell_id))
      items.push(
        inboxItem(today, {
          kind: 'evaluation_to_write',
          params: { heldOn: m.held_on, topic: m.title },
          unit,
          dueOn: null,
          link: `/meetings/${m.id}`,
        }),
      );
    if (meetingReportExpected(m.kind))
      items.push(
        inboxItem(today, {
          kind: 'report_to_issue',
          params: { heldOn: m.held_on, topic: m.title },
          unit,
          dueOn: null,
          link: `/meetings/${m.id}`,
        }),
      );
  }
  // Seed 001: the secretary invited to learn from another cell's model meeting ("sinh hoạt chuyên đề mẫu").
  for (const m of invitations)
    if (m.status === 'scheduled')
      items.push(
        inboxItem(today, {
          kind: 'model_meeting_invited',
          params: {
            heldOn: m.held_on,
            startsAt: m.starts_at,
            place: m.place,
            topic: m.topic_title,
            cell: m.host_name,
            committee: m.committee_name,
          },
          unit: { id: m.invited_cell_id, name: m.invited_cell_name },
          dueOn: m.held_on,
          link: `/model-meetings/${m.id}`,
        }),
      );
  return items;
}
