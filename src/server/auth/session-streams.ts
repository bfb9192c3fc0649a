import type { Kysely } from 'kysely';
import { nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import { findLiveSession, findSessionExpiry } from './store.ts';

/**
 * Every open event stream (a meeting's console, the bell) lives only as long as the session that opened it:
 * it ends at logout, when the session expires, when the session is ended another way (checked every
 * minute), and when the server shuts down.
 */
interface HeldStream {
  sessionId: string | null;
  end: () => void;
}

const held = new Set<HeldStream>();
const RECHECK_MS = 60_000;
/** setTimeout's limit: a later expiry is re-armed by the minute's check anyway. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Registers a stream; `end` closes it (idempotent). Returns the function the stream calls when it closes
 * on its own (the client went away), which forgets it.
 */
export async function holdStreamForSession(
  db: Kysely<DB>,
  sessionId: string | null,
  end: () => void,
): Promise<() => void> {
  const timers: NodeJS.Timeout[] = [];
  const entry: HeldStream = {
    sessionId,
    end: () => {
      release();
      end();
    },
  };
  const release = () => {
    for (const timer of timers) clearTimeout(timer);
    held.delete(entry);
  };
  held.add(entry);
  if (sessionId) {
    const expiresAt = await findSessionExpiry(db, sessionId);
    if (!expiresAt) {
      entry.end();
      return release;
    }
    const ms = Math.max(0, Date.parse(expiresAt) - Date.now());
    if (ms < MAX_TIMER_MS) timers.push(setTimeout(entry.end, ms));
    const recheck = setInterval(() => {
      findLiveSession(db, sessionId, nowIso())
        .then((live) => {
          if (!live) entry.end();
        })
        .catch(() => {});
    }, RECHECK_MS);
    timers.push(recheck);
  }
  return release;
}

/** At logout: the session's streams end now. */
export function endStreamsOfSession(sessionId: string): void {
  for (const entry of [...held]) if (entry.sessionId === sessionId) entry.end();
}

/** At shutdown: every stream ends so that the server can close. Returns how many there were. */
export function endAllStreams(): number {
  const count = held.size;
  for (const entry of [...held]) entry.end();
  return count;
}
