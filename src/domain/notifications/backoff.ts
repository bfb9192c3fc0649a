/**
 * When a failed e-mail is tried again (*practice*): exponential backoff from one minute, doubling each
 * attempt, capped at six hours; after `MAX_ATTEMPTS` the row is given up (status `failed`) and shows in the log.
 */
export const FIRST_RETRY_MS = 60_000;
export const MAX_RETRY_MS = 6 * 3600_000;
export const MAX_ATTEMPTS = 10;

/** The delay before the next attempt, after `attempts` failed ones (1 = the first failed). */
export function retryDelayMs(attempts: number): number {
  const n = Math.max(1, Math.floor(attempts));
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (n - 1));
}

export type AfterFailure = { giveUp: true } | { giveUp: false; nextAttemptAt: Date };

export function afterFailure(attempts: number, now: Date): AfterFailure {
  if (attempts >= MAX_ATTEMPTS) return { giveUp: true };
  return { giveUp: false, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) };
}
