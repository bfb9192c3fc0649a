import type { ErrorCode } from './messages.ts';

export type HttpStatus = 400 | 401 | 403 | 404 | 409 | 429 | 500 | 503;

const STATUS_BY_CODE: Partial<Record<ErrorCode, HttpStatus>> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  PREP_NOT_PREPARER: 403,
  PREP_NOT_APPROVER: 403,
  RESOLUTION_NOT_SECRETARY: 403,
  PREP_NOT_A_READER: 403,
  TASK_NOT_OWNER: 403,
  ACCOUNT_DISABLED: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  ACCOUNT_BEYOND_REACH: 403,
  PASSWORD_TOO_SHORT: 400,
  PASSWORD_CONTAINS_USERNAME: 400,
  PASSWORD_TOO_COMMON: 400,
  PASSWORD_SAME_AS_CURRENT: 400,
  CURRENT_PASSWORD_WRONG: 400,
  NOT_FOUND: 404,
  ROSTER_IMPORT_NO_FILE: 400,
  ROSTER_IMPORT_TOO_LARGE: 400,
  ROSTER_IMPORT_NOT_SPREADSHEET: 400,
  ROSTER_IMPORT_OLD_XLS: 400,
  ROSTER_IMPORT_NOT_UTF8: 400,
  ROSTER_IMPORT_BAD_CSV: 400,
  ROSTER_IMPORT_EMPTY: 400,
  ROSTER_IMPORT_TOO_MANY_ROWS: 400,
  ROSTER_IMPORT_MISSING_COLUMN: 400,
  ROSTER_IMPORT_DUPLICATE_COLUMN: 400,
  TOO_MANY_ATTEMPTS: 429,
  INTERNAL: 500,
  DATABASE_UNAVAILABLE: 503,
};

/**
 * The one error type services and routes throw. It carries a code, never an HTTP response; the error
 * middleware maps codes to statuses (409 for any rule refusal not listed above) and localises the message.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fields?: Record<string, ErrorCode>,
    /** For 429: seconds until the next attempt is allowed (the Retry-After header and the message's {wait}). */
    readonly retryAfterSeconds?: number,
    /** Values the message names, e.g. the missing columns of an imported file ("Thiếu cột bắt buộc: {columns}"). */
    readonly params?: Record<string, string>,
  ) {
    super(code);
    this.name = 'AppError';
  }

  get status(): HttpStatus {
    return STATUS_BY_CODE[this.code] ?? 409;
  }
}

export const notFound = () => new AppError('NOT_FOUND');
export const forbidden = () => new AppError('FORBIDDEN');
