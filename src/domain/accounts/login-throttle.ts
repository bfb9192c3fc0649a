/**
 * How wrong passwords slow down sign-in (practice, OWASP "Blocking brute force attacks" and NIST SP 800-63B
 * 5.2.2; issue 19 "Accounts"). A wrong guess must not let anyone lock someone else out, so the limits are:
 * - per (username, address) pair: a few free attempts, then a delay that doubles with each failure, capped;
 *   only this pair waits, the person at another address signs in as usual;
 * - per address overall: many failures from one address across any usernames (password spraying);
 * - per username from every address: a lock only at a much higher threshold (a distributed attack).
 * The answer says when the next attempt is allowed.
 */
export const LOGIN_THROTTLE = {
  pair: { windowMs: 24 * 3600_000, freeFailures: 4, firstDelayMs: 30_000, maxDelayMs: 60 * 60_000 },
  address: { windowMs: 15 * 60_000, maxFailures: 50 },
  username: { windowMs: 60 * 60_000, maxFailures: 200 },
} as const;

/** Failure instants (ISO) of each scope, newest first; each list needs at most its scope's limit + 1 rows. */
export interface LoginFailures {
  pair: readonly string[];
  address: readonly string[];
  username: readonly string[];
}

/** How many newest failures of each scope the rule looks at. */
export const FAILURES_NEEDED = {
  pair: 64,
  address: LOGIN_THROTTLE.address.maxFailures,
  username: LOGIN_THROTTLE.username.maxFailures,
} as const;

/** The delay the pair waits after its n-th failure within the window: 0 for the free ones, then doubling. */
export function pairDelayMs(failures: number): number {
  const { freeFailures, firstDelayMs, maxDelayMs } = LOGIN_THROTTLE.pair;
  if (failures <= freeFailures) return 0;
  const doublings = Math.min(failures - freeFailures - 1, 20);
  return Math.min(firstDelayMs * 2 ** doublings, maxDelayMs);
}

/** When the next attempt may be made, or null if it may be made now. */
export function nextAttemptAt(failures: LoginFailures, now: Date): Date | null {
  const t = now.getTime();
  const times: number[] = [];

  const { pair, address, username } = LOGIN_THROTTLE;
  const pairRecent = failures.pair.map(Date.parse).filter((at) => at > t - pair.windowMs);
  const newest = pairRecent[0];
  if (newest !== undefined) {
    const delay = pairDelayMs(pairRecent.length);
    if (delay > 0) times.push(newest + delay);
  }
  // A sliding window: the scope opens again when its oldest counted failure leaves the window.
  const windowEnd = (list: readonly string[], windowMs: number, max: number) => {
    const recent = list.map(Date.parse).filter((at) => at > t - windowMs);
    const oldestCounted = recent[max - 1];
    if (recent.length >= max && oldestCounted !== undefined) times.push(oldestCounted + windowMs);
  };
  windowEnd(failures.address, address.windowMs, address.maxFailures);
  windowEnd(failures.username, username.windowMs, username.maxFailures);

  const latest = Math.max(...times.filter((at) => at > t));
  return Number.isFinite(latest) ? new Date(latest) : null;
}

/** Seconds to wait, rounded up (the Retry-After header). */
export function secondsUntil(at: Date, now: Date): number {
  return Math.max(1, Math.ceil((at.getTime() - now.getTime()) / 1000));
}
