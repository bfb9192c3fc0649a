import { describe, expect, it } from 'vitest';
import { afterFailure, MAX_ATTEMPTS, MAX_RETRY_MS, retryDelayMs } from './backoff.ts';
import { EMAIL_BY_DEFAULT, isNotificationKind, NOTIFICATION_KINDS, wantsEmail } from './kinds.ts';

describe('retry backoff', () => {
  it('doubles from one minute and stops at six hours', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(20)).toBe(MAX_RETRY_MS);
  });
  it('gives up after the last attempt', () => {
    const now = new Date('2026-05-01T00:00:00Z');
    expect(afterFailure(1, now)).toEqual({ giveUp: false, nextAttemptAt: new Date('2026-05-01T00:01:00Z') });
    expect(afterFailure(MAX_ATTEMPTS, now)).toEqual({ giveUp: true });
  });
});

describe('notification kinds', () => {
  it('is a closed list', () => {
    expect(isNotificationKind('plan_returned')).toBe(true);
    expect(isNotificationKind('anything')).toBe(false);
    expect(Object.keys(EMAIL_BY_DEFAULT).sort()).toEqual([...NOTIFICATION_KINDS].sort());
  });
  it("follows the person's choice over the default", () => {
    expect(wantsEmail('plan_returned', new Map())).toBe(true);
    expect(wantsEmail('plan_returned', new Map([['plan_returned', false]]))).toBe(false);
    expect(wantsEmail('report_issued', new Map([['report_issued', true]]))).toBe(true);
  });
});
