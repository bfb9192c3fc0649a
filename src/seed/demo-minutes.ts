// What the demo's meetings share: the place, the people on their roll, the agenda as run, signed minutes.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { nextDocumentNumber } from '#db/document-numbers.ts';
import { newId } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import type { AgendaItem } from '#domain/meetings/agenda.ts';
import { memberStatusOn } from '#domain/members/membership.ts';

export const PLACE = 'Phòng họp Trường Mầm non Mỹ Hòa';

export type RollMember = { id: string; full_name: string; status: DB['person']['status'] };

/**
 * The roll of a meeting on a day, as the service builds it (membership.ts): the people who were members of
 * the cell then, with the status they had — a member who joined in May is not on March's roll, one who left
 * is not on the meetings after.
 */
export async function rollByDay(db: Kysely<DB>, cellId: string, people: RollMember[]) {
  const periods = await db
    .selectFrom('membership_period')
    .select(['person_id', 'unit_id', 'status', 'started_on', 'ended_on'])
    .where('unit_id', '=', cellId)
    .execute();
  return (day: string): RollMember[] =>
    people.flatMap((p) => {
      const status = memberStatusOn(
        periods
          .filter((r) => r.person_id === p.id)
          .map((r) => ({
            unitId: r.unit_id,
            status: r.status,
            startedOn: r.started_on,
            endedOn: r.ended_on,
          })),
        cellId,
        day,
      );
      return status ? [{ ...p, status }] : [];
    });
}

/** Whose login a demo person has: the tasks of the demo resolution go to people one can sign in as. */
export async function personOf(db: Kysely<DB>, username: string): Promise<string | null> {
  const row = await db
    .selectFrom('user_account')
    .select('person_id')
    .where('username', '=', username)
    .executeTakeFirst();
  return row?.person_id ?? null;
}

/** Minutes signed by the chair and the minute-taker together, locked and numbered (BB) as on paper. */
export async function insertSignedMinutes(
  db: Kysely<DB>,
  minutes: { meetingId: string; cellId: string; heldOn: string; text: string; signedAt: Date },
): Promise<void> {
  const signedAt = minutes.signedAt.toISOString();
  await db
    .insertInto('minutes')
    .values({
      meeting_id: minutes.meetingId,
      text: minutes.text,
      chair_signed_at: signedAt,
      chair_signed_by: null,
      taker_signed_at: signedAt,
      taker_signed_by: null,
      text_hash: createHash('sha256').update(minutes.text, 'utf8').digest('hex'),
      locked_at: signedAt,
      number: await nextDocumentNumber(db, { unitId: minutes.cellId, kind: 'BB', issuedOn: minutes.heldOn }),
      created_at: signedAt,
      updated_at: signedAt,
    })
    .execute();
}

/** The agenda's rows as the meeting ran them: each item from the end of the one before, to its minutes. */
export function clockedAgenda(meetingId: string, agenda: readonly AgendaItem[], startsAt: number) {
  let clock = startsAt;
  const items = agenda.map((item, i) => {
    const started = new Date(clock).toISOString();
    clock += item.minutes * 60_000;
    return {
      id: newId(),
      meeting_id: meetingId,
      position: i + 1,
      part: item.part,
      kind: item.kind,
      title: null,
      planned_minutes: item.minutes,
      started_at: started,
      ended_at: new Date(clock).toISOString(),
    };
  });
  return { items, endsAt: clock };
}
