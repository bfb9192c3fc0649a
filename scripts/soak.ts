// `npm run soak [-- --minutes 10] [--connections 200] [--streams 200] [--pg]`: mixed realistic traffic against a
// real server process for a long while, with event streams held open throughout (issue 19). Passes when no
// request failed, the server's memory grew less than 10 % after warm-up, and the last minute's p99 stayed
// within twice the first's. Not part of `npm test`: it takes ten minutes.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { freePort } from '../tests/support/free-port.ts';
import {
  api,
  killed,
  login,
  postgresTarget,
  type Session,
  sleep,
  sqliteTarget,
  startApp,
  waitHealthy,
} from './lib/server-process.ts';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    connections: { type: 'string', default: '200' },
    streams: { type: 'string', default: '200' },
    pg: { type: 'boolean', default: false },
  },
});
const DURATION_MS = Number(values.minutes) * 60_000;
const CONNECTIONS = Number(values.connections);
const STREAMS = Number(values.streams);
const WARM_UP_MS = Math.min(60_000, DURATION_MS / 5);
const USERS = ['bithu.noi', 'phobithu.noi', 'dangvien.noi', 'canbo.phuong', 'canbo.benhvien', 'bithu.mamnon'];

interface Sample {
  at: number;
  ms: number;
}

function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
}

function p99(samples: Sample[]): number {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0;
}

/**
 * What people do all day: their home and to-dos, a cell's minute book, roster and plans, the committee's views.
 * Each user keeps the pages they may open (a probe answered 200).
 */
async function readPaths(officer: Session, sessions: Session[]): Promise<string[][]> {
  const orgs = await api(officer, 'GET', '/orgs');
  const units = (orgs.body?.units ?? orgs.body) as { id: string; kind: string }[];
  const cells = units.filter((u) => u.kind === 'cell').slice(0, 5);
  const committees = units.filter((u) => u.kind !== 'cell').slice(0, 2);
  const candidates = [
    '/auth/me',
    '/me/inbox',
    '/notifications',
    ...cells.flatMap((c) => [
      `/orgs/${c.id}/meetings`,
      `/orgs/${c.id}/plans?year=2026`,
      `/orgs/${c.id}/members`,
    ]),
    ...committees.flatMap((c) => [`/orgs/${c.id}/oversight?year=2026`, `/orgs/${c.id}/plans?year=2026`]),
  ];
  return Promise.all(
    sessions.map(async (s) => {
      const open = await Promise.all(
        candidates.map(async (p) => ((await api(s, 'GET', p)).status === 200 ? p : null)),
      );
      return open.filter((p): p is string => p !== null);
    }),
  );
}

async function main() {
  const target = values.pg ? await postgresTarget() : await sqliteTarget();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const app = startApp(port, target);
  const samples: Sample[] = [];
  const failures = new Map<string, number>();
  const fail = (what: string) => failures.set(what, (failures.get(what) ?? 0) + 1);
  const rss: { at: number; mib: number }[] = [];
  const streams: AbortController[] = [];
  try {
    await waitHealthy(base, app);
    const sessions = await Promise.all(USERS.map((u) => login(base, u)));
    const officer = sessions[3] as Session;
    const pathsOf = await readPaths(officer, sessions);
    const started = Date.now();
    const running = () => Date.now() - started < DURATION_MS;

    // Event streams held open by members' browsers: the notifications' counter.
    for (let i = 0; i < STREAMS; i++) {
      const s = sessions[i % sessions.length] as Session;
      const controller = new AbortController();
      streams.push(controller);
      fetch(`${base}/api/notifications/events`, { headers: { cookie: s.cookie }, signal: controller.signal })
        .then(async (res) => {
          if (res.status !== 200) fail(`stream HTTP ${res.status}`);
          for await (const _ of res.body ?? []) if (!running()) break;
        })
        .catch((error: Error) => {
          if (running() && error.name !== 'AbortError') fail(`stream: ${error.message}`);
        });
    }

    const loops = Array.from({ length: CONNECTIONS }, async (_, i) => {
      const s = sessions[i % sessions.length] as Session;
      const paths = pathsOf[i % sessions.length] as string[];
      for (let n = 0; running(); n++) {
        // One request in twenty writes: the reader marks notifications read (an event for their streams).
        const write = n % 20 === 19;
        const path = paths[(i + n) % paths.length] as string;
        const t0 = performance.now();
        try {
          const res = write
            ? await api(s, 'POST', '/notifications/read', { all: true })
            : await api(s, 'GET', path);
          if (res.status !== 200)
            fail(`${write ? 'POST /notifications/read' : path.split('?')[0]} → ${res.status}`);
        } catch (error) {
          fail(`${path}: ${(error as Error).message}`);
        }
        samples.push({ at: Date.now() - started, ms: performance.now() - t0 });
      }
    });

    while (running()) {
      await sleep(5_000);
      if (app.pid) rss.push({ at: Date.now() - started, mib: rssOf(app.pid) });
      process.stdout.write(`\r  ${Math.round((Date.now() - started) / 1000)} s, ${samples.length} requests`);
    }
    await Promise.all(loops);
  } finally {
    for (const controller of streams) controller.abort();
    await killed(app);
    await target.close();
  }

  const afterWarmUp = rss.filter((r) => r.at >= WARM_UP_MS);
  const rssStart = afterWarmUp[0]?.mib ?? 0;
  const rssEnd = afterWarmUp.at(-1)?.mib ?? 0;
  const growth = rssStart ? (rssEnd - rssStart) / rssStart : 0;
  const firstMinute = samples.filter((s) => s.at >= WARM_UP_MS && s.at < WARM_UP_MS + 60_000);
  const lastMinute = samples.filter((s) => s.at >= DURATION_MS - 60_000);
  const steady = p99(lastMinute) <= 2 * p99(firstMinute);
  console.log('');
  console.table({
    requests: samples.length,
    failures: [...failures.values()].reduce((a, b) => a + b, 0),
    'RSS after warm-up (MiB)': rssStart.toFixed(0),
    'RSS at the end (MiB)': rssEnd.toFixed(0),
    'RSS growth': `${(growth * 100).toFixed(1)} %`,
    'p99 first minute (ms)': p99(firstMinute).toFixed(1),
    'p99 last minute (ms)': p99(lastMinute).toFixed(1),
  });
  for (const [what, count] of failures) console.error(`  ${count} × ${what}`);
  process.exit(failures.size === 0 && growth < 0.1 && steady ? 0 : 1);
}

await main();
