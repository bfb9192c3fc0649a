import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { nextDocumentNumber } from '#db/document-numbers.ts';
import { newId } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import { defaultAgenda } from '#domain/meetings/agenda.ts';
import { attendanceCounts } from '#domain/meetings/attendance.ts';
import { draftMinutes } from '#domain/meetings/minutes-draft.ts';
import { HO_CHI_MINH_MIN_MINUTES } from '#domain/meetings/timing.ts';
import { CELL_VOTE_RULE, voteBase, voteResult } from '#domain/meetings/vote-rule.ts';
import { secretaryOf } from './demo-preparation.ts';

const PLACE = 'Phòng họp Trường Mầm non Mỹ Hòa';

/**
 * The minute book of Chi bộ Trường Mầm non Mỹ Hòa: the meetings where its quarter 1–3 topics were presented,
 * each with attendance, a speech, the conclusion, an assignment and minutes signed by the chair and the
 * minute-taker; and its regular monthly meetings (regularMeetings below). Written as the record stands (past
 * dates), not replayed through the live console.
 */
export async function seedMeetings(db: Kysely<DB>, cellId: string): Promise<void> {
  const cell = await db
    .selectFrom('org_unit')
    .select('name')
    .where('id', '=', cellId)
    .executeTakeFirstOrThrow();
  const roll = await db
    .selectFrom('person')
    .select(['id', 'full_name', 'status'])
    .where('unit_id', '=', cellId)
    .where('status', 'in', ['official', 'probationary', 'exempt', 'transferred_out'])
    .orderBy('created_at')
    .execute();
  const chair = await secretaryOf(db, cellId);
  const topics = await db
    .selectFrom('plan_topic as t')
    .innerJoin('plan as p', 'p.id', 't.plan_id')
    .innerJoin('topic_preparation as tp', 'tp.topic_id', 't.id')
    .select(['t.id', 't.title', 't.kind', 't.quarter', 'tp.presented_on'])
    .where('p.cell_id', '=', cellId)
    .where('tp.status', '=', 'final')
    .orderBy('t.position')
    .execute();
  const others = roll.filter((p) => p.id !== chair);
  // Seed 000: a thematic meeting does not replace the month's regular one — the cell met on the 5th of every
  // month from January to November, and presented its topics on the 10th of the quarter's last month. The
  // record is written in date order, so the notices and minutes are numbered as they were issued.
  const regular = regularMeetings(db, { cellId, cellName: cell.name, roll, chair, others });
  const days = [
    ...topics.map((topic) => ({ heldOn: topic.presented_on ?? '2026-03-10', topic })),
    ...Array.from({ length: 11 }, (_, i) => ({
      heldOn: `2026-${String(i + 1).padStart(2, '0')}-05`,
      topic: null,
    })),
  ].sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  for (const { heldOn, topic } of days) {
    if (!topic) {
      await regular(heldOn);
      continue;
    }
    const at = (hhmm: string) => new Date(`${heldOn}T${hhmm}:00+07:00`).toISOString();
    const minuteTaker = others[topic.quarter % others.length] ?? others[0];
    const absent = others[(topic.quarter + 2) % others.length];
    const speaker = others[(topic.quarter + 3) % others.length];
    const presenters = await db
      .selectFrom('plan_topic_preparer as tp')
      .innerJoin('person as p', 'p.id', 'tp.person_id')
      .select(['p.id', 'p.full_name'])
      .where('tp.topic_id', '=', topic.id)
      .execute();
    const presenterIds = presenters.map((p) => p.id);
    const id = newId();
    const agenda = defaultAgenda('thematic');
    let clock = Date.parse(at('14:00'));
    const items = agenda.map((item, i) => {
      const started = new Date(clock).toISOString();
      clock += item.minutes * 60_000;
      return {
        id: newId(),
        meeting_id: id,
        position: i + 1,
        part: item.part,
        kind: item.kind,
        title: null,
        planned_minutes: item.minutes,
        started_at: started,
        ended_at: new Date(clock).toISOString(),
      };
    });
    const conclusion =
      'Chi bộ thống nhất với nội dung chuyên đề; giao đồng chí trình bày tiếp thu ý kiến, hoàn chỉnh chuyên đề và gửi đảng viên nghiên cứu.';
    const attendance = roll.map((p) => ({
      meeting_id: id,
      person_id: p.id,
      member_status: p.status,
      state:
        p.status === 'transferred_out' || p.status === 'exempt'
          ? null
          : p.id === absent?.id
            ? ('absent_excused' as const)
            : ('present' as const),
      reason: p.id === absent?.id ? 'Đi tập huấn chuyên môn' : null,
      late: 0,
      suspended: 0,
      updated_at: at('14:05'),
    }));
    const note = 'Đồng tình với dự thảo; đề nghị bổ sung số liệu thực tế của nhà trường.';
    // A resolution topic is adopted by the vote of the official members present (seed 003, step 4) and
    // gives the cell its tasks; any other topic leaves its presenter to finish it.
    const resolution = topic.kind === 'resolution';
    const tasks = resolution
      ? await resolutionTasks(db)
      : [
          {
            title: 'Hoàn chỉnh chuyên đề, gửi đảng viên nghiên cứu',
            ownerId: presenterIds[0] ?? null,
            dueOn: null,
          },
        ];
    const basis = voteBase(
      attendance.map((a) => ({
        id: a.person_id,
        status: a.member_status,
        presence: a.state ?? 'absent_unexcused',
      })),
    );
    const vote = resolution
      ? {
          id: newId(),
          meeting_id: id,
          subject: `Thông qua Nghị quyết chuyên đề “${topic.title}”`,
          mode: 'count' as const,
          votes_for: basis.voters.length,
          votes_against: 0,
          votes_abstain: 0,
          base: basis.base,
          needed: voteResult({ for: basis.voters.length, against: 0, abstain: 0 }, basis.base).needed,
          passed: 1,
          basis_json: JSON.stringify({ rule: CELL_VOTE_RULE.citation, ...basis }),
          created_at: at('15:20'),
        }
      : null;
    const text = draftMinutes({
      cellName: cell.name,
      place: PLACE,
      heldOn,
      startedAt: at('14:00'),
      endedAt: new Date(clock).toISOString(),
      kind: 'thematic',
      topicTitle: topic.title,
      presenters: presenters.map((p) => p.full_name),
      chair: roll.find((p) => p.id === chair)?.full_name ?? null,
      minuteTaker: minuteTaker?.full_name ?? null,
      guests: [],
      counts: attendanceCounts(attendance.map((a) => ({ status: a.member_status, state: a.state }))),
      absentees: absent
        ? [{ fullName: absent.full_name, excused: true, reason: 'Đi tập huấn chuyên môn' }]
        : [],
      agenda: agenda.map((i) => ({ part: i.part, kind: i.kind, title: null })),
      speeches: speaker ? [{ speaker: speaker.full_name, note }] : [],
      conclusion,
      votes: vote
        ? [
            {
              subject: vote.subject,
              for: vote.votes_for,
              against: 0,
              abstain: 0,
              base: vote.base,
              passed: true,
            },
          ]
        : [],
      tasks: tasks.map((t) => ({
        title: t.title,
        owner: roll.find((p) => p.id === t.ownerId)?.full_name ?? null,
        dueOn: t.dueOn,
      })),
    });
    await db
      .insertInto('meeting')
      .values({
        id,
        cell_id: cellId,
        topic_id: topic.id,
        kind: 'thematic',
        part_order: 'regular_first',
        held_on: heldOn,
        starts_at: '14:00',
        place: PLACE,
        status: 'ended',
        chair_id: chair,
        minute_taker_id: minuteTaker?.id ?? null,
        notice_sent_at: new Date(Date.parse(at('08:00')) - 5 * 86_400_000).toISOString(),
        notice_number: await nextDocumentNumber(db, { unitId: cellId, kind: 'TB', issuedOn: heldOn }),
        started_at: at('14:00'),
        ended_at: new Date(clock).toISOString(),
        conclusion,
        created_by: null,
        created_at: at('08:00'),
        updated_at: new Date(clock).toISOString(),
      })
      .execute();
    await db.insertInto('meeting_agenda_item').values(items).execute();
    await db.insertInto('meeting_attendance').values(attendance).execute();
    if (vote) await db.insertInto('meeting_vote').values(vote).execute();
    await db
      .insertInto('meeting_task')
      .values(
        tasks.map((t) => ({
          id: newId(),
          meeting_id: id,
          title: t.title,
          owner_id: t.ownerId,
          due_on: t.dueOn,
          created_at: at('15:30'),
        })),
      )
      .execute();
    if (speaker)
      await db
        .insertInto('meeting_speech')
        .values({
          id: newId(),
          meeting_id: id,
          person_id: speaker.id,
          guest_id: null,
          status: 'done',
          position: 1,
          requested_at: at('14:25'),
          started_at: at('14:30'),
          ended_at: at('14:36'),
          note,
          updated_at: at('14:36'),
        })
        .execute();
    const signedAt = new Date(clock + 10 * 60_000).toISOString();
    await db
      .insertInto('minutes')
      .values({
        meeting_id: id,
        text,
        chair_signed_at: signedAt,
        chair_signed_by: null,
        taker_signed_at: signedAt,
        taker_signed_by: null,
        text_hash: createHash('sha256').update(text, 'utf8').digest('hex'),
        locked_at: signedAt,
        number: await nextDocumentNumber(db, { unitId: cellId, kind: 'BB', issuedOn: heldOn }),
        created_at: signedAt,
        updated_at: signedAt,
      })
      .execute();
  }
}

type RollMember = { id: string; full_name: string; status: DB['person']['status'] };

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
function regularMeetings(
  db: Kysely<DB>,
  cell: { cellId: string; cellName: string; roll: RollMember[]; chair: string | null; others: RollMember[] },
) {
  const { cellId, roll, chair, others } = cell;
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
    const minuteTaker = others[month % others.length] ?? others[0];
    // One member excused every other month, in turn.
    const absent = month % 2 === 0 ? others[(month + 1) % others.length] : undefined;
    const agenda = defaultAgenda('regular');
    // The study ran its 30 minutes, some months a little longer.
    const studyMinutes = HO_CHI_MINH_MIN_MINUTES + (month % 3) * 5;
    for (const item of agenda) if (item.kind === 'ho_chi_minh_study') item.minutes = studyMinutes;
    let clock = Date.parse(at('14:00'));
    const items = agenda.map((item, i) => {
      const started = new Date(clock).toISOString();
      clock += item.minutes * 60_000;
      return {
        id: newId(),
        meeting_id: id,
        position: i + 1,
        part: item.part,
        kind: item.kind,
        title: null,
        planned_minutes: item.minutes,
        started_at: started,
        ended_at: new Date(clock).toISOString(),
      };
    });
    const endedAt = new Date(clock).toISOString();
    const attendance = roll.map((p) => ({
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
    const signedAt = new Date(clock + 10 * 60_000).toISOString();
    await db
      .insertInto('minutes')
      .values({
        meeting_id: id,
        text,
        chair_signed_at: signedAt,
        chair_signed_by: null,
        taker_signed_at: signedAt,
        taker_signed_by: null,
        text_hash: createHash('sha256').update(text, 'utf8').digest('hex'),
        locked_at: signedAt,
        number: await nextDocumentNumber(db, { unitId: cellId, kind: 'BB', issuedOn: heldOn }),
        created_at: signedAt,
        updated_at: signedAt,
      })
      .execute();
  };
}

/** Whose login a demo person has: the tasks of the demo resolution go to people one can sign in as. */
async function personOf(db: Kysely<DB>, username: string): Promise<string | null> {
  const row = await db
    .selectFrom('user_account')
    .select('person_id')
    .where('username', '=', username)
    .executeTakeFirst();
  return row?.person_id ?? null;
}

/**
 * The tasks the cell gave itself when it adopted its resolution on the children's safety (quarter 1): each
 * followed up through the year in demo-follow-up.ts.
 */
async function resolutionTasks(db: Kysely<DB>) {
  return [
    {
      title: 'Rà soát, sửa chữa thiết bị đồ chơi ngoài trời',
      ownerId: await personOf(db, 'bithu.mamnon'),
      dueOn: '2026-04-30',
    },
    {
      title: 'Xây dựng quy trình đón, trả trẻ an toàn',
      ownerId: await personOf(db, 'baocao.mamnon'),
      dueOn: '2026-05-31',
    },
    { title: 'Lắp đặt camera giám sát khu vực sân chơi', ownerId: null, dueOn: '2026-09-30' },
    {
      title: 'Tuyên truyền phụ huynh về phòng tránh tai nạn cho trẻ tại gia đình',
      ownerId: await personOf(db, 'dangvien.mamnon'),
      dueOn: '2026-12-31',
    },
  ];
}
