/**
 * The meeting console's outbox (*practice*: members carry phones into meeting rooms with a weak signal,
 * issue 18): what the record's keeper does while the network is down is kept on the device, in the order it
 * was done, and sent when the network returns. Nothing is dropped silently: a change the server refuses stays,
 * with the server's reason, until the person discards it (or sends it again).
 *
 * Pure: the list is a value; the web keeps it in localStorage per meeting and per signed-in person.
 */
export interface OutboxFailure {
  code: string;
  message: string;
}

export interface OutboxEntry<Op> {
  /** Increasing within one outbox: the order the changes were made in. */
  seq: number;
  op: Op;
  /**
   * Changes with the same key replace one another while waiting (a member's attendance, the conclusion, a
   * speech's note: each request carries the whole new value). Creations have none: each is its own row.
   */
  key: string | null;
  queuedAt: string;
  /** Set when the server refused it: kept, shown, never sent again on its own. */
  failure: OutboxFailure | null;
}

/** What sending one change came to. */
export type SendOutcome =
  | { result: 'sent' }
  /** The network is down (or the server is not answering): stop, keep it and everything after it. */
  | { result: 'offline' }
  /** The server answered with a refusal (a 409 such as "the meeting has ended", a 403, a 404). */
  | { result: 'refused'; failure: OutboxFailure };

export function enqueue<Op>(
  entries: readonly OutboxEntry<Op>[],
  op: Op,
  key: string | null,
  queuedAt: string,
): OutboxEntry<Op>[] {
  const seq = entries.reduce((max, e) => Math.max(max, e.seq), 0) + 1;
  // A waiting change of the same thing is superseded (its request carried the whole value); a refused one
  // stays for the person to see.
  const kept = key === null ? entries : entries.filter((e) => e.key !== key || e.failure !== null);
  return [...kept, { seq, op, key, queuedAt, failure: null }];
}

/** The changes still to send, in order. */
export function waiting<Op>(entries: readonly OutboxEntry<Op>[]): OutboxEntry<Op>[] {
  return entries.filter((e) => e.failure === null);
}

export function refused<Op>(entries: readonly OutboxEntry<Op>[]): OutboxEntry<Op>[] {
  return entries.filter((e) => e.failure !== null);
}

/** The outcome of sending entry `seq`, applied to the list as it is now (more may have been queued meanwhile). */
export function settle<Op>(
  entries: readonly OutboxEntry<Op>[],
  seq: number,
  outcome: SendOutcome,
): OutboxEntry<Op>[] {
  if (outcome.result === 'offline') return [...entries];
  if (outcome.result === 'sent') return entries.filter((e) => e.seq !== seq);
  return entries.map((e) => (e.seq === seq ? { ...e, failure: outcome.failure } : e));
}

/** The person gives up a refused (or waiting) change. */
export function discard<Op>(entries: readonly OutboxEntry<Op>[], seq: number): OutboxEntry<Op>[] {
  return entries.filter((e) => e.seq !== seq);
}

/** The person sends a refused change again: it waits in its place. */
export function retry<Op>(entries: readonly OutboxEntry<Op>[], seq: number): OutboxEntry<Op>[] {
  return entries.map((e) => (e.seq === seq ? { ...e, failure: null } : e));
}

/**
 * Sends the waiting changes one after the other, in order. `load` and `save` read and write the stored list
 * (read again after every send: the person may go on recording meanwhile). Stops at the first change the
 * network did not carry; a refused change is marked and the next one goes on.
 */
export async function replay<Op>(
  load: () => OutboxEntry<Op>[],
  save: (entries: OutboxEntry<Op>[]) => void,
  send: (op: Op) => Promise<SendOutcome>,
): Promise<{ sent: number; refused: number; offline: boolean }> {
  const tally = { sent: 0, refused: 0, offline: false };
  const tried = new Set<number>();
  for (;;) {
    const next = waiting(load()).find((e) => !tried.has(e.seq));
    if (!next) return tally;
    tried.add(next.seq);
    const outcome = await send(next.op);
    save(settle(load(), next.seq, outcome));
    if (outcome.result === 'offline') return { ...tally, offline: true };
    if (outcome.result === 'sent') tally.sent++;
    else tally.refused++;
  }
}

/** Reads a stored outbox back; anything unreadable is an empty outbox rather than a broken console. */
export function parseOutbox<Op>(text: string | null): OutboxEntry<Op>[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (e): e is OutboxEntry<Op> =>
        typeof e === 'object' &&
        e !== null &&
        typeof (e as OutboxEntry<Op>).seq === 'number' &&
        typeof (e as OutboxEntry<Op>).op === 'object',
    );
  } catch {
    return [];
  }
}
