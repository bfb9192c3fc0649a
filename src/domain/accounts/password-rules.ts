import { dictionary } from '@zxcvbn-ts/language-common';
import { COMMON_PASSWORDS } from './common-passwords.ts';

/**
 * Rules a new password must meet when it is set (practice, NIST SP 800-63B and OWASP; issue 19 "Accounts"):
 * at least 10 characters, not containing the username, not one of the passwords people choose most often.
 * Logging in checks none of this: a password set before the rules keeps working until it is changed.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordProblem = 'too_short' | 'contains_username' | 'too_common';

/**
 * The maintained ranking of leaked passwords that zxcvbn-ts ships (about 49,000, lower case), and the Vietnamese
 * ones that list lacks ("matkhau", "anhyeuem"...), kept here.
 */
const COMMON = new Set([...dictionary['passwords-common'], ...COMMON_PASSWORDS]);
/** Digits, signs and spaces around a word: "Matkhau@2026" is "matkhau" with decoration. */
const DECORATION = /^[\d\s\p{P}\p{S}]+|[\d\s\p{P}\p{S}]+$/gu;

/** Why a password cannot be set, or null when it may. Characters are counted as the person sees them. */
export function passwordProblem(password: string, username: string): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'too_short';
  const lower = password.toLowerCase();
  const name = username.trim().toLowerCase();
  if (name.length > 0 && lower.includes(name)) return 'contains_username';
  if (isCommonPassword(lower)) return 'too_common';
  return null;
}

function isCommonPassword(lower: string): boolean {
  if (COMMON.has(lower)) return true;
  const core = lower.replace(DECORATION, '');
  // Only digits and signs ("1234567890", "!!!!!!!!!!") are as guessable as the list itself.
  if (core.length === 0) return COMMON.has(lower.replace(/\D/g, '')) || new Set(lower).size <= 2;
  // A common word repeated or decorated: "matkhaumatkhau", "password2026!".
  if (COMMON.has(core)) return true;
  const half = core.slice(0, core.length / 2);
  return core.length % 2 === 0 && half + half === core && COMMON.has(half);
}
