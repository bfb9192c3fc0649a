import type { Kysely } from 'kysely';
import { newId, nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { paperMeetingIssue } from '#domain/meetings/paper-meeting.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { authorize } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import { ATTACHMENT_LIMITS, actIn, attachmentType, cleanFileName, findTopic } from '../preparation/index.ts';
import { loadMeeting } from './access.ts';
import * as store from './store.ts';

export interface PaperMeetingInput {
  heldOn: string;
  present: number;
  /** The signed minutes: a scan (PDF) or a photo, or the Word file that was signed. */
  file: File;
}

/**
 * "Nhập buổi sinh hoạt đã họp trên giấy" (paper-meeting.ts): a past thematic meeting held on paper, entered
 * with its signed minutes and the number of members present. It is recorded as an ended meeting of the
 * cell (the minute book lists it, marked as held on paper) and its topic moves to "presented" (step 5 of the
 * plan), in one transaction: the file's checks are those of the topics' attachments (kind by content, 10 MB).
 */
export async function recordPaperMeeting(
  db: Kysely<DB>,
  actor: Actor,
  topicId: string,
  input: PaperMeetingInput,
) {
  return db.transaction().execute(async (trx) => {
    const topic = await findTopic(trx, topicId);
    if (!topic) throw new AppError('NOT_FOUND');
    await authorize(trx, actor, 'meeting.manage', topic.cell_id);
    const roll = await store.listRoll(trx, topic.cell_id, input.heldOn);
    const issue = paperMeetingIssue({
      heldOn: input.heldOn,
      today: todayInVietnam(),
      present: input.present,
      onRoll: roll.filter((p) => p.status !== 'transferred_out').length,
    });
    if (issue === 'HELD_IN_FUTURE')
      throw new AppError('VALIDATION_FAILED', { heldOn: 'MEETING_PAPER_HELD_IN_FUTURE' });
    if (issue) throw new AppError('VALIDATION_FAILED', { present: `MEETING_PAPER_${issue}` });
    if (await store.findOpenMeetingOfTopic(trx, topicId)) throw new AppError('MEETING_PAPER_TOPIC_SCHEDULED');
    if (input.file.size > ATTACHMENT_LIMITS.fileBytes)
      throw new AppError('VALIDATION_FAILED', { file: 'ATTACHMENT_TOO_LARGE' });
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    const fileName = cleanFileName(input.file.name);
    const type = attachmentType(fileName, bytes);
    if (!type) throw new AppError('VALIDATION_FAILED', { file: 'ATTACHMENT_TYPE' });
    const now = nowIso();
    const row: DB['meeting'] = {
      id: newId(),
      cell_id: topic.cell_id,
      topic_id: topicId,
      kind: 'thematic',
      part_order: 'regular_first',
      held_on: input.heldOn,
      starts_at: '',
      place: '',
      status: 'ended',
      chair_id: null,
      minute_taker_id: null,
      notice_sent_at: null,
      notice_number: null,
      started_at: null,
      ended_at: null,
      conclusion: null,
      study_minutes: null,
      paper_present: input.present,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    };
    await store.insertMeeting(trx, row);
    await store.insertPaperMinutes(trx, {
      meeting_id: row.id,
      file_name: fileName,
      content_type: type,
      size_bytes: bytes.length,
      content: bytes,
      uploaded_by: actor.personId,
      created_at: now,
    });
    // The topic was presented that day (draft-status.ts refuses a topic whose draft 2 was not approved).
    await actIn(trx, actor, topicId, 'present', { presentedOn: input.heldOn });
    await recordAudit(trx, actor, {
      action: 'meeting.record_paper',
      entityType: 'meeting',
      entityId: row.id,
      unitId: topic.cell_id,
      after: { ...row, minutes: { fileName, type, size: bytes.length } },
    });
    return row.id;
  });
}

/** The signed minutes of a meeting held on paper, for whoever may read the meeting. */
export async function getPaperMinutes(db: Kysely<DB>, actor: Actor, meetingId: string) {
  await loadMeeting(db, actor, meetingId);
  const file = await store.findPaperMinutes(db, meetingId);
  if (!file) throw new AppError('NOT_FOUND');
  return file;
}
