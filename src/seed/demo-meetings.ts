import type { Kysely } from 'kysely';
import { nextDocumentNumber } from '#db/document-numbers.ts';
import { newId } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import { addDays } from '#domain/dates/local-date.ts';
import { defaultAgenda } from '#domain/meetings/agenda.ts';
import { attendanceCounts } from '#domain/meetings/attendance.ts';
import { draftMinutes } from '#domain/meetings/minutes-draft.ts';
import { CELL_VOTE_RULE, voteBase, voteResult } from '#domain/meetings/vote-rule.ts';
import { clockedAgenda, insertSignedMinutes, PLACE, personOf, rollByDay } from './demo-minutes.ts';
import { secretaryOf } from './demo-preparation.ts';
import { regularMeetings } from './demo-regular-meetings.ts';

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
  const rollOn = await rollByDay(db, cellId, roll);
  // Seed 000: a thematic meeting does not replace the month's regular one — the cell met on the 5th of every
  // month from January to November, and presented its topics on the 10th of the quarter's last month. The
  // record is written in date order, so the notices and minutes are numbered as they were issued.
  const regular = regularMeetings(db, { cellId, cellName: cell.name, roll, rollOn, chair, others });
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
    const onRoll = rollOn(heldOn);
    const members = others.filter((o) => onRoll.some((p) => p.id === o.id));
    const minuteTaker = members[topic.quarter % members.length] ?? members[0];
    const absent = members[(topic.quarter + 2) % members.length];
    const speaker = members[(topic.quarter + 3) % members.length];
    const presenters = await db
      .selectFrom('plan_topic_preparer as tp')
      .innerJoin('person as p', 'p.id', 'tp.person_id')
      .select(['p.id', 'p.full_name'])
      .where('tp.topic_id', '=', topic.id)
      .execute();
    const presenterIds = presenters.map((p) => p.id);
    const id = newId();
    const agenda = defaultAgenda('thematic');
    const { items, endsAt: clock } = clockedAgenda(id, agenda, Date.parse(at('14:00')));
    const conclusion =
      'Chi bộ thống nhất với nội dung chuyên đề; giao đồng chí trình bày tiếp thu ý kiến, hoàn chỉnh chuyên đề và gửi đảng viên nghiên cứu.';
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
    // Seed 003: "Đảng viên thảo luận và biểu quyết" — the cell voted on each decision of its resolution, every
    // member present for it; each adopted decision became a task of the meeting (votes.ts, taskFromDecision).
    const decisions = tasks.map((t, i) => ({ ...t, id: newId(), number: i + 1 }));
    const passed = { for: basis.voters.length, against: 0, abstain: 0 };
    const votes = resolution
      ? decisions.map((d, i) => ({
          id: newId(),
          meeting_id: id,
          subject: `Quyết nghị ${d.number}: ${d.title}`,
          mode: 'count' as const,
          votes_for: passed.for,
          votes_against: 0,
          votes_abstain: 0,
          base: basis.base,
          needed: voteResult(passed, basis.base).needed,
          passed: 1,
          basis_json: JSON.stringify({ rule: CELL_VOTE_RULE.citation, ...basis }),
          created_at: at(`15:${String(20 + i).padStart(2, '0')}`),
          decision_id: d.id,
        }))
      : [];
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
      votes: votes.map((v) => ({
        subject: v.subject,
        for: v.votes_for,
        against: 0,
        abstain: 0,
        base: v.base,
        passed: true,
      })),
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
    if (resolution) {
      // Written by the preparer with the draft (resolution-decisions.ts), adopted by the votes above.
      await db
        .insertInto('resolution_decision')
        .values(
          decisions.map((d) => ({
            id: d.id,
            topic_id: topic.id,
            position: d.number,
            text: d.title,
            owner_id: d.ownerId,
            due_on: d.dueOn,
            voted_at: at('15:20'),
            adopted_at: at('15:30'),
            created_at: `${addDays(heldOn, -30)}T02:00:00.000Z`,
            updated_at: at('15:30'),
          })),
        )
        .execute();
      await db.insertInto('meeting_vote').values(votes).execute();
    }
    await db
      .insertInto('meeting_task')
      .values(
        decisions.map((t) => ({
          id: newId(),
          meeting_id: id,
          title: t.title,
          owner_id: t.ownerId,
          due_on: t.dueOn,
          created_at: at('15:30'),
          decision_id: resolution ? t.id : null,
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
    await insertSignedMinutes(db, {
      meetingId: id,
      cellId,
      heldOn,
      text,
      signedAt: new Date(clock + 10 * 60_000),
    });
    // The secretary's evaluation of the quarter 2 meeting (seed 001: "Rút kinh nghiệm cho những buổi sinh hoạt
    // chuyên đề tiếp theo"): its lessons reach the briefing of the next topics' preparers.
    if (topic.quarter === 2)
      await db
        .insertInto('meeting_evaluation')
        .values({
          meeting_id: id,
          preparer: null,
          result:
            'Buổi sinh hoạt đạt mục đích, yêu cầu; đảng viên liên hệ thiết thực với việc chăm sóc, giáo dục trẻ.',
          lessons:
            'Gửi dự thảo đến đảng viên sớm hơn (ít nhất 5 ngày) để có thời gian nghiên cứu; mỗi ý kiến phát biểu gắn với nhiệm vụ cụ thể của tổ chuyên môn.',
          evaluated_by: chair,
          updated_at: new Date(clock + 20 * 60_000).toISOString(),
        })
        .execute();
  }
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
