import { describe, expect, it } from 'vitest';
import {
  discard,
  enqueue,
  type OutboxEntry,
  parseOutbox,
  refused,
  replay,
  retry,
  type SendOutcome,
  waiting,
} from './outbox.ts';

type Op = { kind: string; value: string };
const AT = '2026-12-06T08:00:00.000Z';

function build(...ops: [Op, string | null][]) {
  let entries: OutboxEntry<Op>[] = [];
  for (const [op, key] of ops) entries = enqueue(entries, op, key, AT);
  return entries;
}

/** A stored list the replay reads and writes, as localStorage would. */
function storage(initial: OutboxEntry<Op>[]) {
  let stored = initial;
  return {
    load: () => stored,
    save: (next: OutboxEntry<Op>[]) => {
      stored = next;
    },
    get: () => stored,
  };
}

describe('the console outbox', () => {
  it('keeps changes in the order they were made, each with a new sequence number', () => {
    const entries = build(
      [{ kind: 'attendance', value: 'A present' }, 'attendance:A'],
      [{ kind: 'speech', value: 's1' }, null],
      [{ kind: 'task', value: 't1' }, null],
    );
    expect(entries.map((e) => e.op.value)).toEqual(['A present', 's1', 't1']);
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(entries.every((e) => e.failure === null && e.queuedAt === AT)).toBe(true);
  });

  it('replaces a waiting change of the same thing, moving it to the end; creations are never merged', () => {
    const entries = build(
      [{ kind: 'attendance', value: 'A present' }, 'attendance:A'],
      [{ kind: 'speech', value: 's1' }, null],
      [{ kind: 'speech', value: 's1' }, null],
      [{ kind: 'attendance', value: 'A absent' }, 'attendance:A'],
    );
    expect(entries.map((e) => e.op.value)).toEqual(['s1', 's1', 'A absent']);
    expect(entries.map((e) => e.seq)).toEqual([2, 3, 4]);
  });

  it('sends in order, removes what was sent and stops at the first change the network did not carry', async () => {
    const store = storage(
      build(
        [{ kind: 'a', value: '1' }, null],
        [{ kind: 'a', value: '2' }, null],
        [{ kind: 'a', value: '3' }, null],
      ),
    );
    const sent: string[] = [];
    const outcomes: SendOutcome[] = [{ result: 'sent' }, { result: 'offline' }];
    const tally = await replay(store.load, store.save, async (op) => {
      sent.push(op.value);
      return outcomes.shift() ?? { result: 'sent' };
    });
    expect(sent).toEqual(['1', '2']);
    expect(tally).toEqual({ sent: 1, refused: 0, offline: true });
    expect(store.get().map((e) => e.op.value)).toEqual(['2', '3']);

    // The network is back: the rest goes, in order, and the outbox is empty.
    const again = await replay(store.load, store.save, async (op) => {
      sent.push(op.value);
      return { result: 'sent' };
    });
    expect(sent).toEqual(['1', '2', '2', '3']);
    expect(again).toEqual({ sent: 2, refused: 0, offline: false });
    expect(store.get()).toEqual([]);
  });

  it('keeps a refused change with the server’s reason, goes on with the next, and never resends it on its own', async () => {
    const store = storage(build([{ kind: 'a', value: 'late' }, null], [{ kind: 'a', value: 'fine' }, null]));
    const failure = { code: 'MEETING_NOT_LIVE', message: 'Buổi sinh hoạt chưa bắt đầu hoặc đã kết thúc' };
    const calls: string[] = [];
    const tally = await replay(store.load, store.save, async (op) => {
      calls.push(op.value);
      return op.value === 'late' ? { result: 'refused', failure } : { result: 'sent' };
    });
    expect(tally).toEqual({ sent: 1, refused: 1, offline: false });
    expect(store.get()).toMatchObject([{ op: { value: 'late' }, failure }]);
    expect(waiting(store.get())).toEqual([]);
    expect(refused(store.get())).toHaveLength(1);
    await replay(store.load, store.save, async (op) => {
      calls.push(op.value);
      return { result: 'sent' };
    });
    expect(calls).toEqual(['late', 'fine']);

    // A new change of the same thing does not hide the refused one.
    const later = enqueue(store.get(), { kind: 'a', value: 'newer' }, null, AT);
    expect(later.map((e) => e.op.value)).toEqual(['late', 'newer']);
  });

  it('sends what is queued while a replay runs, after what was there before', async () => {
    const store = storage(build([{ kind: 'a', value: '1' }, null]));
    const calls: string[] = [];
    await replay(store.load, store.save, async (op) => {
      calls.push(op.value);
      if (op.value === '1') store.save(enqueue(store.get(), { kind: 'a', value: '2' }, null, AT));
      return { result: 'sent' };
    });
    expect(calls).toEqual(['1', '2']);
    expect(store.get()).toEqual([]);
  });

  it('lets the person discard a refused change or send it again', () => {
    let entries = build([{ kind: 'a', value: '1' }, null], [{ kind: 'a', value: '2' }, null]);
    entries = entries.map((e) => (e.seq === 1 ? { ...e, failure: { code: 'X', message: 'Không' } } : e));
    expect(waiting(retry(entries, 1)).map((e) => e.seq)).toEqual([1, 2]);
    expect(discard(entries, 1).map((e) => e.seq)).toEqual([2]);
    // A new change always comes after every change still in the outbox.
    expect(enqueue(discard(entries, 2), { kind: 'a', value: '3' }, null, AT).at(-1)?.seq).toBe(2);
    expect(enqueue(entries, { kind: 'a', value: '3' }, null, AT).at(-1)?.seq).toBe(3);
  });

  it('reads back what it stored, and an unreadable store as empty', () => {
    const entries = build([{ kind: 'a', value: '1' }, 'k']);
    expect(parseOutbox<Op>(JSON.stringify(entries))).toEqual(entries);
    expect(parseOutbox(null)).toEqual([]);
    expect(parseOutbox('{not json')).toEqual([]);
    expect(parseOutbox('{"seq":1}')).toEqual([]);
    expect(parseOutbox('[1, {"seq": "x"}]')).toEqual([]);
  });
});
