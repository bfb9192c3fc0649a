import type { Kysely } from 'kysely';
import { nextDocumentNumber } from '#db/document-numbers.ts';
import { newId } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import { issuedDocumentJson } from '#documents/issued-document.ts';
import { subjectKey } from '#domain/documents/issuing.ts';
import { newReview, reviewDocumentFor } from '#server/features/follow-up/index.ts';
import { issuedTitle } from '#server/issuing/issue-report.ts';
import { actorOf, secretaryOf } from './demo-preparation.ts';

/**
 * How Chi bộ Trường Mầm non Mỹ Hòa carried out its resolution on the children's safety (seed 003, step 5):
 * the tasks given at the March meeting were checked at the following meetings; the interim review
 * (sơ kết) was issued at the end of September; the final review (tổng kết) is planned for mid-December and
 * not written yet. The task of the member `dangvien.mamnon` has no report: it is theirs to report on.
 */
export async function seedFollowUp(db: Kysely<DB>, cellId: string): Promise<void> {
  const topic = await db
    .selectFrom('plan_topic as t')
    .innerJoin('plan as p', 'p.id', 't.plan_id')
    .innerJoin('topic_preparation as tp', 'tp.topic_id', 't.id')
    .select('t.id')
    .where('p.cell_id', '=', cellId)
    .where('t.kind', '=', 'resolution')
    .where('tp.status', '=', 'final')
    .executeTakeFirst();
  if (!topic) return;
  const tasks = await db
    .selectFrom('meeting_task as k')
    .innerJoin('meeting as m', 'm.id', 'k.meeting_id')
    .select(['k.id', 'k.title', 'k.owner_id'])
    .where('m.topic_id', '=', topic.id)
    .execute();
  const secretary = await secretaryOf(db, cellId);
  const reports: [title: string, status: DB['task_report']['status'], on: string, note: string][] = [
    [
      'Rà soát, sửa chữa thiết bị đồ chơi ngoài trời',
      'in_progress',
      '2026-04-10',
      'Đã rà soát, phát hiện 3 thiết bị hỏng.',
    ],
    [
      'Rà soát, sửa chữa thiết bị đồ chơi ngoài trời',
      'done',
      '2026-04-25',
      'Đã sửa chữa, thay mới 3 thiết bị.',
    ],
    [
      'Xây dựng quy trình đón, trả trẻ an toàn',
      'done',
      '2026-05-20',
      'Quy trình đã được Ban giám hiệu ban hành, niêm yết tại cổng trường.',
    ],
    [
      'Lắp đặt camera giám sát khu vực sân chơi',
      'in_progress',
      '2026-08-15',
      'Đã lắp 4/8 camera; chờ kinh phí đợt 2.',
    ],
  ];
  for (const [title, status, on, note] of reports) {
    const task = tasks.find((t) => t.title === title);
    if (!task) continue;
    await db
      .insertInto('task_report')
      .values({
        id: newId(),
        task_id: task.id,
        status,
        note,
        reported_on: on,
        reported_by: task.owner_id ?? secretary,
        created_at: `${on}T03:00:00.000Z`,
      })
      .execute();
  }

  const review = (kind: 'interim' | 'final', dueOn: string) =>
    newReview({ topicId: topic.id, kind, dueOn, createdBy: secretary, at: '2026-03-25T02:00:00.000Z' });
  const interim = review('interim', '2026-09-30');
  const number = await nextDocumentNumber(db, { unitId: cellId, kind: 'BC', issuedOn: '2026-09-30' });
  await db
    .insertInto('resolution_review')
    .values([
      {
        ...interim,
        results: [
          'Chi bộ đã quán triệt nghị quyết đến 100% đảng viên; Ban giám hiệu cụ thể hóa thành kế hoạch của nhà trường.',
          'Toàn bộ thiết bị đồ chơi ngoài trời đã được rà soát, sửa chữa; quy trình đón, trả trẻ được ban hành và thực hiện nghiêm. Sáu tháng qua không xảy ra tai nạn thương tích nào đối với trẻ.',
        ].join('\n'),
        shortcomings:
          'Việc lắp đặt camera giám sát còn chậm do kinh phí đợt 2 chưa được cấp; công tác tuyên truyền phụ huynh chưa thường xuyên.',
        next_steps:
          'Hoàn thành lắp đặt camera trong quý IV; đẩy mạnh tuyên truyền phụ huynh qua các buổi họp lớp và nhóm Zalo của lớp.',
        number,
        issued_at: '2026-09-30T08:00:00.000Z',
        issued_on: '2026-09-30',
        issued_by: secretary,
        updated_at: '2026-09-30T08:00:00.000Z',
      },
      review('final', '2026-12-15'),
    ])
    .execute();
  // Issued as the cell's report: the document frozen as it was on that day.
  const document = await reviewDocumentFor(db, await actorOf(db, secretary), interim.id);
  await db
    .insertInto('issued_document')
    .values({
      id: newId(),
      unit_id: cellId,
      subject: subjectKey({ kind: 'review', reviewId: interim.id }),
      kind: 'BC',
      number,
      title: issuedTitle(document),
      document_json: issuedDocumentJson(document),
      issued_on: '2026-09-30',
      issued_at: '2026-09-30T08:00:00.000Z',
      issued_by: secretary,
    })
    .execute();
}
