import type { Kysely } from 'kysely';
import { nextDocumentNumber } from '#db/document-numbers.ts';
import { newId } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { addDays, todayInVietnam } from '#domain/dates/local-date.ts';
import { loadActor } from '#server/auth/actor.ts';
import * as preparation from '#server/features/preparation/index.ts';

/**
 * Chi bộ Trường Mầm non Mỹ Hòa through the year (seeds 000, 001): the topics of quarters 1–3 were prepared,
 * presented and finished in their quarters; the quarter 4 topic is being prepared now — its draft 1 was
 * approved by the secretary and sent to members, who have a week to comment.
 */
export async function seedPreparation(db: Kysely<DB>, cellId: string): Promise<void> {
  const topics = await db
    .selectFrom('plan_topic as t')
    .innerJoin('plan as p', 'p.id', 't.plan_id')
    .innerJoin('plan_topic_preparer as tp', 'tp.topic_id', 't.id')
    .select(['t.id', 't.title', 't.kind', 't.quarter', 'tp.person_id', 'p.cell_id'])
    .where('p.cell_id', '=', cellId)
    .where('p.year', '=', 2026)
    .orderBy('t.position')
    .execute();

  for (const topic of topics.filter((t) => t.quarter < 4)) await seedFinished(db, topic);

  const current = topics.find((t) => t.quarter === 4);
  if (!current) return;
  const preparer = await actorOf(db, current.person_id);
  const secretaryId = await secretaryOf(db, cellId);
  const secretary = await actorOf(db, secretaryId);
  await preparation.saveBriefing(db, secretary, current.id, {
    purpose: 'Thống nhất nhận thức và giải pháp tạo nguồn, phát triển đảng viên mới trong đội ngũ giáo viên.',
    requirements: 'Bám sát tình hình thực tế của nhà trường; có số liệu ba năm gần đây.',
    content: 'Thực trạng tạo nguồn; nguyên nhân; chỉ tiêu và giải pháp năm học 2026–2027.',
    method: 'Trình bày ngắn gọn, dành phần lớn thời gian cho thảo luận.',
    briefedOn: '2026-10-05',
  });
  await preparation.saveVersion(db, preparer, current.id, {
    kind: 'outline',
    html: OUTLINE,
    baseVersionId: null,
  });
  await preparation.saveVersion(db, preparer, current.id, {
    kind: 'draft',
    html: DRAFT_1,
    baseVersionId: null,
  });
  // A resolution topic: the preparer wrote its decisions with draft 1 (seed 003, "CHI BỘ QUYẾT NGHỊ:"); the cell
  // votes on them at the quarter's meeting.
  if (current.kind === 'resolution')
    for (const decision of [
      { text: 'Mỗi đảng viên giúp đỡ ít nhất một quần chúng ưu tú', ownerId: null, dueOn: '2027-05-31' },
      {
        text: 'Phối hợp với Chi đoàn giới thiệu hai đoàn viên xuất sắc học lớp nhận thức về Đảng',
        ownerId: current.person_id,
        dueOn: '2027-03-31',
      },
    ])
      await preparation.addDecision(db, preparer, current.id, decision);
  await preparation.act(db, preparer, current.id, 'submit');
  await preparation.act(db, secretary, current.id, 'approve', {
    remark: 'Đồng ý gửi đảng viên nghiên cứu, góp ý.',
    commentDueOn: addDays(todayInVietnam(), 7),
  });
}

/**
 * Chi bộ Khu phố 3 (a cell committee: 9 official members): the preparer of its quarter 1 topic wrote draft 1 and
 * submitted it; it waits for the cell committee's approval (approval.ts), the secretary's to-do on her home.
 */
export async function seedSubmittedDraft(db: Kysely<DB>, cellId: string): Promise<void> {
  const topic = await db
    .selectFrom('plan_topic as t')
    .innerJoin('plan as p', 'p.id', 't.plan_id')
    .innerJoin('plan_topic_preparer as tp', 'tp.topic_id', 't.id')
    .select(['t.id', 'tp.person_id'])
    .where('p.cell_id', '=', cellId)
    .where('p.year', '=', 2026)
    .where('t.quarter', '=', 1)
    .executeTakeFirstOrThrow();
  const admin = await db
    .selectFrom('user_account')
    .select('id')
    .where('username', '=', 'admin')
    .executeTakeFirstOrThrow();
  // The preparer has no login in the demo: written in their name, the audit log shows the demo loader.
  const preparer: Actor = {
    userId: admin.id,
    personId: topic.person_id,
    isAdmin: false,
    grants: [
      { unitId: cellId, role: 'member' },
      { unitId: cellId, role: 'deputy' },
    ],
  };
  await preparation.saveVersion(db, preparer, topic.id, {
    kind: 'draft',
    html: DRAFT_KHUPHO,
    baseVersionId: null,
  });
  await preparation.act(db, preparer, topic.id, 'submit');
}

const DRAFT_KHUPHO = `<h2>1. Thực trạng thực hiện dân chủ ở khu phố</h2>
<p>Chi bộ lãnh đạo Ban điều hành khu phố công khai các khoản đóng góp, lấy ý kiến người dân trước khi quyết định
những việc chung; còn một số hộ chưa tham gia sinh hoạt tổ dân phố.</p>
<h2>2. Giải pháp</h2>
<p>Duy trì hội nghị nhân dân mỗi quý; mỗi đảng viên phụ trách một nhóm hộ, lắng nghe và phản ánh ý kiến của Nhân dân.</p>`;

/** The cell's secretary: the demo gives each cell one. */
export async function secretaryOf(db: Kysely<DB>, cellId: string): Promise<string> {
  const row = await db
    .selectFrom('role_assignment')
    .select('person_id')
    .where('unit_id', '=', cellId)
    .where('role', '=', 'secretary')
    .executeTakeFirstOrThrow();
  return row.person_id;
}

/** The actor of a demo person who has a login. */
export async function actorOf(db: Kysely<DB>, personId: string) {
  const account = await db
    .selectFrom('user_account')
    .select(['id', 'person_id', 'is_admin'])
    .where('person_id', '=', personId)
    .executeTakeFirstOrThrow();
  return loadActor(db, { userId: account.id, personId: account.person_id, isAdmin: account.is_admin });
}

/** A topic done in its quarter: the dates of each step and the finished text, as the cell recorded them. */
async function seedFinished(
  db: Kysely<DB>,
  topic: { id: string; title: string; kind: string; quarter: number; person_id: string; cell_id: string },
) {
  const month = (topic.quarter - 1) * 3 + 1;
  const on = (m: number, day: number) => `2026-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const at = (m: number, day: number) => `${on(m, day)}T02:00:00.000Z`;
  const html =
    topic.kind === 'resolution'
      ? RESOLUTION_TEXT
      : `<h2>${topic.title}</h2><p>Chuyên đề đã được chi bộ thảo luận và hoàn chỉnh sau buổi sinh hoạt.</p><p>Kết luận của chủ trì: các đồng chí đảng viên thống nhất thực hiện các giải pháp đã nêu.</p>`;
  await db
    .insertInto('topic_preparation')
    .values({
      topic_id: topic.id,
      status: 'final',
      briefing_purpose: 'Nâng cao nhận thức và thống nhất giải pháp.',
      briefing_requirements: null,
      briefing_content: null,
      briefing_method: null,
      briefed_on: on(month, 5),
      briefed_by: null,
      comment_due_on: on(month + 1, 5),
      outline_saved_at: at(month, 12),
      draft1_approved_at: at(month, 25),
      distributed_at: at(month, 25),
      comments_closed_at: at(month + 1, 6),
      draft2_approved_at: at(month + 1, 20),
      presented_on: on(month + 2, 10),
      final_at: at(month + 2, 20),
      // A resolution topic is issued as the cell's Nghị quyết (seed 003), numbered NQ on the day it is final.
      final_number:
        topic.kind === 'resolution'
          ? await nextDocumentNumber(db, { unitId: topic.cell_id, kind: 'NQ', issuedOn: on(month + 2, 20) })
          : null,
      created_at: at(month, 5),
      updated_at: at(month + 2, 20),
    })
    .execute();
  const versionId = newId();
  await db
    .insertInto('topic_version')
    .values({
      id: versionId,
      topic_id: topic.id,
      kind: 'draft',
      round: 'final',
      number: 1,
      html,
      plain_text: preparation.draftPlainText(html),
      author_person_id: topic.person_id,
      created_at: at(month + 2, 15),
    })
    .execute();
  if (topic.kind !== 'resolution') return;
  // The cell voted for its resolution at the meeting (demo-meetings.ts); then, seed 001: "Cấp ủy duyệt lần
  // cuối trước khi ban hành Nghị quyết" — the preparer completed it, the secretary (the cell is too small
  // for a committee, approval.ts) approved it last and issued it for the cell.
  const secretaryUser = await userOf(db, await secretaryOf(db, topic.cell_id));
  const preparerUser = await userOf(db, topic.person_id);
  const steps = [
    ['finalise', 'presented', 'resolution_completed', preparerUser, at(month + 2, 15)],
    ['approve', 'resolution_completed', 'resolution_approved', secretaryUser, at(month + 2, 18)],
    ['issue', 'resolution_approved', 'final', secretaryUser, at(month + 2, 20)],
  ] as const;
  await db
    .insertInto('topic_event')
    .values(
      steps.map(([action, from, to, user, when]) => ({
        id: newId(),
        topic_id: topic.id,
        action,
        from_status: from,
        to_status: to,
        remark: null,
        version_id: versionId,
        self_approval: 0,
        actor_user_id: user,
        at: when,
      })),
    )
    .execute();
}

/** The login of a demo person, when they have one. */
async function userOf(db: Kysely<DB>, personId: string): Promise<string | null> {
  const row = await db
    .selectFrom('user_account')
    .select('id')
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return row?.id ?? null;
}

const OUTLINE =
  '<h2>Đề cương</h2><ol><li><p>Sự cần thiết của chuyên đề</p></li><li><p>Thực trạng công tác tạo nguồn, phát triển đảng viên</p></li><li><p>Nguyên nhân</p></li><li><p>Giải pháp trong năm học 2026–2027</p></li></ol>';

const DRAFT_1 = [
  '<h2>1. Sự cần thiết của chuyên đề</h2>',
  '<p>Trong ba năm gần đây, chi bộ mới kết nạp được một đảng viên. Đội ngũ giáo viên trẻ của nhà trường tăng nhanh nhưng số quần chúng ưu tú được giới thiệu học lớp nhận thức về Đảng còn ít.</p>',
  '<h2>2. Đánh giá thực trạng của chi bộ</h2>',
  '<p>Ưu điểm: chi ủy quan tâm theo dõi, giúp đỡ quần chúng; Ban giám hiệu tạo điều kiện cho giáo viên học tập.</p>',
  '<p>Hạn chế: Công tác tạo nguồn phát triển đảng viên trong giáo viên trẻ còn chậm. Việc phân công đảng viên giúp đỡ quần chúng chưa thường xuyên.</p>',
  '<h2>3. Giải pháp</h2>',
  '<ul><li><p>Mỗi đảng viên giúp đỡ ít nhất một quần chúng ưu tú.</p></li><li><p>Phối hợp với Chi đoàn giới thiệu đoàn viên xuất sắc.</p></li></ul>',
  '<h2>4. Câu hỏi gợi ý thảo luận</h2>',
  '<p>Vì sao giáo viên trẻ chưa mạnh dạn phấn đấu vào Đảng? Chi bộ cần làm gì ngay trong học kỳ này?</p>',
  '<h2>5. Dự kiến kết luận và phân công</h2>',
  '<p>Chi bộ phấn đấu giới thiệu hai quần chúng học lớp nhận thức về Đảng trong năm học 2026–2027.</p>',
].join('');

/**
 * The completed text of the cell's resolution on the children's safety, in seed 003's parts ("Tiến hành khảo sát
 * đánh giá …; Xác định: + Mục đích, yêu cầu nhiệm vụ đặt ra. + Những giải pháp … + Dự báo những vướng mắc phát
 * sinh và cách tháo gỡ. + Tổ chức thực hiện, phân công nhiệm vụ …"). Its decisions are rows of their own
 * (demo-meetings.ts), voted at the March meeting; the discussion questions of the draft were left behind.
 */
const RESOLUTION_TEXT = [
  '<h3>1. Tình hình</h3>',
  '<p>Khảo sát đầu năm cho thấy nhiều thiết bị đồ chơi ngoài trời đã xuống cấp; việc đón, trả trẻ ở cổng trường chưa có quy trình thống nhất; khu vực sân chơi chưa có camera giám sát.</p>',
  '<h3>2. Mục tiêu, chỉ tiêu</h3>',
  '<p>Không để xảy ra tai nạn thương tích đối với trẻ tại trường; 100% thiết bị vui chơi được kiểm tra định kỳ.</p>',
  '<h3>3. Nhiệm vụ, giải pháp</h3>',
  '<p>Rà soát, sửa chữa thiết bị; xây dựng quy trình đón, trả trẻ; lắp camera giám sát; tuyên truyền phụ huynh.</p>',
  '<h3>4. Dự báo vướng mắc và cách tháo gỡ</h3>',
  '<p>Kinh phí lắp camera có thể chậm: đề nghị Ban giám hiệu chia làm hai đợt, vận động thêm nguồn xã hội hóa.</p>',
  '<h3>5. Tổ chức thực hiện</h3>',
  '<p>Chi ủy phân công đảng viên theo từng quyết nghị, kiểm tra tại các kỳ sinh hoạt hằng tháng; sơ kết vào tháng 9, tổng kết vào tháng 12.</p>',
].join('');
