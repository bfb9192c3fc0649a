import type { Kysely } from 'kysely';
import { newId, nowIso } from '../src/db/ids.ts';
import type { DB } from '../src/db/schema.ts';
import { rebuildUnitNames } from '../src/db/unit-names.ts';
import { foldText } from '../src/domain/text/fold.ts';
import { hashPassword } from '../src/server/auth/password.ts';
import { insertAccount } from '../src/server/auth/store.ts';

export interface Scale {
  communes: number;
  cellsPerCommune: number;
  membersPerCell: number;
}

/**
 * A province-shaped tree written straight into the tables in batches (the services would take minutes):
 * province → communes → cells → members, with closure rows and one secretary per cell.
 */
export async function generateProvince(db: Kysely<DB>, scale: Scale) {
  const now = nowIso();
  const units: DB['org_unit'][] = [];
  const closure: DB['org_closure'][] = [];
  const people: DB['person'][] = [];
  const roles: DB['role_assignment'][] = [];
  const unit = (parent: string | null, kind: DB['org_unit']['kind'], name: string, chain: string[]) => {
    const id = newId();
    units.push({
      id,
      parent_id: parent,
      kind,
      name,
      short_name: null,
      place: null,
      numbering_term_from: null,
      draft_lead_days: null,
      comment_reminder_days: null,
      task_reminder_days: null,
      created_at: now,
      updated_at: now,
    });
    closure.push({ ancestor_id: id, descendant_id: id, depth: 0 });
    for (const [i, a] of chain.entries()) closure.push({ ancestor_id: a, descendant_id: id, depth: i + 1 });
    return id;
  };
  const province = unit(null, 'committee', 'Tỉnh ủy Thử Nghiệm', []);
  const cells: string[] = [];
  for (let c = 0; c < scale.communes; c++) {
    const commune = unit(province, 'committee', `Đảng ủy xã ${c + 1}`, [province]);
    for (let k = 0; k < scale.cellsPerCommune; k++) {
      const cell = unit(commune, 'cell', `Chi bộ thôn ${c + 1}.${k + 1}`, [commune, province]);
      cells.push(cell);
      for (let m = 0; m < scale.membersPerCell; m++) {
        const fullName = `Nguyễn Văn Thử ${c}.${k}.${m}`;
        const id = newId();
        people.push({
          id,
          full_name: fullName,
          name_folded: foldText(fullName),
          gender: null,
          birth_date: null,
          phone: null,
          email: null,
          unit_id: cell,
          group_id: null,
          status: m % 10 === 9 ? 'probationary' : 'official',
          status_since: '2020-01-01',
          joined_on: '2019-01-01',
          official_on: null,
          card_number: null,
          created_at: now,
          updated_at: now,
        });
        if (m === 0) {
          roles.push({
            id: newId(),
            person_id: id,
            unit_id: cell,
            role: 'secretary',
            started_on: '2020-01-01',
            ended_on: null,
            created_by: null,
            created_at: now,
          });
        }
      }
    }
  }
  const insert = async <T extends keyof DB>(table: T, rows: DB[T][]) => {
    for (let i = 0; i < rows.length; i += 500) {
      await db
        .insertInto(table)
        .values(rows.slice(i, i + 500) as never[])
        .execute();
    }
  };
  await insert('org_unit', units);
  await insert('org_closure', closure);
  // The pickers' folded names (migration 0037), as the orgs store would have written them.
  await rebuildUnitNames(db);
  await insert('person', people);
  await insert('role_assignment', roles);
  const plans = await generatePlans(cells, people, insert);
  return { province, cells, units: units.length, people: people.length, ...plans };
}

/**
 * An adopted 2026 plan in every cell: four topics, one a quarter, five steps each. In half the cells the
 * topics of quarters 1–3 were finished on time; the other half recorded nothing, so their past steps are
 * overdue — the committee overview has to work that out for each. One topic is out for comments with a
 * full cell of readers and fifty comments: the heaviest topic page.
 */
async function generatePlans(
  cells: string[],
  people: DB['person'][],
  insert: <T extends keyof DB>(table: T, rows: DB[T][]) => Promise<void>,
) {
  const now = nowIso();
  const plans: DB['plan'][] = [];
  const topics: DB['plan_topic'][] = [];
  const preparers: DB['plan_topic_preparer'][] = [];
  const steps: DB['plan_step'][] = [];
  const preparations: DB['topic_preparation'][] = [];
  const firstOf = new Map<string, string>();
  for (const p of people) if (!firstOf.has(p.unit_id)) firstOf.set(p.unit_id, p.id);
  const months = [1, 1, 2, 2, 3];
  const stepNames = ['outline', 'draft1', 'comments', 'draft2', 'meeting'] as const;
  let busyTopic = '';
  for (const [c, cell] of cells.entries()) {
    const planId = newId();
    plans.push({
      id: planId,
      cell_id: cell,
      year: 2026,
      status: 'adopted',
      legal_bases_json: '[]',
      purpose: null,
      requirements: null,
      organisation: null,
      adopted_on: '2026-01-15',
      submitted_at: null,
      reviewed_at: null,
      review_remark: null,
      number: 1,
      created_by: null,
      created_at: now,
      updated_at: now,
    });
    for (let q = 1; q <= 4; q++) {
      const topicId = newId();
      if (c === 0 && q === 4) busyTopic = topicId;
      topics.push({
        id: topicId,
        plan_id: planId,
        position: q,
        title: `Chuyên đề quý ${q}`,
        topic_group: null,
        kind: 'other',
        work_content: null,
        quarter: q,
        registration_id: null,
        model_id: null,
        due_months: months.map((m) => (q - 1) * 3 + m).join(','),
      });
      preparers.push({ topic_id: topicId, person_id: firstOf.get(cell) ?? '' });
      stepNames.forEach((step, k) => {
        steps.push({
          id: newId(),
          topic_id: topicId,
          step,
          position: k + 1,
          due_month: (q - 1) * 3 + (months[k] ?? 1),
          responsible_id: null,
          note: null,
        });
      });
      if (c % 2 === 0 && q < 4) {
        const at = `2026-${String(q * 3).padStart(2, '0')}-10T02:00:00.000Z`;
        preparations.push({
          topic_id: topicId,
          status: 'final',
          briefing_purpose: null,
          briefing_requirements: null,
          briefing_content: null,
          briefing_method: null,
          briefed_on: null,
          briefed_by: null,
          comment_due_on: null,
          outline_saved_at: at,
          draft1_approved_at: at,
          distributed_at: at,
          comments_closed_at: at,
          draft2_approved_at: at,
          presented_on: at.slice(0, 10),
          final_at: at,
          final_number: null,
          created_at: at,
          updated_at: at,
        });
      }
    }
  }
  await insert('plan', plans);
  await insert('plan_topic', topics);
  await insert('plan_topic_preparer', preparers);
  await insert('plan_step', steps);
  await insert('topic_preparation', preparations);
  return { topics: topics.length, busyTopic };
}

/**
 * A year of meetings for the oversight dashboard, written as rows: every member's membership period, then in
 * every cell a monthly meeting from January to November 2026 — combined (regular and thematic) at the end of a
 * quarter in three cells out of four, regular otherwise — with its roll (every member, nine in ten present), its
 * Hồ Chí Minh study minutes (one meeting in eight under 30), one assignment with one report; a reminder to one
 * cell in ten. Returns the rows written, to print.
 */
export async function generateMeetingYear(db: Kysely<DB>, cells: readonly string[]) {
  const now = nowIso();
  const insert = async <T extends keyof DB>(table: T, rows: DB[T][]) => {
    for (let i = 0; i < rows.length; i += 500) {
      await db
        .insertInto(table)
        .values(rows.slice(i, i + 500) as never[])
        .execute();
    }
  };
  const people = await db
    .selectFrom('person')
    .select(['id', 'unit_id', 'status'])
    .where('unit_id', 'in', db.selectFrom('org_unit').select('id').where('kind', '=', 'cell'))
    .execute();
  await insert(
    'membership_period',
    people.map((p) => ({
      id: newId(),
      person_id: p.id,
      unit_id: p.unit_id,
      status: p.status,
      started_on: '2020-01-01',
      ended_on: null,
      note: null,
      recorded_by: null,
      recorded_at: now,
    })),
  );
  const members = new Map<string, typeof people>();
  for (const p of people) members.set(p.unit_id, [...(members.get(p.unit_id) ?? []), p]);
  let attendance = 0;
  let meetingCount = 0;
  // A cell at a time, written in batches: ~220 attendance rows a cell.
  for (let start = 0; start < cells.length; start += 100) {
    const meetings: DB['meeting'][] = [];
    const rolls: DB['meeting_attendance'][] = [];
    const tasks: DB['meeting_task'][] = [];
    const reports: DB['task_report'][] = [];
    for (const [offset, cellId] of cells.slice(start, start + 100).entries()) {
      const c = start + offset;
      for (let month = 1; month <= 11; month++) {
        const heldOn = `2026-${String(month).padStart(2, '0')}-${String(5 + (c % 20)).padStart(2, '0')}`;
        const id = newId();
        const combined = month % 3 === 0 && c % 4 !== 3;
        meetings.push({
          id,
          cell_id: cellId,
          topic_id: null,
          kind: combined ? 'combined' : 'regular',
          part_order: 'regular_first',
          held_on: heldOn,
          starts_at: '14:00',
          place: 'Hội trường',
          status: 'ended',
          chair_id: null,
          minute_taker_id: null,
          notice_sent_at: null,
          notice_number: null,
          started_at: `${heldOn}T07:00:00.000Z`,
          ended_at: `${heldOn}T09:00:00.000Z`,
          conclusion: null,
          study_minutes: (c + month) % 8 === 0 ? 20 : 35,
          paper_present: null,
          created_by: null,
          created_at: now,
          updated_at: now,
        });
        for (const [k, p] of (members.get(cellId) ?? []).entries()) {
          rolls.push({
            meeting_id: id,
            person_id: p.id,
            member_status: p.status,
            state: (k + month) % 10 === 0 ? 'absent_excused' : 'present',
            reason: null,
            late: 0,
            suspended: 0,
            updated_at: now,
          });
        }
        const taskId = newId();
        tasks.push({
          id: taskId,
          meeting_id: id,
          title: `Nhiệm vụ tháng ${month}`,
          owner_id: null,
          due_on: `2026-${String(month + 1).padStart(2, '0')}-01`,
          created_at: now,
          decision_id: null,
        });
        reports.push({
          id: newId(),
          task_id: taskId,
          status: month % 2 === 0 ? 'done' : 'in_progress',
          note: null,
          reported_on: heldOn,
          reported_by: null,
          created_at: now,
          meeting_id: null,
        });
      }
    }
    await insert('meeting', meetings);
    await insert('meeting_attendance', rolls);
    await insert('meeting_task', tasks);
    await insert('task_report', reports);
    attendance += rolls.length;
    meetingCount += meetings.length;
  }
  const committees = await db
    .selectFrom('org_unit')
    .select(['id', 'parent_id'])
    .where(
      'id',
      'in',
      cells.filter((_, i) => i % 10 === 0),
    )
    .execute();
  await insert(
    'committee_reminder',
    committees.map((cell) => ({
      id: newId(),
      committee_id: cell.parent_id ?? '',
      cell_id: cell.id,
      message: 'Đề nghị chi bộ hoàn thành kế hoạch quý.',
      sent_by: null,
      sent_at: now,
    })),
  );
  return { meetings: meetingCount, attendance };
}

/** Every cell has reported its first three quarters and one meeting: 4 issued reports a cell. */
export async function issueReports(db: Kysely<DB>, cells: readonly string[]) {
  const document = JSON.stringify({ fileName: 'Báo cáo', type: 'Báo cáo', summary: 'Kết quả', body: [] });
  for (let i = 0; i < cells.length; i += 250) {
    const rows = cells.slice(i, i + 250).flatMap((cellId) =>
      [3, 6, 9, 10].map((month, n) => ({
        id: newId(),
        unit_id: cellId,
        subject: n < 3 ? `period_report:2026-Q${n + 1}` : `meeting_report:${newId()}`,
        kind: 'BC',
        number: n + 1,
        title: 'Báo cáo kết quả thực hiện kế hoạch sinh hoạt chuyên đề',
        document_json: document,
        issued_on: `2026-${String(month).padStart(2, '0')}-28`,
        issued_at: nowIso(),
        issued_by: null,
      })),
    );
    await db.insertInto('issued_document').values(rows).execute();
  }
}

/** The password of every account the benchmark makes. */
export const BENCH_PASSWORD = 'bench-password';

/**
 * The generated province's officer: the secretary of its first cell, also given `officer` on the root and an
 * account `officer` (password BENCH_PASSWORD). Returns the person's id.
 */
export async function provinceOfficer(
  db: Kysely<DB>,
  province: string,
  cells: readonly string[],
): Promise<string> {
  const { person_id } = await db
    .selectFrom('role_assignment')
    .select('person_id')
    .where('unit_id', '=', cells[0] ?? '')
    .where('role', '=', 'secretary')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('role_assignment')
    .values({
      id: newId(),
      person_id,
      unit_id: province,
      role: 'officer',
      started_on: '2020-01-01',
      ended_on: null,
      created_by: null,
      created_at: nowIso(),
    })
    .execute();
  await insertAccount(db, {
    id: newId(),
    person_id,
    username: 'officer',
    password_hash: await hashPassword(BENCH_PASSWORD),
    is_admin: 0,
    locale: 'vi',
    disabled_at: null,
    created_at: nowIso(),
  });
  return person_id;
}
