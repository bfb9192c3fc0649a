import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import { minutesMatching } from '#db/search-index.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import { monthsWithoutRegular } from '#domain/meetings/monthly.ts';
import { searchTerms } from '#domain/search/search.ts';
import { authorize } from '../../authz/authorize.ts';
import { getUnit } from '../orgs/index.ts';
import * as statistics from './statistics/store.ts';
import * as store from './store.ts';

/**
 * The cell's minute book (sổ ghi biên bản, seed 002): its meetings by date, the Hồ Chí Minh study part
 * marked, searchable by topic, place and the text of the minutes.
 */
export async function minuteBook(
  db: Kysely<DB>,
  actor: Actor,
  cellId: string,
  opts: { year?: number; q?: string },
) {
  const chain = await authorize(db, actor, 'meeting.read', cellId);
  const [cell, listed, hits] = await Promise.all([
    getUnit(db, cellId),
    store.listMeetingsOfCell(db, cellId, opts),
    opts.q ? search(db, cellId, opts.q) : undefined,
  ]);
  const meetings = hits ? listed.filter((m) => hits.has(m.id)) : listed;
  return {
    cellId,
    cellName: cell.name,
    canSchedule: cell.kind === 'cell' && isAllowed(actor, 'meeting.manage', chain),
    // Seed 000: a thematic meeting does not replace the month's regular meeting (monthly.ts).
    monthsWithoutRegular: monthsWithoutRegular(
      listed.map((m) => ({ heldOn: m.held_on, kind: m.kind, status: m.status })),
    ),
    meetings: meetings.map((m) => ({
      id: m.id,
      heldOn: m.held_on,
      startsAt: m.starts_at,
      place: m.place,
      kind: m.kind,
      status: m.status,
      topicId: m.topic_id,
      topicTitle: m.topic_title,
      paperPresent: m.paper_present,
      // Seed 002: every regular meeting studies Hồ Chí Minh's example, as a Hồ Chí Minh topic does.
      hoChiMinhStudy: m.topic_kind === 'ho_chi_minh' || m.kind === 'regular',
      minutesLocked: m.locked_at !== null,
      minutesNumber: m.number,
    })),
  };
}

/**
 * The meetings whose minutes entry of the search index (its topic title, place and text) holds a word starting
 * with each word of the query, ignoring case, tones and đ (domain/search/search.ts): "phong chay" finds
 * "Phòng cháy", but "o" does not match every "có". The index answers; no minutes text is loaded.
 */
async function search(db: Kysely<DB>, cellId: string, q: string): Promise<Set<string> | undefined> {
  const terms = searchTerms(q);
  return terms.length > 0 ? minutesMatching(db, cellId, terms) : undefined;
}

/**
 * Per member, over the year's ended meetings held while they were members of the cell (membership.ts):
 * attended, absent with and without reason, spoke (evaluation). Exempt members (miễn sinh hoạt) are not
 * expected: their meetings during the exemption are listed apart, with how often they came anyway.
 */
export async function meetingStats(db: Kysely<DB>, actor: Actor, cellId: string, year: number) {
  await authorize(db, actor, 'meeting.read', cellId);
  const [rows, exempt, spoke] = await Promise.all([
    statistics.listAttendanceStats(db, cellId, year),
    statistics.listAttendanceStats(db, cellId, year, true),
    statistics.listSpeechCounts(db, cellId, year),
  ]);
  const spokeBy = new Map(spoke.map((s) => [s.person_id, Number(s.n)]));
  return {
    year,
    members: rows.map((r) => ({
      personId: r.person_id,
      name: r.full_name,
      meetings: Number(r.meetings),
      present: Number(r.present),
      absentExcused: Number(r.excused),
      absentUnexcused: Number(r.unexcused),
      spoke: spokeBy.get(r.person_id) ?? 0,
    })),
    exempt: exempt.map((r) => ({
      personId: r.person_id,
      name: r.full_name,
      meetings: Number(r.meetings),
      present: Number(r.present),
    })),
  };
}

/** The minute book of a year with its roll, for the .xlsx export: read under the minute book's own rule. */
export async function minuteBookExport(db: Kysely<DB>, actor: Actor, cellId: string, year: number) {
  await authorize(db, actor, 'meeting.read', cellId);
  const [cell, meetings, roll] = await Promise.all([
    getUnit(db, cellId),
    statistics.minuteBookRows(db, cellId, year),
    statistics.minuteBookRoll(db, cellId, year),
  ]);
  return { cell, year, meetings, roll };
}
