import type { Actor } from '#domain/authz/policy.ts';
import type { SessionInfo } from '../http/context.ts';
import { onResync, publishRemote, receiveRemote } from '../live/bridge.ts';

/**
 * Who a session is, kept in memory between requests (*practice*, issue 20: each signed-in request ran three
 * statements to learn it). An entry lives at most `TTL_MS` and only for the Vietnamese day it was loaded on
 * (roles start and end on days), never past its session's expiry, and the map holds at most `CAPACITY`
 * sessions (least recently used dropped first).
 *
 * Every write that changes what an actor holds calls one of the invalidations in the same call (the stores of
 * sessions, accounts, people and roles do it): logout, password change or reset, lock, locale, a role given or
 * ended, a person's status or unit changed (transfer). Because the write's transaction may not have committed
 * yet (PostgreSQL: another connection still reads the old rows), what was invalidated is not cached again for
 * `QUIET_MS`: requests in that window read the database each time, so the cache never serves a row older than
 * the write. Other app instances on the same PostgreSQL hear each invalidation through the live bridge
 * (live/bridge.ts): see docs/ARCHITECTURE.md ("Per-request cost").
 */
export const TTL_MS = 5_000;
export const QUIET_MS = 5_000;
const CAPACITY = 10_000;

export interface SessionActor {
  session: SessionInfo;
  actor: Actor;
  locale: 'vi' | 'en';
  expiresAt: string;
}

interface Entry {
  value: SessionActor;
  storedAt: number;
  day: string;
  /** The session's expiry, parsed once. */
  expiresMs: number;
}

const entries = new Map<string, Entry>();
/** When each session / user / person was last invalidated (ms), kept for QUIET_MS. */
const invalidatedAt = new Map<string, number>();
let everythingInvalidatedAt = Number.NEGATIVE_INFINITY;

const sessionKey = (id: string) => `s:${id}`;
const userKey = (id: string) => `u:${id}`;
const personKey = (id: string) => `p:${id}`;

/** The cached actor of a session, if still fresh on `day` at `nowMs`. */
export function cachedSessionActor(sessionId: string, nowMs: number, day: string): SessionActor | undefined {
  const entry = entries.get(sessionId);
  if (!entry) return undefined;
  if (nowMs - entry.storedAt >= TTL_MS || entry.day !== day || entry.expiresMs <= nowMs) {
    entries.delete(sessionId);
    return undefined;
  }
  entries.delete(sessionId);
  entries.set(sessionId, entry);
  return entry.value;
}

/**
 * Keeps a loaded actor, unless its session, user or person was invalidated since `loadStartedMs` or within
 * the last QUIET_MS (a write that may not be visible to every reader yet).
 */
export function rememberSessionActor(value: SessionActor, loadStartedMs: number, nowMs: number, day: string) {
  const since = Math.min(loadStartedMs, nowMs - QUIET_MS);
  const keys = [sessionKey(value.session.id), userKey(value.actor.userId)];
  if (value.actor.personId) keys.push(personKey(value.actor.personId));
  if (everythingInvalidatedAt >= since) return;
  if (keys.some((k) => (invalidatedAt.get(k) ?? Number.NEGATIVE_INFINITY) >= since)) return;
  entries.set(value.session.id, { value, storedAt: nowMs, day, expiresMs: Date.parse(value.expiresAt) });
  if (entries.size > CAPACITY) {
    const oldest = entries.keys().next().value;
    if (oldest !== undefined) entries.delete(oldest);
  }
}

function mark(key: string) {
  const now = Date.now();
  invalidatedAt.delete(key);
  invalidatedAt.set(key, now);
  // Oldest marks first: drop those past the quiet window.
  for (const [k, at] of invalidatedAt) {
    if (at >= now - QUIET_MS) break;
    invalidatedAt.delete(k);
  }
}

type Scope = 'session' | 'user' | 'person' | 'all';

/** Forgets, in this process, what one invalidation names. */
function forget(scope: Scope, id: string): void {
  if (scope === 'all') {
    everythingInvalidatedAt = Date.now();
    entries.clear();
    return;
  }
  if (scope === 'session') {
    mark(sessionKey(id));
    entries.delete(id);
    return;
  }
  mark(scope === 'user' ? userKey(id) : personKey(id));
  for (const [sessionId, entry] of entries) {
    const holder = scope === 'user' ? entry.value.actor.userId : entry.value.actor.personId;
    if (holder === id) entries.delete(sessionId);
  }
}

/** Here at once, and in the other app instances on the same PostgreSQL through the live bridge. */
function invalidate(scope: Scope, id: string): void {
  forget(scope, id);
  publishRemote({ bus: 'actor', key: `${scope}:${id}` });
}

receiveRemote('actor', (event) => {
  const at = event.key.indexOf(':');
  const scope = event.key.slice(0, at);
  if (scope === 'session' || scope === 'user' || scope === 'person' || scope === 'all')
    forget(scope, event.key.slice(at + 1));
});

// The bridge was cut for a while: an invalidation may have been missed, so nothing cached is trusted.
onResync(() => forget('all', ''));

/** A session ended (logout). */
export function invalidateSession(sessionId: string): void {
  invalidate('session', sessionId);
}

/** An account changed (password, lock, locale, its sessions ended): every session of the user. */
export function invalidateUser(userId: string): void {
  invalidate('user', userId);
}

/** A person's roles, status or unit changed: every session of their account. */
export function invalidateActor(personId: string): void {
  invalidate('person', personId);
}

/** Writes whose people are not known one by one (expired sessions swept, a restore): forget everything. */
export function invalidateAllActors(): void {
  invalidate('all', '');
}
