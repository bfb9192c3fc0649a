import { addMonths, type LocalDate } from '../dates/local-date.ts';

export const MEMBER_STATUSES = ['official', 'probationary', 'exempt', 'transferred_out', 'staff'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** Statuses of party members; `staff` are non-member cán bộ, công chức, người lao động (seed 002). */
export const PARTY_STATUSES: readonly MemberStatus[] = [
  'official',
  'probationary',
  'exempt',
  'transferred_out',
];

// Allowed status changes. Probationary → official is the committee's decision after 12 months (Party
// Charter, Art. 5); nobody goes back to probationary; a member transferred out returns through a transfer.
const TRANSITIONS: Record<MemberStatus, readonly MemberStatus[]> = {
  probationary: ['official', 'transferred_out'],
  official: ['exempt', 'transferred_out'],
  exempt: ['official', 'transferred_out'],
  transferred_out: [],
  staff: [],
};

export function canChangeStatus(from: MemberStatus, to: MemberStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function allowedNextStatuses(from: MemberStatus): readonly MemberStatus[] {
  return TRANSITIONS[from];
}

/** Members who belong to the cell's life: they hold the "member" grant in their home unit. */
export function isActiveMember(status: MemberStatus): boolean {
  return status === 'official' || status === 'probationary' || status === 'exempt';
}

/** Probation lasts 12 months from admission (Party Charter, Art. 5): the roster shows when it is due. */
export function probationEndsOn(joinedOn: LocalDate): LocalDate {
  return addMonths(joinedOn, 12);
}
