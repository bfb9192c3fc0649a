import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  cachedSessionActor,
  invalidateActor,
  invalidateAllActors,
  QUIET_MS,
  rememberSessionActor,
  type SessionActor,
  TTL_MS,
} from './actor-cache.ts';

const T0 = Date.parse('2026-12-01T03:00:00.000Z');
const DAY = '2026-12-01';

function entry(sessionId: string, personId = `p-${sessionId}`): SessionActor {
  return {
    session: { id: sessionId, csrfToken: 'c', mustChangePassword: false },
    actor: { userId: `u-${sessionId}`, personId, isAdmin: false, grants: [] },
    locale: 'vi',
    expiresAt: '2026-12-08T03:00:00.000Z',
  };
}

afterEach(() => {
  vi.useRealTimers();
  invalidateAllActors();
});

describe('the actor cache', () => {
  it('serves an entry for TTL_MS on the same day, then forgets it', () => {
    vi.useFakeTimers({ now: T0 - QUIET_MS - 1 });
    invalidateAllActors();
    vi.setSystemTime(T0);
    rememberSessionActor(entry('a'), T0, T0, DAY);
    expect(cachedSessionActor('a', T0 + TTL_MS - 1, DAY)?.actor.userId).toBe('u-a');
    expect(cachedSessionActor('a', T0 + TTL_MS, DAY)).toBeUndefined();
  });

  it('does not serve an entry on another day, nor past its session’s expiry', () => {
    vi.useFakeTimers({ now: T0 - QUIET_MS - 1 });
    invalidateAllActors();
    vi.setSystemTime(T0);
    rememberSessionActor(entry('b'), T0, T0, DAY);
    expect(cachedSessionActor('b', T0 + 1, '2026-12-02')).toBeUndefined();
    rememberSessionActor({ ...entry('c'), expiresAt: new Date(T0 + 1000).toISOString() }, T0, T0, DAY);
    expect(cachedSessionActor('c', T0 + 999, DAY)).toBeDefined();
    expect(cachedSessionActor('c', T0 + 1000, DAY)).toBeUndefined();
  });

  it('drops a person’s entries when invalidated and caches them again only after the quiet window', () => {
    vi.useFakeTimers({ now: T0 - QUIET_MS - 1 });
    invalidateAllActors();
    vi.setSystemTime(T0);
    rememberSessionActor(entry('d', 'person-1'), T0, T0, DAY);
    rememberSessionActor(entry('e', 'person-2'), T0, T0, DAY);
    invalidateActor('person-1');
    expect(cachedSessionActor('d', T0, DAY)).toBeUndefined();
    expect(cachedSessionActor('e', T0, DAY)).toBeDefined();
    // A load in the quiet window (the write may not be committed yet) is not kept.
    rememberSessionActor(entry('d', 'person-1'), T0 + 10, T0 + 20, DAY);
    expect(cachedSessionActor('d', T0 + 30, DAY)).toBeUndefined();
    const later = T0 + QUIET_MS + 1;
    vi.setSystemTime(later);
    rememberSessionActor(entry('d', 'person-1'), later, later, DAY);
    expect(cachedSessionActor('d', later, DAY)).toBeDefined();
  });

  it('does not keep a load that began before an invalidation of its person', () => {
    vi.useFakeTimers({ now: T0 });
    invalidateAllActors();
    const later = T0 + 10 * QUIET_MS;
    vi.setSystemTime(later);
    invalidateActor('person-3');
    rememberSessionActor(entry('f', 'person-3'), later - 1, later + QUIET_MS + 1, DAY);
    expect(cachedSessionActor('f', later + QUIET_MS + 2, DAY)).toBeUndefined();
  });
});
