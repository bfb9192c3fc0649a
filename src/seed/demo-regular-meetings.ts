import type { Kysely } from 'kysely';
import { nextDocumentNumber } from '#db/document-numbers.ts';
import { newId } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import { defaultAgenda } from '#domain/meetings/agenda.ts';
import { attendanceCounts } from '#domain/meetings/attendance.ts';
import { draftMinutes } from '#domain/meetings/minutes-draft.ts';
import { HO_CHI_MINH_MIN_MINUTES } from '#domain/meetings/timing.ts';
import { clockedAgenda, insertSignedMinutes, PLACE, personOf, type RollMember } from './demo-minutes.ts';

/** What the cell chose to put into practice at its October meeting, evaluated in November (seed 002). */
const COMMITMENTS = [
  {
    text: 'Đón, trả trẻ đúng giờ; niềm nở, tận tình với phụ huynh',
    owner: null,
    review: 'Tập thể thực hiện tốt, phụ huynh đánh giá cao; không còn trường hợp trả trẻ muộn',
    achieved: true,
  },
  {
    text: 'Tiết kiệm điện, nước ở nhóm lớp và khu bếp',
    owner: 'dangvien.mamnon',
    review: 'Đã có chuyển biến nhưng chưa thường xuyên ở khu bếp',
    achieved: false,
  },
] as const;

const REGULAR_CONCLUSION =
  'Chi bộ thống nhất đánh giá kết quả công tác tháng và nhiệm vụ trọng tâm tháng tới của nhà trường; giao các đồng chí đảng viên tổ chức thực hiện.';

/**
 * The cell's regular monthly meetings (seed 000, 002): opening, the month's business, last month's practice
 * evaluated, at least 30 minutes of Hồ Chí Minh study (recorded in `study_minutes`), closing; minutes signed.
 * The October meeting sets two practice commitments; November finds one achieved and carries the other on.
 */
export function regularMeetings(
  db: Kysely<DB>,
  cell: {
    cellId: string;
    cellName: string;
    roll: RollMember[];
    rollOn: (day: string) => RollMember[];
    chair: string | null;
    others: RollMember[];
  },
) {
  const { cellId, roll, rollOn, chair } = cell;
  const open: {
    id: string;
    text: string;
    owner: string | null;
    ownerName: string | null;
    review: string;
    achieved: boolean;
  }[] = [];
  return async (heldOn: string) => {
    const month = Number(heldOn.slice(5, 7));
    const at = (hhmm: string) => new Date(`${heldOn}T${hhmm}:00+07:00`).toISOString();
    const id = newId();
    const onRoll = rollOn(heldOn);
    const others = cell.others.filter((o) => onRoll.some((p) => p.id === o.id));
    const minuteTaker = others[month % others.length] ?? others[0];
    // One member excused every other month, in turn.
    const absent = month % 2 === 0 ? others[(month + 1) % others.length] : undefined;
    const agenda = defaultAgenda('regular');
    // The study ran its 30 minutes, some months a little longer.
    const studyMinutes = HO_CHI_MINH_MIN_MINUTES + (month % 3) * 5;
    for (const item of agenda) if (item.kind === 'ho_chi_minh_study') item.minutes = studyMinutes;
    const { items, endsAt: clock } = clockedAgenda(id, agenda, Date.parse(at('14:00')));
    const endedAt = new Date(clock).toISOString();
    const attendance = onRoll.map((p) => ({
      meeting_id: id,
      person_id: p.id,
      member_status: p.status,
      state:
        p.status === 'transferred_out' || p.status === 'exempt'
          ? null
          : p.id === absent?.id
            ? ('absent_excused' as const)
            : ('present' as const),
      reason: p.id === absent?.id ? 'Nghỉ ốm' : null,
      late: 0,
      suspended: 0,
      updated_at: at('14:05'),
    }));
    // Last month's commitments are evaluated here; October sets the cell's new ones.
    const carried = open.splice(0);
    const reviews = carried.map((c) => ({
      id: newId(),
      commitment_id: c.id,
      meeting_id: id,
      note: c.review,
      achieved: c.achieved ? 1 : 0,
      created_by: null,
      created_at: at('15:00'),
    }));
    for (const c of carried) if (!c.achieved) open.push(c);
    const commitments =
      month === 10
        ? await Promise.all(
            COMMITMENTS.map(async (c) => {
              const owner = c.owner ? await personOf(db, c.owner) : null;
              return {
                id: newId(),
                text: c.text,
                owner,
                ownerName: roll.find((p) => p.id === owner)?.full_name ?? null,
                review: c.review,
                achieved: c.achieved,
              };
            }),
          )
        : [];
    open.push(...commitments);
    const text = draftMinutes({
      cellName: cell.cellName,
      place: PLACE,
      heldOn,
      startedAt: at('14:00'),
      endedAt,
      kind: 'regular',
      topicTitle: null,
      presenters: [],
      chair: roll.find((p) => p.id === chair)?.full_name ?? null,
      minuteTaker: minuteTaker?.full_name ?? null,
      guests: [],
      counts: attendanceCounts(attendance.map((a) => ({ status: a.member_status, state: a.state }))),
      absentees: absent ? [{ fullName: absent.full_name, excused: true, reason: 'Nghỉ ốm' }] : [],
      agenda: agenda.map((i) => ({ part: i.part, kind: i.kind, title: null })),
      speeches: [],
      conclusion: REGULAR_CONCLUSION,
      votes: [],
      tasks: [],
      study: { minutes: studyMinutes, required: HO_CHI_MINH_MIN_MINUTES },
      practice: {
        carried: carried.map((c) => ({
          text: c.text,
          owner: c.ownerName,
          reviews: [{ note: c.review, achieved: c.achieved }],
        })),
        commitments: commitments.map((c) => ({ text: c.text, owner: c.ownerName })),
      },
    });
    await db
      .insertInto('meeting')
      .values({
        id,
        cell_id: cellId,
        topic_id: null,
        kind: 'regular',
        part_order: 'regular_first',
        held_on: heldOn,
        starts_at: '14:00',
        place: PLACE,
        status: 'ended',
        chair_id: chair,
        minute_taker_id: minuteTaker?.id ?? null,
        notice_sent_at: new Date(Date.parse(at('08:00')) - 3 * 86_400_000).toISOString(),
        notice_number: await nextDocumentNumber(db, { unitId: cellId, kind: 'TB', issuedOn: heldOn }),
        started_at: at('14:00'),
        ended_at: endedAt,
        study_minutes: studyMinutes,
        conclusion: REGULAR_CONCLUSION,
        created_by: null,
        created_at: at('08:00'),
        updated_at: endedAt,
      })
      .execute();
    await db.insertInto('meeting_agenda_item').values(items).execute();
    await db.insertInto('meeting_attendance').values(attendance).execute();
    if (commitments.length > 0)
      await db
        .insertInto('practice_commitment')
        .values(
          commitments.map((c, i) => ({
            id: c.id,
            cell_id: cellId,
            meeting_id: id,
            text: c.text,
            owner_id: c.owner,
            closed_at: null,
            closed_meeting_id: null,
            created_by: null,
            // Apart by a minute: listed in the order the cell set them.
            created_at: at(`15:1${i}`),
          })),
        )
        .execute();
    if (reviews.length > 0) {
      await db.insertInto('practice_review').values(reviews).execute();
      for (const c of carried.filter((c) => c.achieved))
        await db
          .updateTable('practice_commitment')
          .set({ closed_at: at('15:00'), closed_meeting_id: id })
          .where('id', '=', c.id)
          .execute();
    }
    await insertSignedMinutes(db, {
      meetingId: id,
      cellId,
      heldOn,
      text,
      signedAt: new Date(clock + 10 * 60_000),
    });
  };
}
