import { describe, expect, it } from 'vitest';
import {
  LOGIN_THROTTLE,
  type LoginFailures,
  nextAttemptAt,
  pairDelayMs,
  secondsUntil,
} from './login-throttle.ts';

const now = new Date('2026-12-06T10:00:00.000Z');
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
/** n failures, one a second, the newest `newestMsAgo` before now (newest first). */
const series = (n: number, newestMsAgo = 0) =>
  Array.from({ length: n }, (_, i) => ago(newestMsAgo + i * 1000));
const none: LoginFailures = { pair: [], address: [], username: [] };

describe('pairDelayMs', () => {
  it('lets the first four failures go, then doubles from 30 seconds to a one-hour cap', () => {
    expect([0, 1, 2, 3, 4].map(pairDelayMs)).toEqual([0, 0, 0, 0, 0]);
    expect([5, 6, 7, 8].map(pairDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(pairDelayMs(12)).toBe(LOGIN_THROTTLE.pair.maxDelayMs);
    expect(pairDelayMs(1000)).toBe(LOGIN_THROTTLE.pair.maxDelayMs);
  });
});

describe('nextAttemptAt', () => {
  it('allows an attempt with no failures or only free ones', () => {
    expect(nextAttemptAt(none, now)).toBeNull();
    expect(nextAttemptAt({ ...none, pair: series(4) }, now)).toBeNull();
  });

  it('makes the pair wait after its fifth failure, counted from the newest one', () => {
    const at = nextAttemptAt({ ...none, pair: series(5, 10_000) }, now);
    expect(at?.toISOString()).toBe(new Date(now.getTime() + 20_000).toISOString());
    expect(nextAttemptAt({ ...none, pair: series(5, 31_000) }, now)).toBeNull();
  });

  it('grows the wait with each further failure', () => {
    const sixth = nextAttemptAt({ ...none, pair: series(6) }, now);
    const seventh = nextAttemptAt({ ...none, pair: series(7) }, now);
    expect(sixth && secondsUntil(sixth, now)).toBe(60);
    expect(seventh && secondsUntil(seventh, now)).toBe(120);
  });

  it('forgets pair failures older than a day', () => {
    expect(nextAttemptAt({ ...none, pair: series(30, 25 * 3600_000) }, now)).toBeNull();
  });

  it('blocks an address after 50 failures in 15 minutes until the oldest counted leaves the window', () => {
    const address = series(50, 60_000); // newest a minute ago, oldest 49 s before that
    const at = nextAttemptAt({ ...none, address }, now);
    expect(at?.getTime()).toBe(Date.parse(address[49] ?? '') + 15 * 60_000);
    expect(nextAttemptAt({ ...none, address: series(49) }, now)).toBeNull();
  });

  it('locks a username for everyone only at 200 failures in an hour, not at the pair threshold', () => {
    expect(nextAttemptAt({ ...none, username: series(199) }, now)).toBeNull();
    const at = nextAttemptAt({ ...none, username: series(200) }, now);
    expect(at && at > now).toBe(true);
  });

  it('answers the latest of several limits', () => {
    const at = nextAttemptAt({ pair: series(5), address: series(50), username: [] }, now);
    expect(at?.getTime()).toBe(Date.parse(series(50)[49] ?? '') + 15 * 60_000);
  });
});
