/**
 * The minutes (biên bản) of a meeting: drafted from the console, edited until the chair and the minute-taker
 * both sign (DOMAIN.md: "Minutes … signed by the chair and the minutes secretary"), then locked. A signed
 * text never changes: corrections are dated addenda after it.
 */
export const MINUTES_STATUSES = ['draft', 'signed_by_one', 'locked'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

export type Signer = 'chair' | 'minute_taker';

export interface Signatures {
  chair: boolean;
  minuteTaker: boolean;
}

export function minutesStatus(s: Signatures): MinutesStatus {
  if (s.chair && s.minuteTaker) return 'locked';
  return s.chair || s.minuteTaker ? 'signed_by_one' : 'draft';
}

/** The text may change only before anyone has signed it: a signature is given to a text, not to a draft. */
export function isMinutesEditable(s: Signatures): boolean {
  return minutesStatus(s) === 'draft';
}

/**
 * Who signs as what. One person may not sign twice: the chair and the minute-taker are two people (seed 000
 * appoints a minute-taker at the opening, distinct from the chair who conducts).
 */
export function signerRoles(
  personId: string,
  chairId: string | null,
  minuteTakerId: string | null,
): Signer[] {
  const roles: Signer[] = [];
  if (personId === chairId) roles.push('chair');
  if (personId === minuteTakerId) roles.push('minute_taker');
  return roles;
}

export type SignIssue = 'NOT_A_SIGNER' | 'ALREADY_SIGNED' | 'SAME_PERSON';

export function signIssue(
  personId: string,
  chairId: string | null,
  minuteTakerId: string | null,
  signatures: Signatures,
): SignIssue | undefined {
  if (chairId !== null && chairId === minuteTakerId) return 'SAME_PERSON';
  const roles = signerRoles(personId, chairId, minuteTakerId);
  if (roles.length === 0) return 'NOT_A_SIGNER';
  const pending = roles.filter((r) => (r === 'chair' ? !signatures.chair : !signatures.minuteTaker));
  return pending.length === 0 ? 'ALREADY_SIGNED' : undefined;
}
