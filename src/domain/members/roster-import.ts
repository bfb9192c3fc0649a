/**
 * Roster import (issue 18): a cell's roster kept in Excel or CSV, read into rows, each row checked and
 * matched against the people already recorded. Pure: the server reads the file and the database, this module
 * decides what every row means (new person, update, unchanged, error) and why.
 *
 * The columns are the member profile of the national app "Sổ tay đảng viên điện tử" (Quy định 339-QĐ/TW,
 * DOMAIN.md "What members already use"): full name, date of birth, gender, party card number, date of joining
 * the Party, date of becoming official — plus status, role in the cell, phone and e-mail.
 */
import { addMonths, isLocalDate, type LocalDate } from '../dates/local-date.ts';
import { parseTypedDate } from '../dates/typed-date.ts';
import { foldText } from '../text/fold.ts';
import { canChangeStatus, type MemberStatus } from './member-status.ts';

export const ROSTER_FIELDS = [
  'fullName',
  'birthDate',
  'gender',
  'cardNumber',
  'joinedOn',
  'officialOn',
  'status',
  'role',
  'phone',
  'email',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** The template's headers, in its column order, and the other spellings accepted (folded: no tones, lower case). */
export const ROSTER_COLUMNS: Record<
  RosterField,
  { header: string; aliases: readonly string[]; required: boolean }
> = {
  fullName: { header: 'Họ và tên', aliases: ['ho ten', 'ho va ten dang vien'], required: true },
  birthDate: { header: 'Ngày sinh', aliases: ['ngay thang nam sinh'], required: false },
  gender: { header: 'Giới tính', aliases: [], required: false },
  cardNumber: { header: 'Số thẻ đảng viên', aliases: ['so the', 'so the dang'], required: true },
  joinedOn: { header: 'Ngày vào Đảng', aliases: ['ngay ket nap', 'ngay ket nap dang'], required: true },
  officialOn: { header: 'Ngày chính thức', aliases: ['ngay vao dang chinh thuc'], required: true },
  status: { header: 'Trạng thái', aliases: [], required: true },
  role: { header: 'Chức vụ', aliases: ['chuc vu trong chi bo', 'chuc danh'], required: false },
  phone: { header: 'Điện thoại', aliases: ['so dien thoai', 'dien thoai di dong'], required: false },
  email: { header: 'Email', aliases: ['e-mail', 'thu dien tu'], required: false },
};

/**
 * At most this many data rows in one file (*practice*): a cell's roster is tens of members, a large one a few
 * hundred; a file beyond this is refused as a whole with a clear message, before any row is checked.
 */
export const MAX_ROSTER_ROWS = 1000;
/** The upload's size limit: a 1,000-row roster is well under 200 kB as .xlsx or .csv (*practice*). */
export const MAX_ROSTER_BYTES = 2 * 1024 * 1024;

/** A cell's value as read from the file: text, a number, a date (Excel date cells), or a formula (refused). */
export type RawCell = string | number | Date | boolean | null | { formula: string };

/** Folds a header: no tones, lower case, without a trailing "(*)" or "*" and the punctuation around words. */
export function foldHeader(text: string): string {
  return foldText(text)
    .replace(/\(\s*\*\s*\)|\*/g, '')
    .replace(/[:.]+$/g, '')
    .trim();
}

export type HeaderIssue =
  | { code: 'ROSTER_IMPORT_MISSING_COLUMN'; columns: string[] }
  | { code: 'ROSTER_IMPORT_DUPLICATE_COLUMN'; columns: string[] };

/** Which column index holds which field; unknown columns are ignored (and named, so the preview can say so). */
export function matchHeaders(
  headers: readonly string[],
):
  | { ok: true; columns: Partial<Record<RosterField, number>>; ignored: string[] }
  | { ok: false; issue: HeaderIssue } {
  const columns: Partial<Record<RosterField, number>> = {};
  const ignored: string[] = [];
  const duplicates: string[] = [];
  headers.forEach((text, index) => {
    const folded = foldHeader(text);
    if (folded === '') return;
    const field = ROSTER_FIELDS.find((f) => {
      const c = ROSTER_COLUMNS[f];
      return foldHeader(c.header) === folded || c.aliases.includes(folded);
    });
    if (!field) {
      ignored.push(text.trim());
      return;
    }
    if (columns[field] !== undefined) duplicates.push(ROSTER_COLUMNS[field].header);
    else columns[field] = index;
  });
  if (duplicates.length > 0)
    return { ok: false, issue: { code: 'ROSTER_IMPORT_DUPLICATE_COLUMN', columns: duplicates } };
  const missing = ROSTER_FIELDS.filter((f) => ROSTER_COLUMNS[f].required && columns[f] === undefined);
  if (missing.length > 0) {
    return {
      ok: false,
      issue: { code: 'ROSTER_IMPORT_MISSING_COLUMN', columns: missing.map((f) => ROSTER_COLUMNS[f].header) },
    };
  }
  return { ok: true, columns, ignored };
}

/**
 * A small RFC 4180 reader: fields separated by commas (or by semicolons when the header line has semicolons and
 * no comma — Excel's CSV in a Vietnamese locale), quoted fields with doubled quotes and line breaks inside,
 * CRLF or LF line ends. The text arrives already decoded (UTF-8, the BOM removed by the caller).
 */
export function readCsv(text: string): { ok: true; rows: string[][] } | { ok: false } {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const separator = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      i += 1;
    } else if (ch === separator) {
      row.push(field);
      field = '';
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i += 1;
    }
  }
  if (quoted) return { ok: false };
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { ok: true, rows };
}

export type RowIssueCode =
  | 'ROSTER_FORMULA'
  | 'ROSTER_TEXT_INVALID'
  | 'ROSTER_REQUIRED'
  | 'ROSTER_TOO_LONG'
  | 'ROSTER_DATE_FORMAT'
  | 'ROSTER_DATE_NO_SUCH_DAY'
  | 'ROSTER_DATE_FUTURE'
  | 'ROSTER_JOINED_TOO_YOUNG'
  | 'ROSTER_OFFICIAL_BEFORE_PROBATION_ENDS'
  | 'ROSTER_PROBATIONARY_HAS_OFFICIAL'
  | 'ROSTER_GENDER'
  | 'ROSTER_STATUS'
  | 'ROSTER_ROLE'
  | 'ROSTER_CARD_FORMAT'
  | 'ROSTER_CARD_DUPLICATE'
  | 'ROSTER_CARD_OTHER_UNIT'
  | 'ROSTER_PERSON_LEFT'
  | 'ROSTER_PHONE'
  | 'ROSTER_EMAIL'
  | 'ROSTER_STATUS_CHANGE'
  | 'ROSTER_STATUS_DATE_BEFORE_CURRENT'
  | 'ROSTER_ROLE_NOT_OFFICIAL'
  | 'ROSTER_ROLE_HELD'
  | 'ROSTER_ROLE_TWICE'
  | 'ROSTER_ROLE_NOT_ALLOWED';

export interface RowIssue {
  field: RosterField;
  code: RowIssueCode;
}

export type CellRole = 'secretary' | 'deputy' | 'committee_member';

export interface RosterValues {
  fullName: string;
  birthDate: LocalDate | null;
  gender: 'male' | 'female' | null;
  cardNumber: string | null;
  joinedOn: LocalDate | null;
  officialOn: LocalDate | null;
  status: 'official' | 'probationary' | 'exempt' | null;
  role: CellRole | null;
  phone: string | null;
  email: string | null;
}

const STATUS_WORDS: Record<string, RosterValues['status']> = {
  'chinh thuc': 'official',
  'dang vien chinh thuc': 'official',
  'du bi': 'probationary',
  'dang vien du bi': 'probationary',
  'mien sinh hoat': 'exempt',
  'mien sinh hoat dang': 'exempt',
  'mien sinh hoat, cong tac': 'exempt',
  'mien cong tac va sinh hoat dang': 'exempt',
};
const ROLE_WORDS: Record<string, CellRole | null> = {
  'bi thu': 'secretary',
  'bi thu chi bo': 'secretary',
  'pho bi thu': 'deputy',
  'pho bi thu chi bo': 'deputy',
  'chi uy vien': 'committee_member',
  'uy vien': 'committee_member',
  'cap uy vien': 'committee_member',
  'dang vien': null,
};
const GENDER_WORDS: Record<string, 'male' | 'female'> = { nam: 'male', nu: 'female' };

/** Excel's day 0 is 30 December 1899 (its 1900 leap-year bug is behind day 60, long before any member). */
function excelSerialToDate(serial: number): LocalDate | null {
  if (!Number.isInteger(serial) || serial < 1 || serial > 2_958_465) return null;
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

function cellText(value: RawCell): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') return '';
  return String(value).trim();
}

type DateRead = { ok: true; date: LocalDate | null } | { ok: false; code: RowIssueCode };

/**
 * A date cell: an Excel date (read as the calendar day it shows), an Excel day number, or text "dd/mm/yyyy"
 * (one-digit day and month allowed, "." or "-" as separators) or ISO "yyyy-mm-dd"; "2024-13-01" and
 * "31/02/2020" are refused — the house's typed-date rule (dates/typed-date.ts).
 */
export function readDate(value: RawCell): DateRead {
  if (value === null || value === '') return { ok: true, date: null };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, code: 'ROSTER_DATE_FORMAT' };
    // exceljs gives a date cell as midnight UTC of the day Excel shows.
    return { ok: true, date: value.toISOString().slice(0, 10) };
  }
  if (typeof value === 'number') {
    const date = excelSerialToDate(value);
    return date ? { ok: true, date } : { ok: false, code: 'ROSTER_DATE_FORMAT' };
  }
  const text = cellText(value);
  if (text === '') return { ok: true, date: null };
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && !isLocalDate(text))
    return { ok: false, code: 'ROSTER_DATE_NO_SUCH_DAY' };
  const typed = parseTypedDate(text);
  if (typed.ok) return { ok: true, date: typed.date };
  return {
    ok: false,
    code: typed.issue === 'NO_SUCH_DAY' ? 'ROSTER_DATE_NO_SUCH_DAY' : 'ROSTER_DATE_FORMAT',
  };
}

/**
 * Party card numbers (*practice*): the digits printed on the card, 6 to 12 of them; spaces, dots and dashes
 * written between groups are dropped ("79.012 345" → "79012345"). A number written by Excel as a number keeps
 * its digits (leading zeros are lost by Excel itself, which is why the template's column is text).
 */
export function normaliseCardNumber(text: string): string | null {
  const compact = text.replace(/[\s.-]/g, '');
  return /^\d{6,12}$/.test(compact) ? compact : null;
}

/**
 * Vietnamese phone numbers (*practice*): 0 followed by 9 or 10 digits (mobile numbers have 10 digits since 2018,
 * landlines 11 with the area code), or the same after +84; spaces, dots, dashes and brackets are dropped.
 */
export function normalisePhone(text: string): string | null {
  const compact = text.replace(/[\s.()-]/g, '');
  return /^(0|\+84)\d{9,10}$/.test(compact) ? compact : null;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const isUnstorable = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text);
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** One row of the file checked on its own: every field's value, or the issues found, field by field. */
export function readRow(
  cells: Partial<Record<RosterField, RawCell>>,
  today: LocalDate,
): { values: RosterValues; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const values: RosterValues = {
    fullName: '',
    birthDate: null,
    gender: null,
    cardNumber: null,
    joinedOn: null,
    officialOn: null,
    status: null,
    role: null,
    phone: null,
    email: null,
  };
  const formulaFree = (field: RosterField): RawCell => {
    const v = cells[field] ?? null;
    if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
      issues.push({ field, code: 'ROSTER_FORMULA' });
      return null;
    }
    return v;
  };
  // NUL and lone surrogates cannot be stored (the house's text guard refuses them in JSON bodies; a file is read here).
  const text = (field: RosterField) => {
    const value = cellText(formulaFree(field));
    if (!isUnstorable(value)) return value;
    issues.push({ field, code: 'ROSTER_TEXT_INVALID' });
    return '';
  };

  const name = text('fullName').replace(/\s+/g, ' ');
  if (name === '' && !issues.some((i) => i.field === 'fullName'))
    issues.push({ field: 'fullName', code: 'ROSTER_REQUIRED' });
  else if (name.length > 120) issues.push({ field: 'fullName', code: 'ROSTER_TOO_LONG' });
  values.fullName = name;

  for (const field of ['birthDate', 'joinedOn', 'officialOn'] as const) {
    const read = readDate(formulaFree(field));
    if (!read.ok) issues.push({ field, code: read.code });
    else if (read.date && read.date > today) issues.push({ field, code: 'ROSTER_DATE_FUTURE' });
    else values[field] = read.date;
  }

  const gender = text('gender');
  if (gender !== '') {
    const g = GENDER_WORDS[foldText(gender)];
    if (g) values.gender = g;
    else issues.push({ field: 'gender', code: 'ROSTER_GENDER' });
  }

  const status = text('status');
  const s = STATUS_WORDS[foldText(status)];
  if (status === '' && !issues.some((i) => i.field === 'status'))
    issues.push({ field: 'status', code: 'ROSTER_REQUIRED' });
  else if (status !== '' && !s) issues.push({ field: 'status', code: 'ROSTER_STATUS' });
  else values.status = s ?? null;

  const role = text('role');
  if (role !== '') {
    const folded = foldText(role);
    if (folded in ROLE_WORDS) values.role = ROLE_WORDS[folded] ?? null;
    else issues.push({ field: 'role', code: 'ROSTER_ROLE' });
  }

  const card = text('cardNumber');
  if (card !== '') {
    const n = normaliseCardNumber(card);
    if (n) values.cardNumber = n;
    else issues.push({ field: 'cardNumber', code: 'ROSTER_CARD_FORMAT' });
  } else if (values.status !== 'probationary' && !issues.some((i) => i.field === 'cardNumber')) {
    // The card is handed out when a member becomes official (*practice*): a probationary member may have none.
    issues.push({ field: 'cardNumber', code: 'ROSTER_REQUIRED' });
  }

  const phone = text('phone');
  if (phone !== '') {
    const p = normalisePhone(phone);
    if (p) values.phone = p;
    else issues.push({ field: 'phone', code: 'ROSTER_PHONE' });
  }
  const email = text('email');
  if (email !== '') {
    if (EMAIL.test(email) && email.length <= 200) values.email = email.toLowerCase();
    else issues.push({ field: 'email', code: 'ROSTER_EMAIL' });
  }

  const dateIssue = (field: RosterField) => issues.some((i) => i.field === field);
  // Probation is dated from admission (Party Charter, Art. 5): a probationary member needs the date joined and
  // has no date official yet; an official member — and an exempt one, who is an official member relieved of
  // meetings (DOMAIN.md) — needs the date official.
  if (values.status === 'probationary') {
    if (!values.joinedOn && !dateIssue('joinedOn'))
      issues.push({ field: 'joinedOn', code: 'ROSTER_REQUIRED' });
    if (values.officialOn) issues.push({ field: 'officialOn', code: 'ROSTER_PROBATIONARY_HAS_OFFICIAL' });
  } else if (values.status && !values.officialOn && !dateIssue('officialOn')) {
    issues.push({ field: 'officialOn', code: 'ROSTER_REQUIRED' });
  }
  // "Thời kỳ dự bị mười hai tháng" (Party Charter, Art. 5): official no earlier than 12 months after joining.
  if (values.joinedOn && values.officialOn && values.officialOn < addMonths(values.joinedOn, 12)) {
    issues.push({ field: 'officialOn', code: 'ROSTER_OFFICIAL_BEFORE_PROBATION_ENDS' });
  }
  // Admission is for "công dân Việt Nam từ mười tám tuổi trở lên" (Party Charter, Art. 1).
  if (values.birthDate && values.joinedOn && values.joinedOn < addMonths(values.birthDate, 18 * 12)) {
    issues.push({ field: 'joinedOn', code: 'ROSTER_JOINED_TOO_YOUNG' });
  }
  return { values, issues };
}

/** A person already recorded whom a row may match, as the planner needs them. */
export interface KnownPerson {
  id: string;
  unitId: string;
  fullName: string;
  birthDate: string | null;
  gender: 'male' | 'female' | null;
  cardNumber: string | null;
  joinedOn: string | null;
  officialOn: string | null;
  phone: string | null;
  email: string | null;
  status: MemberStatus;
  /** The day the current status (or period) began: a status change cannot be dated before it. */
  since: string;
}

export interface ImportContext {
  cellId: string;
  today: LocalDate;
  /** Everyone recorded whose card number appears in the file (in any unit), and the cell's own people. */
  people: readonly KnownPerson[];
  /** The cell's open roles: who holds what today. */
  roles: readonly { personId: string; role: CellRole; fullName: string }[];
  /** May the importer hand out cell roles (roles.manage on the cell: the officers above)? */
  mayAssignRoles: boolean;
}

export type ProfileField =
  | 'fullName'
  | 'birthDate'
  | 'gender'
  | 'joinedOn'
  | 'officialOn'
  | 'phone'
  | 'email';
/** What an update changes: profile fields, and the card number of a person who had none. */
export type RosterChange = ProfileField | 'cardNumber';
const PROFILE_FIELDS: readonly ProfileField[] = [
  'fullName',
  'birthDate',
  'gender',
  'joinedOn',
  'officialOn',
  'phone',
  'email',
];

export interface PlannedRow {
  /** The row's number in the spreadsheet (1 is the header row when it is the first line). */
  line: number;
  outcome: 'new' | 'update' | 'unchanged' | 'error';
  values: RosterValues;
  issues: RowIssue[];
  /** For an update: the person, the profile fields that change, the status change and its day. */
  personId: string | null;
  changes: RosterChange[];
  statusChange: { from: MemberStatus; to: MemberStatus; on: LocalDate } | null;
  /** A role the row gives the person from today; null when none or already held. */
  assignRole: CellRole | null;
}

/**
 * Decides every row: matched by party card number (*practice*: the card number identifies a member across the
 * country, QĐ 339-QĐ/TW's profile); a person of this cell without a card (a probationary member) is matched by
 * name and birth date, and gets the card number when the file gives one. A card of a person in ANOTHER unit is an error, never a silent move (transfers have their own flow);
 * a card twice in the file is an error on both rows. An empty cell never erases what is recorded.
 *
 * Status: a matched person's status changes only along the allowed steps (member-status.ts): probationary →
 * official on the file's date official; official ↔ exempt from today. Roles (cell posts are elected; the
 * committee above records them — policy `roles.manage`): a role the person already holds is kept; an empty
 * role column ends nothing; a secretary or deputy post held by someone else is an error (the import never
 * replaces an elected holder: that is done under "Chức danh"); a role given to a probationary member is an
 * error (Party Charter, Art. 3 — cell posts are for official members); a new role needs the importer to be
 * allowed to assign roles, otherwise the row is an error saying so.
 */
export function planImport(
  rows: readonly { line: number; values: RosterValues; issues: RowIssue[] }[],
  ctx: ImportContext,
): PlannedRow[] {
  const cardCount = new Map<string, number>();
  for (const r of rows) {
    if (r.values.cardNumber)
      cardCount.set(r.values.cardNumber, (cardCount.get(r.values.cardNumber) ?? 0) + 1);
  }
  const roleCount = new Map<CellRole, number>();
  for (const r of rows) {
    if (r.values.role === 'secretary' || r.values.role === 'deputy')
      roleCount.set(r.values.role, (roleCount.get(r.values.role) ?? 0) + 1);
  }
  const byCard = new Map(ctx.people.filter((p) => p.cardNumber).map((p) => [p.cardNumber as string, p]));
  const matchedIds = new Set<string>();

  return rows.map((r): PlannedRow => {
    const issues = [...r.issues];
    const v = r.values;
    const planned: PlannedRow = {
      line: r.line,
      outcome: 'error',
      values: v,
      issues,
      personId: null,
      changes: [],
      statusChange: null,
      assignRole: null,
    };
    if (v.cardNumber && (cardCount.get(v.cardNumber) ?? 0) > 1)
      issues.push({ field: 'cardNumber', code: 'ROSTER_CARD_DUPLICATE' });
    if (v.role && (roleCount.get(v.role) ?? 0) > 1) issues.push({ field: 'role', code: 'ROSTER_ROLE_TWICE' });

    let person: KnownPerson | undefined;
    if (v.cardNumber) person = byCard.get(v.cardNumber);
    // No card recorded yet (a probationary member, or one whose card came since): the cell's person of the same
    // name and birth date who has no card.
    if (!person && v.fullName && v.birthDate) {
      const name = foldText(v.fullName);
      person = ctx.people.find(
        (p) =>
          p.unitId === ctx.cellId &&
          !p.cardNumber &&
          p.birthDate === v.birthDate &&
          foldText(p.fullName) === name &&
          !matchedIds.has(p.id),
      );
    }
    if (person) {
      matchedIds.add(person.id);
      if (person.unitId !== ctx.cellId) issues.push({ field: 'cardNumber', code: 'ROSTER_CARD_OTHER_UNIT' });
      else if (person.status === 'transferred_out' || person.status === 'staff')
        issues.push({ field: 'status', code: 'ROSTER_PERSON_LEFT' });
    }
    const local = person && person.unitId === ctx.cellId ? person : undefined;

    if (
      local &&
      v.status &&
      v.status !== local.status &&
      local.status !== 'transferred_out' &&
      local.status !== 'staff'
    ) {
      if (!canChangeStatus(local.status, v.status))
        issues.push({ field: 'status', code: 'ROSTER_STATUS_CHANGE' });
      else {
        const on = local.status === 'probationary' && v.officialOn ? v.officialOn : ctx.today;
        if (on < local.since) issues.push({ field: 'officialOn', code: 'ROSTER_STATUS_DATE_BEFORE_CURRENT' });
        else planned.statusChange = { from: local.status, to: v.status, on };
      }
    }

    if (v.role) {
      const holdsIt = local ? ctx.roles.some((x) => x.personId === local.id && x.role === v.role) : false;
      if (!holdsIt) {
        const other = ctx.roles.find((x) => x.role === v.role && x.personId !== local?.id);
        if (v.status !== 'official') issues.push({ field: 'role', code: 'ROSTER_ROLE_NOT_OFFICIAL' });
        else if (other && (v.role === 'secretary' || v.role === 'deputy'))
          issues.push({ field: 'role', code: 'ROSTER_ROLE_HELD' });
        else if (!ctx.mayAssignRoles) issues.push({ field: 'role', code: 'ROSTER_ROLE_NOT_ALLOWED' });
        else planned.assignRole = v.role;
      }
    }

    if (issues.length > 0) {
      planned.statusChange = null;
      planned.assignRole = null;
      return planned;
    }
    if (!local) return { ...planned, outcome: 'new' };
    const changes: RosterChange[] = PROFILE_FIELDS.filter((f) => v[f] !== null && v[f] !== local[f]);
    if (v.cardNumber && !local.cardNumber) changes.push('cardNumber');
    const changed = changes.length > 0 || planned.statusChange !== null || planned.assignRole !== null;
    return { ...planned, personId: local.id, changes, outcome: changed ? 'update' : 'unchanged' };
  });
}

/** Which role holder a row's role error is about (for the message "chi bộ đã có bí thư: …"). */
export function roleHolderName(ctx: ImportContext, role: CellRole): string | null {
  return ctx.roles.find((r) => r.role === role)?.fullName ?? null;
}
