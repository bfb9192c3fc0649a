import type { Kysely } from 'kysely';
import { newId, nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { AppError } from '../../http/app-error.ts';
import { loadAccess, requireAdoptedPlan, requirePreparer, type TopicAccess } from './access.ts';
import * as store from './store.ts';

/**
 * Attachments of a topic: source documents, slides printed as PDF, photos of a page (seed 002 asks for
 * documents and pictures to illustrate the topic). Limits are *practice*, set for cheap phones and weak
 * links: 10 MB a file, 20 files and 50 MB a topic.
 */
export const ATTACHMENT_LIMITS = { fileBytes: 10 * 1024 * 1024, files: 20, topicBytes: 50 * 1024 * 1024 };

/**
 * Accepted kinds, recognised by their first bytes, not by the name or the type the browser claims: a file
 * renamed to .pdf is not a PDF. A .docx is a ZIP holding `word/document.xml` (entry names are plain
 * text in a ZIP); a .doc is an OLE2 compound file.
 */
const KINDS: { type: string; extensions: string[]; starts: (b: Uint8Array) => boolean }[] = [
  { type: 'application/pdf', extensions: ['pdf'], starts: (b) => ascii(b, 0, 5) === '%PDF-' },
  {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    starts: (b) => ascii(b, 0, 4) === 'PK\u0003\u0004' && Buffer.from(b).includes('word/document.xml'),
  },
  {
    type: 'application/msword',
    extensions: ['doc'],
    starts: (b) => hex(b, 0, 8) === 'd0cf11e0a1b11ae1',
  },
  { type: 'image/jpeg', extensions: ['jpg', 'jpeg'], starts: (b) => hex(b, 0, 3) === 'ffd8ff' },
  { type: 'image/png', extensions: ['png'], starts: (b) => hex(b, 0, 8) === '89504e470d0a1a0a' },
];

/** The accepted type of the file, or undefined: the extension and the content must agree. */
export function attachmentType(fileName: string, bytes: Uint8Array): string | undefined {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  return KINDS.find((k) => k.extensions.includes(extension) && k.starts(bytes))?.type;
}

export const ACCEPTED_EXTENSIONS = KINDS.flatMap((k) => k.extensions.map((e) => `.${e}`));

export async function addAttachment(db: Kysely<DB>, actor: Actor, topicId: string, file: File) {
  return db.transaction().execute(async (trx) => {
    // Who may attach is decided first: a stranger learns nothing about the topic from the file's checks.
    const access = await loadAccess(trx, actor, topicId);
    requirePreparer(access);
    requireAdoptedPlan(access);
    if (access.prep.status === 'final') throw new AppError('PREP_NOT_EDITABLE');
    if (file.size > ATTACHMENT_LIMITS.fileBytes)
      throw new AppError('VALIDATION_FAILED', { file: 'ATTACHMENT_TOO_LARGE' });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const fileName = cleanFileName(file.name);
    const type = attachmentType(fileName, bytes);
    if (!type) throw new AppError('VALIDATION_FAILED', { file: 'ATTACHMENT_TYPE' });
    const used = await store.sumAttachmentBytes(trx, topicId);
    if (
      Number(used.count) >= ATTACHMENT_LIMITS.files ||
      Number(used.bytes ?? 0) + bytes.length > ATTACHMENT_LIMITS.topicBytes
    )
      throw new AppError('ATTACHMENT_LIMIT');
    const row: DB['topic_attachment'] = {
      id: newId(),
      topic_id: topicId,
      file_name: fileName,
      content_type: type,
      size_bytes: bytes.length,
      content: bytes,
      uploaded_by: actor.personId,
      created_at: nowIso(),
    };
    await store.insertAttachment(trx, row);
    await recordAudit(trx, actor, {
      action: 'topic.attach',
      entityType: 'topic_attachment',
      entityId: row.id,
      unitId: access.topic.cell_id,
      after: { fileName, type, size: bytes.length },
    });
    return row.id;
  });
}

export async function getAttachment(db: Kysely<DB>, actor: Actor, topicId: string, attachmentId: string) {
  const access = await loadAccess(db, actor, topicId);
  const row = await store.findAttachment(db, topicId, attachmentId);
  if (!row || !attachmentsVisible(access)) throw new AppError('NOT_FOUND');
  return row;
}

/**
 * Attachments belong to the draft: like it, they reach members (and the committee) only once a draft has
 * been approved and sent; before that only the preparers and the cell's approvers see them.
 */
export function attachmentsVisible(access: TopicAccess): boolean {
  return access.isInsider || access.prep.distributed_at !== null || access.prep.draft2_approved_at !== null;
}

export async function removeAttachment(db: Kysely<DB>, actor: Actor, topicId: string, attachmentId: string) {
  await db.transaction().execute(async (trx) => {
    const access = await loadAccess(trx, actor, topicId);
    const row = await store.findAttachment(trx, topicId, attachmentId);
    if (!row) throw new AppError('NOT_FOUND');
    requirePreparer(access);
    if (access.prep.status === 'final') throw new AppError('PREP_NOT_EDITABLE');
    await store.deleteAttachment(trx, attachmentId);
    await recordAudit(trx, actor, {
      action: 'topic.detach',
      entityType: 'topic_attachment',
      entityId: attachmentId,
      unitId: access.topic.cell_id,
      before: { fileName: row.file_name, type: row.content_type, size: row.size_bytes },
    });
  });
}

/** The name without a path or control characters, at most 200 characters (keeping the extension). */
export function cleanFileName(name: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .replace(/\p{Cc}/gu, '')
    .normalize('NFC')
    .trim();
  if (base.length <= 200) return base || 'tep-dinh-kem';
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 ? base.slice(dot) : '';
  return base.slice(0, 200 - extension.length) + extension;
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

function hex(bytes: Uint8Array, from: number, to: number): string {
  return Buffer.from(bytes.subarray(from, to)).toString('hex');
}
