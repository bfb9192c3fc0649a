import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { FakeClock } from '../../src/jobs/clock.ts';
import { createRunner, type Job } from '../../src/jobs/runner.ts';
import { leaseOf } from '../../src/jobs/store.ts';
import { createTestDatabase } from '../support/test-db.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/** A job that records who ran it when, and can be held open to overlap with another instance. */
function recordingJob(name: string, everyMs: number, runs: string[], hold?: Promise<void>): Job {
  return {
    name,
    everyMs,
    leaseMs: 5 * 60_000,
    async run({ now, holder }) {
      runs.push(`${holder}@${now.toISOString()}`);
      await hold;
    },
  };
}

describe('the jobs runner', () => {
  it('runs a job when it is due, every `everyMs` on the clock, not before', async () => {
    const clock = new FakeClock('2026-05-01T00:00:00Z');
    const runs: string[] = [];
    const runner = createRunner({
      db: database.db,
      clock,
      holder: 'one',
      jobs: [recordingJob('every-5', 300_000, runs)],
    });
    expect(await runner.tick()).toEqual({ 'every-5': 'ran' });
    clock.advance(240_000);
    expect(await runner.tick()).toEqual({ 'every-5': 'not_due' });
    clock.advance(60_000);
    expect(await runner.tick()).toEqual({ 'every-5': 'ran' });
    expect(runs).toEqual(['one@2026-05-01T00:00:00.000Z', 'one@2026-05-01T00:05:00.000Z']);
    expect((await leaseOf(database.db, 'every-5'))?.next_run_at).toBe('2026-05-01T00:10:00.000Z');
  });

  it('started, ticks on the clock by itself', async () => {
    const clock = new FakeClock('2026-05-01T00:00:00Z');
    const runs: string[] = [];
    const runner = createRunner({
      db: database.db,
      clock,
      holder: 'auto',
      pollMs: 30_000,
      jobs: [recordingJob('auto-1m', 60_000, runs)],
    });
    runner.start();
    await runner.tick();
    for (let i = 0; i < 4; i++) {
      clock.advance(30_000);
      await runner.tick();
    }
    await runner.stop();
    expect(runs).toEqual([
      'auto@2026-05-01T00:00:00.000Z',
      'auto@2026-05-01T00:01:00.000Z',
      'auto@2026-05-01T00:02:00.000Z',
    ]);
  });

  it('lets only one of several instances run a job at a time', async () => {
    const clock = new FakeClock('2026-05-01T00:00:00Z');
    const runs: string[] = [];
    let release: () => void = () => {};
    const hold = new Promise<void>((r) => {
      release = r;
    });
    const job = recordingJob('shared', 60_000, runs, hold);
    const a = createRunner({ db: database.db, clock, holder: 'a', jobs: [job] });
    const b = createRunner({ db: database.db, clock, holder: 'b', jobs: [job] });
    const running = a.tick();
    // While a holds the lease, b finds the job taken.
    await new Promise((r) => setTimeout(r, 50));
    expect(await b.tick()).toEqual({ shared: 'not_due' });
    release();
    expect(await running).toEqual({ shared: 'ran' });
    expect(runs).toEqual(['a@2026-05-01T00:00:00.000Z']);
    // Both instances ticking together at the next due time: exactly one runs it.
    clock.advance(60_000);
    const results = await Promise.all([a.tick(), b.tick()]);
    expect(results.filter((r) => r.shared === 'ran')).toHaveLength(1);
    expect(runs).toHaveLength(2);
  });

  it('takes over the lease of an instance that died while holding it, once it expires', async () => {
    const clock = new FakeClock('2026-05-01T00:00:00Z');
    const runs: string[] = [];
    const job = recordingJob('crashy', 60_000, runs);
    await database.db
      .insertInto('job_lease')
      .values({
        name: 'crashy',
        holder: 'dead',
        lease_until: '2026-05-01T00:05:00.000Z',
        last_run_at: null,
        next_run_at: '2026-05-01T00:00:00.000Z',
      })
      .execute();
    const runner = createRunner({ db: database.db, clock, holder: 'alive', jobs: [job] });
    expect(await runner.tick()).toEqual({ crashy: 'not_due' });
    clock.advance(5 * 60_000);
    expect(await runner.tick()).toEqual({ crashy: 'ran' });
  });

  it('keeps going when a job fails, and runs it again at its next time', async () => {
    const clock = new FakeClock('2026-05-01T00:00:00Z');
    const log: string[] = [];
    let calls = 0;
    const failing: Job = {
      name: 'failing',
      everyMs: 60_000,
      async run() {
        calls++;
        throw new Error('SMTP down');
      },
    };
    const runs: string[] = [];
    const runner = createRunner({
      db: database.db,
      clock,
      holder: 'x',
      log: (l) => log.push(l),
      jobs: [failing, recordingJob('after-failing', 60_000, runs)],
    });
    expect(await runner.tick()).toEqual({ failing: 'failed', 'after-failing': 'ran' });
    expect(log).toEqual(['job failing failed: SMTP down']);
    clock.advance(60_000);
    await runner.tick();
    expect(calls).toBe(2);
  });
});
