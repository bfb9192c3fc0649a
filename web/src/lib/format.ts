// Dates: local dates travel as 'YYYY-MM-DD' and show as dd/mm/yyyy; instants show in Vietnam time.
import type { TFunction } from '../i18n/runtime.ts';

const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  return `${match[3]}/${match[2]}/${match[1]}`;
}

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An ISO instant as 'dd/mm/yyyy HH:mm' in Asia/Ho_Chi_Minh. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(dateTimeParts.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/** Today's local date in Vietnam, as 'YYYY-MM-DD' (the value a date input holds). */
export function todayLocalDate(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());
}

/** A role's name; a committee's `committee_member` is a đảng ủy viên, a cell's a chi ủy viên. */
export const roleLabel = (t: TFunction, role: string, unitKind?: string) =>
  role === 'committee_member' && unitKind === 'committee'
    ? t('roles.committee_member_of_committee')
    : t(`roles.${role}`, { defaultValue: role });
export const statusLabel = (t: TFunction, status: string) =>
  t(`statuses.${status}`, { defaultValue: status });
export const kindLabel = (t: TFunction, kind: string) => t(`kinds.${kind}`, { defaultValue: kind });
export const genderLabel = (t: TFunction, gender: string | null) =>
  gender ? t(`genders.${gender}`, { defaultValue: gender }) : '—';

/** Vietnamese-aware name ordering. */
export const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
