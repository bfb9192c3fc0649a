import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { newId, nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import { uniqueViolationAs } from '#db/unique-violation.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import {
  type CellRole,
  type ImportContext,
  MAX_ROSTER_BYTES,
  type PlannedRow,
  planImport,
  ROSTER_COLUMNS,
  type RosterField,
  readRow,
} from '#domain/members/roster-import.ts';
import { foldText } from '#domain/text/fold.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { authorize } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import { type Locale, message } from '../../http/messages.ts';
import * as members from '../members/index.ts';
import { getUnit } from '../orgs/index.ts';
import * as roles from '../roles/index.ts';
import * as store from './store.ts';
import { RosterFileError, type RosterSheet, readRosterFile } from './workbook.ts';

type Q = Kysely<DB> | Transaction<DB>;

/** Another write took a card number between the plan and the insert (PostgreSQL): the preview no longer holds. */
const raced = uniqueViolationAs(() => new AppError('ROSTER_IMPORT_STALE'));

const CELL_ROLES: readonly CellRole[] = ['secretary', 'deputy', 'committee_member'];
const ROLE_TEXT: Record<CellRole, string> = {
  secretary: 'Bí thư',
  deputy: 'Phó bí thư',
  committee_member: 'Chi ủy viên',
};

async function checkCell(db: Q, actor: Actor, cellId: string) {
  const chain = await authorize(db, actor, 'members.import', cellId);
  const unit = await getUnit(db, cellId);
  if (unit.kind !== 'cell') throw new AppError('ROSTER_IMPORT_CELL_ONLY');
  return chain;
}

/** The template is for those who may import into the cell. */
export async function checkTemplateAccess(db: Kysely<DB>, actor: Actor, cellId: string): Promise<void> {
  await checkCell(db, actor, cellId);
}

/** The uploaded file's bytes: a file is required, at most MAX_ROSTER_BYTES. */
async function uploadedBytes(file: unknown): Promise<Uint8Array> {
  if (!(file instanceof File)) throw new RosterFileError('ROSTER_IMPORT_NO_FILE');
  if (file.size > MAX_ROSTER_BYTES) throw new RosterFileError('ROSTER_IMPORT_TOO_LARGE', { size: '2 MB' });
  return new Uint8Array(await file.arrayBuffer());
}

/** Reads the cell and the people the file names, and plans every row (domain/members/roster-import.ts). */
async function plan(db: Q, actor: Actor, cellId: string, chain: string[], sheet: RosterSheet) {
  const today = todayInVietnam();
  const read = sheet.rows.map((r) => ({ line: r.line, ...readRow(r.cells, today) }));
  const cards = [...new Set(read.flatMap((r) => (r.values.cardNumber ? [r.values.cardNumber] : [])))];
  const people = await store.peopleForImport(db, cellId, cards);
  const held = await roles.listRolesOfUnit(db, cellId, false);
  const ctx: ImportContext = {
    cellId,
    today,
    people: people.map((p) => ({
      id: p.id,
      unitId: p.unit_id,
      fullName: p.full_name,
      birthDate: p.birth_date,
      gender: p.gender,
      cardNumber: p.card_number,
      joinedOn: p.joined_on,
      officialOn: p.official_on,
      phone: p.phone,
      email: p.email,
      status: p.status,
      since:
        p.period_started_on && p.period_started_on > p.status_since ? p.period_started_on : p.status_since,
    })),
    roles: held
      .filter((r) => r.started_on <= today && CELL_ROLES.includes(r.role as CellRole))
      .map((r) => ({ personId: r.person_id, role: r.role as CellRole, fullName: r.person_name })),
    mayAssignRoles: isAllowed(actor, 'roles.manage', chain),
  };
  const rows = planImport(read, ctx);
  // The token is the plan itself: the confirmation recomputes it and refuses if anything would come out otherwise.
  const token = createHash('sha256').update(JSON.stringify({ cellId, rows })).digest('base64url');
  return { rows, token, ctx };
}

export interface RosterPreview {
  token: string;
  format: RosterSheet['format'];
  sheetName: string | null;
  ignoredSheets: string[];
  ignoredColumns: string[];
  counts: Record<PlannedRow['outcome'], number>;
  rows: (PlannedRow & { errors: { field: RosterField; column: string; code: string; message: string }[] })[];
}

function countOutcomes(rows: readonly PlannedRow[]): RosterPreview['counts'] {
  const counts = { new: 0, update: 0, unchanged: 0, error: 0 };
  for (const r of rows) counts[r.outcome] += 1;
  return counts;
}

export async function previewImport(
  db: Kysely<DB>,
  actor: Actor,
  cellId: string,
  file: unknown,
  locale: Locale,
): Promise<RosterPreview> {
  const chain = await checkCell(db, actor, cellId);
  const sheet = await readRosterFile(await uploadedBytes(file));
  const { rows, token, ctx } = await plan(db, actor, cellId, chain, sheet);
  return {
    token,
    format: sheet.format,
    sheetName: sheet.sheetName,
    ignoredSheets: sheet.ignoredSheets,
    ignoredColumns: sheet.ignoredColumns,
    counts: countOutcomes(rows),
    rows: rows.map((r) => ({
      ...r,
      errors: r.issues.map((i) => {
        const column = ROSTER_COLUMNS[i.field].header;
        const role = r.values.role;
        const holder = role ? (ctx.roles.find((x) => x.role === role)?.fullName ?? '') : '';
        return { field: i.field, column, code: i.code, message: message(i.code, locale, { column, holder }) };
      }),
    })),
  };
}

export interface RosterImportSummary {
  created: number;
  updated: number;
  unchanged: number;
  statusChanges: number;
  rolesAssigned: number;
}

/**
 * Writes the previewed plan in one transaction: the file is read and every row planned again against the roster
 * as it is now; if the plan differs from the preview's (the token), or any row is an error, nothing is written.
 */
export async function confirmImport(
  db: Kysely<DB>,
  actor: Actor,
  cellId: string,
  file: unknown,
  token: string,
): Promise<RosterImportSummary> {
  await checkCell(db, actor, cellId);
  const sheet = await readRosterFile(await uploadedBytes(file));
  return db.transaction().execute(async (trx) => {
    const chain = await checkCell(trx, actor, cellId);
    const planned = await plan(trx, actor, cellId, chain, sheet);
    if (planned.rows.some((r) => r.outcome === 'error')) throw new AppError('ROSTER_IMPORT_HAS_ERRORS');
    if (planned.token !== token) throw new AppError('ROSTER_IMPORT_STALE');
    const today = todayInVietnam();
    const now = nowIso();
    const summary: RosterImportSummary = {
      created: 0,
      updated: 0,
      unchanged: 0,
      statusChanges: 0,
      rolesAssigned: 0,
    };
    const created: string[] = [];
    const updated: { id: string; changes: string[] }[] = [];
    for (const r of planned.rows) {
      const v = r.values;
      let personId = r.personId;
      if (r.outcome === 'unchanged') {
        summary.unchanged += 1;
        continue;
      }
      if (r.outcome === 'new') {
        const status = v.status ?? 'official';
        const since = (status === 'probationary' ? v.joinedOn : v.officialOn) ?? today;
        personId = newId();
        await members
          .insertPerson(trx, {
            id: personId,
            full_name: v.fullName,
            name_folded: foldText(v.fullName),
            gender: v.gender,
            birth_date: v.birthDate,
            phone: v.phone,
            email: v.email,
            unit_id: cellId,
            group_id: null,
            status,
            status_since: since,
            joined_on: v.joinedOn,
            official_on: v.officialOn,
            card_number: v.cardNumber,
            created_at: now,
            updated_at: now,
          })
          .catch(raced);
        await members.openPeriod(trx, {
          id: newId(),
          person_id: personId,
          unit_id: cellId,
          status,
          started_on: since,
          ended_on: null,
          note: 'Nhập từ danh sách',
          recorded_by: actor.userId,
          recorded_at: now,
        });
        created.push(personId);
        summary.created += 1;
      } else if (personId) {
        const patch: Partial<DB['person']> = { updated_at: now };
        for (const f of r.changes) {
          if (f === 'fullName') {
            patch.full_name = v.fullName;
            patch.name_folded = foldText(v.fullName);
          } else if (f === 'birthDate') patch.birth_date = v.birthDate;
          else if (f === 'gender') patch.gender = v.gender;
          else if (f === 'joinedOn') patch.joined_on = v.joinedOn;
          else if (f === 'officialOn') patch.official_on = v.officialOn;
          else if (f === 'phone') patch.phone = v.phone;
          else if (f === 'email') patch.email = v.email;
          else if (f === 'cardNumber') patch.card_number = v.cardNumber;
        }
        if (r.statusChange) {
          patch.status = r.statusChange.to;
          patch.status_since = r.statusChange.on;
          await members.closeOpenPeriod(trx, personId, r.statusChange.on);
          await members.openPeriod(trx, {
            id: newId(),
            person_id: personId,
            unit_id: cellId,
            status: r.statusChange.to,
            started_on: r.statusChange.on,
            ended_on: null,
            note: 'Nhập từ danh sách',
            recorded_by: actor.userId,
            recorded_at: now,
          });
          summary.statusChanges += 1;
        }
        await members.updatePerson(trx, personId, patch).catch(raced);
        updated.push({ id: personId, changes: [...r.changes, ...(r.statusChange ? ['status'] : [])] });
        summary.updated += 1;
      }
      if (r.assignRole && personId) {
        await roles.insertRole(trx, {
          id: newId(),
          person_id: personId,
          unit_id: cellId,
          role: r.assignRole,
          started_on: today,
          ended_on: null,
          created_by: actor.userId,
          created_at: now,
        });
        summary.rolesAssigned += 1;
      }
    }
    await recordAudit(trx, actor, {
      action: 'members.import',
      entityType: 'org_unit',
      entityId: cellId,
      unitId: cellId,
      after: {
        format: sheet.format,
        rows: planned.rows.length,
        ...summary,
        created,
        updated,
        roles: planned.rows
          .filter((r) => r.assignRole)
          .map((r) => ({ cardNumber: r.values.cardNumber, role: ROLE_TEXT[r.assignRole as CellRole] })),
      },
    });
    return summary;
  });
}
