// Server-side messages, in the user's language, one file an area under messages/. Codes are stable; wording
// lives only there and in web/src/i18n.

import { ACCOUNT_MESSAGES } from './messages/accounts.ts';
import { COMMENDATION_MESSAGES } from './messages/commendations.ts';
import { COMMITTEE_REPORT_MESSAGES } from './messages/committee-reports.ts';
import { FOLLOW_UP_MESSAGES } from './messages/follow-up.ts';
import { GENERAL_MESSAGES } from './messages/general.ts';
import { INSPECTION_MESSAGES } from './messages/inspections.ts';
import { MEETING_MESSAGES } from './messages/meetings.ts';
import type { Locale } from './messages/message-table.ts';
import { MODEL_MEETING_MESSAGES } from './messages/model-meetings.ts';
import { NOTIFICATION_MESSAGES } from './messages/notifications.ts';
import { NUMBERING_MESSAGES } from './messages/numbering.ts';
import { OVERSIGHT_MESSAGES } from './messages/oversight.ts';
import { PEOPLE_MESSAGES } from './messages/people.ts';
import { PLAN_MESSAGES } from './messages/plans.ts';
import { PREPARATION_MESSAGES } from './messages/preparation.ts';
import { QUALITY_MESSAGES } from './messages/quality.ts';
import { ROBUSTNESS_MESSAGES } from './messages/robustness.ts';
import { ROSTER_IMPORT_MESSAGES } from './messages/roster-import.ts';
import { SUPPORT_MESSAGES } from './messages/support.ts';
import { YEAR_REVIEW_MESSAGES } from './messages/year-review.ts';

export type { Locale };

export const MESSAGES = {
  ...GENERAL_MESSAGES,
  ...PEOPLE_MESSAGES,
  ...PLAN_MESSAGES,
  ...PREPARATION_MESSAGES,
  ...MEETING_MESSAGES,
  ...FOLLOW_UP_MESSAGES,
  ...NOTIFICATION_MESSAGES,
  ...OVERSIGHT_MESSAGES,
  ...COMMITTEE_REPORT_MESSAGES,
  ...SUPPORT_MESSAGES,
  ...COMMENDATION_MESSAGES,
  ...NUMBERING_MESSAGES,
  ...MODEL_MEETING_MESSAGES,
  ...INSPECTION_MESSAGES,
  ...QUALITY_MESSAGES,
  ...YEAR_REVIEW_MESSAGES,
  ...ACCOUNT_MESSAGES,
  ...ROBUSTNESS_MESSAGES,
  ...ROSTER_IMPORT_MESSAGES,
};

export type ErrorCode = keyof typeof MESSAGES;

/** The code's wording; `{name}` placeholders take the given values ("thử lại sau {wait}"). */
export function message(code: ErrorCode, locale: Locale, params?: Record<string, string>): string {
  const text: string = MESSAGES[code][locale];
  return params ? text.replace(/\{(\w+)\}/g, (all, name: string) => params[name] ?? all) : text;
}
