import type { Kysely } from 'kysely';
import { newId } from '../ids.ts';

/**
 * Two things meetings needed after 0008 (issue 13):
 *
 * 1. The cell's setting for the interval between sending the topic's draft to members and the meeting
 *    (*practice*: seed 000 says only "gửi đến đảng viên trước khi tổ chức sinh hoạt"): days, null for the
 *    app's default (`DRAFT_LEAD_DAYS`, 3).
 * 2. Combined meetings scheduled before 0008 and not yet ended have no Hồ Chí Minh study item, so ending one
 *    would record 0 minutes of study, flagged short (seed 002: "Mỗi kỳ sinh hoạt chi bộ … dành thời gian ít
 *    nhất 30 phút"). Their agenda gets the items the regular part has had since 0008 — last month's practice
 *    reviewed, then the study — at the end of their regular part.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('org_unit').addColumn('draft_lead_days', 'integer').execute();
  await addStudyToOpenCombinedMeetings(db);
}

/** The regular part's items since 0008, with their suggested minutes then (frozen here, as migrations are). */
const MISSING_ITEMS = [
  { kind: 'practice_review', minutes: 10 },
  { kind: 'ho_chi_minh_study', minutes: 30 },
] as const;

interface AgendaRow {
  id: string;
  meeting_id: string;
  position: number;
  part: string;
  kind: string;
}

async function addStudyToOpenCombinedMeetings(untyped: Kysely<unknown>) {
  // biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema as it was then, not today's DB.
  const db = untyped as Kysely<any>;
  const meetings: { id: string; part_order: string }[] = await db
    .selectFrom('meeting')
    .select(['id', 'part_order'])
    .where('kind', '=', 'combined')
    .where('status', 'in', ['scheduled', 'in_progress'])
    .execute();
  for (const meeting of meetings) {
    const agenda: AgendaRow[] = await db
      .selectFrom('meeting_agenda_item')
      .select(['id', 'meeting_id', 'position', 'part', 'kind'])
      .where('meeting_id', '=', meeting.id)
      .orderBy('position')
      .execute();
    const missing = MISSING_ITEMS.filter((item) => !agenda.some((row) => row.kind === item.kind));
    if (!missing.some((item) => item.kind === 'ho_chi_minh_study')) continue;
    const at = insertionIndex(agenda, meeting.part_order);
    // Renumber from 1 with the new items in place: positions stay one run with no gaps.
    const order = [...agenda.slice(0, at), ...missing, ...agenda.slice(at)];
    for (const [i, row] of order.entries())
      if ('id' in row && row.position !== i + 1)
        await db
          .updateTable('meeting_agenda_item')
          .set({ position: i + 1 })
          .where('id', '=', row.id)
          .execute();
    await db
      .insertInto('meeting_agenda_item')
      .values(
        missing.map((item, i) => ({
          id: newId(),
          meeting_id: meeting.id,
          position: at + i + 1,
          part: 'regular',
          kind: item.kind,
          title: null,
          planned_minutes: item.minutes,
          started_at: null,
          ended_at: null,
        })),
      )
      .execute();
  }
}

/**
 * Where the items go: after the last item of the regular part; a combined agenda edited down to no regular
 * item gets them where its regular part belongs — after the opening (regular first) or after the thematic
 * part (thematic first).
 */
function insertionIndex(agenda: readonly AgendaRow[], partOrder: string): number {
  const lastOf = (part: string) => agenda.findLastIndex((row) => row.part === part);
  const lastRegular = lastOf('regular');
  if (lastRegular >= 0) return lastRegular + 1;
  const anchor = partOrder === 'thematic_first' ? lastOf('thematic') : lastOf('opening');
  return anchor + 1;
}
