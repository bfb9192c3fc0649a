import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import { type Clock, systemClock } from './clock.ts';
import { acquireLease, releaseLease } from './store.ts';

export interface JobContext {
  db: Kysely<DB>;
  now: Date;
  clock: Clock;
  holder: string;
}

export interface Job {
  name: string;
  /** How often it runs. */
  everyMs: number;
  /** How long one run may hold the job before another instance may take it over (a crashed holder). */
  leaseMs?: number;
  run(ctx: JobContext): Promise<unknown>;
}

export type TickResult = Record<string, 'ran' | 'not_due' | 'failed'>;

export interface Runner {
  readonly holder: string;
  /** Runs every job that is due and not held by another instance; one job's failure does not stop the rest. */
  tick(): Promise<TickResult>;
  /** Ticks every `pollMs` on the clock (a tick still running is not doubled). */
  start(): void;
  /** Stops ticking and waits for the tick under way. */
  stop(): Promise<void>;
}

/**
 * The one small runner of scheduled work (ARCHITECTURE.md "Notifications, outbox and jobs"). Each named job
 * runs every `everyMs`; on start-up of the server (main.ts) or of a separate worker (`npm run cli -- jobs`).
 * However many instances run, one lease row per job (job_lease) lets only one of them run it at a time.
 */
export function createRunner(options: {
  db: Kysely<DB>;
  jobs: readonly Job[];
  clock?: Clock;
  holder?: string;
  pollMs?: number;
  log?: (line: string) => void;
}): Runner {
  const clock = options.clock ?? systemClock;
  const holder = options.holder ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const log = options.log ?? ((line: string) => console.error(line));
  let running: Promise<TickResult> | null = null;
  let stopTimer: (() => void) | null = null;

  async function runJob(job: Job): Promise<'ran' | 'not_due' | 'failed'> {
    const now = clock.now();
    const until = new Date(now.getTime() + (job.leaseMs ?? 10 * 60_000)).toISOString();
    if (!(await acquireLease(options.db, job.name, holder, now.toISOString(), until))) return 'not_due';
    let outcome: 'ran' | 'failed' = 'ran';
    try {
      await job.run({ db: options.db, now, clock, holder });
    } catch (err) {
      outcome = 'failed';
      log(`job ${job.name} failed: ${(err as Error).message}`);
    } finally {
      const ranAt = clock.now();
      await releaseLease(
        options.db,
        job.name,
        holder,
        ranAt.toISOString(),
        new Date(now.getTime() + job.everyMs).toISOString(),
      );
    }
    return outcome;
  }

  async function tick(): Promise<TickResult> {
    const result: TickResult = {};
    for (const job of options.jobs) {
      try {
        result[job.name] = await runJob(job);
      } catch (err) {
        // The database itself failed (lease): try again at the next tick.
        result[job.name] = 'failed';
        log(`job ${job.name} could not run: ${(err as Error).message}`);
      }
    }
    return result;
  }

  function tickOnce(): Promise<TickResult> {
    running ??= tick().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    holder,
    tick: tickOnce,
    start() {
      if (stopTimer) return;
      stopTimer = clock.every(options.pollMs ?? 30_000, () => void tickOnce());
      void tickOnce();
    },
    async stop() {
      stopTimer?.();
      stopTimer = null;
      await running;
    },
  };
}
