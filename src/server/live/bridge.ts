import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { loadPg } from '#db/connection.ts';

/**
 * Live events between app instances that share one PostgreSQL (issue 20: several instances behind no sticky
 * sessions). Each in-process bus (meetings/live.ts: a meeting changed; notifications/live.ts: a person has new
 * notifications; auth/actor-cache.ts: who a session is changed) delivers to its own subscribers at once and hands
 * the event here; the bridge sends it with
 * `pg_notify` and every other instance, LISTENing on one dedicated connection, delivers it to its subscribers.
 * An instance skips its own events (it delivered them already). Without a bridge (SQLite, one process) this
 * module does nothing.
 *
 * What is not carried: events sent while an instance's listening connection is down (a database restart). The
 * connection is opened again with a back-off; pages catch up on their own — the bell reloads on the stream's
 * `ready`, a console reloads the meeting when its stream reconnects or when the user acts — and the actor cache
 * is emptied (`onResync`), since an invalidation may have been missed.
 */
export type LiveBus = 'meeting' | 'person' | 'actor';

export interface LiveEvent {
  bus: LiveBus;
  key: string;
  ids?: readonly string[];
}

const CHANNEL = 'chuyen_de_live';
const receivers = new Map<LiveBus, (event: LiveEvent) => void>();
let send: ((event: LiveEvent) => void) | null = null;

/** A bus registers how an event from another instance reaches its subscribers. */
export function receiveRemote(bus: LiveBus, deliver: (event: LiveEvent) => void): void {
  receivers.set(bus, deliver);
}

const resyncs: (() => void)[] = [];

/** What to do when the listening connection is back after a loss: events of the gap were missed. */
export function onResync(resync: () => void): void {
  resyncs.push(resync);
}

/** A bus hands over an event it delivered locally; a no-op without a bridge. */
export function publishRemote(event: LiveEvent): void {
  send?.(event);
}

/** Parses what arrived on the channel; anything malformed is dropped (another version, a stray NOTIFY). */
export function parseLiveMessage(payload: string | undefined): (LiveEvent & { origin: string }) | null {
  try {
    const m = JSON.parse(payload ?? '') as Record<string, unknown>;
    if (typeof m.origin !== 'string' || typeof m.key !== 'string') return null;
    if (m.bus !== 'meeting' && m.bus !== 'person' && m.bus !== 'actor') return null;
    const ids = Array.isArray(m.ids) && m.ids.every((id) => typeof id === 'string') ? m.ids : undefined;
    return { origin: m.origin, bus: m.bus, key: m.key, ...(ids ? { ids } : {}) };
  } catch {
    return null;
  }
}

/**
 * Starts the bridge on PostgreSQL: one listening connection (opened again after a loss) and one for sending.
 * Returns the stop function (shutdown, tests).
 */
export async function startLiveBridge(
  connectionString: string,
  log: (line: string) => void = (line) => console.warn(line),
): Promise<() => Promise<void>> {
  const origin = randomUUID();
  // pg is loaded only on PostgreSQL (db/connection.ts): the bridge starts only there.
  const { Pool, Client } = loadPg();
  const sender = new Pool({ connectionString, max: 1 });
  sender.on('error', (err) => log(`live bridge: sending connection closed: ${err.message}`));
  let listener: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;
  let backoff = 1_000;
  let lostOnce = false;

  const listen = async (): Promise<void> => {
    const client = new Client({ connectionString });
    client.on('notification', (message) => {
      const event = parseLiveMessage(message.payload);
      if (!event || event.origin === origin) return;
      receivers.get(event.bus)?.(event);
    });
    const lost = (why: string) => {
      if (stopped || listener !== client) return;
      listener = null;
      lostOnce = true;
      log(`live bridge: listening connection lost (${why}); opening it again`);
      void client.end().catch(() => {});
      scheduleRetry();
    };
    client.on('error', (err) => lost(err.message));
    client.on('end', () => lost('ended'));
    listener = client;
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    backoff = 1_000;
    if (lostOnce) for (const resync of resyncs) resync();
  };
  const scheduleRetry = () => {
    retry = setTimeout(() => {
      retry = null;
      listen().catch((err: Error) => {
        listener = null;
        log(`live bridge: cannot listen yet: ${err.message}`);
        backoff = Math.min(backoff * 2, 30_000);
        if (!stopped) scheduleRetry();
      });
    }, backoff);
    retry.unref();
  };

  await listen();
  send = (event) => {
    const payload = JSON.stringify({ origin, ...event });
    sender.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]).catch((err: Error) => {
      log(`live bridge: event not sent to other instances: ${err.message}`);
    });
  };
  return async () => {
    stopped = true;
    send = null;
    if (retry) clearTimeout(retry);
    await listener?.end().catch(() => {});
    await sender.end().catch(() => {});
  };
}
