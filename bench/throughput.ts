// Throughput of signed-in reads (`/auth/me`, `/plans/{id}`) beside a bare Hono route serving the same body
// (the floor), measured with autocannon over loopback in the same run. The servers run in a child process
// (`throughput-server.ts`) so that the load generator does not share their event loop.
// Alone: `npx tsx bench/throughput.ts` (BENCH_DATABASE_URL=postgres://… for PostgreSQL); `npm run bench`
// calls it too.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { ThroughputTarget } from './throughput-server.ts';

const SECONDS = Number(process.env.BENCH_THROUGHPUT_SECONDS ?? 5);
const CONNECTIONS = 10;

export interface ThroughputFigure {
  engine: string;
  label: string;
  requestsPerSecond: number;
  floorPerSecond: number;
  ratio: number;
}

async function load(url: string, cookie: string | undefined, duration: number): Promise<number> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    headers: cookie ? { cookie } : {},
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} answers not 2xx, ${result.errors} errors`);
  return result.requests.average;
}

export async function benchThroughput(databaseUrl?: string): Promise<ThroughputFigure[]> {
  const child = fork(fileURLToPath(new URL('./throughput-server.ts', import.meta.url)), {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_DATABASE_URL: databaseUrl ?? '', SEED_DEMO: 'false' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    const target = await new Promise<ThroughputTarget>((resolve, reject) => {
      child.once('message', (m) => resolve(m as ThroughputTarget));
      child.once('exit', (code) => reject(new Error(`throughput server ended (${code})`)));
    });
    const figures: ThroughputFigure[] = [];
    for (const p of target.paths) {
      const real = `http://127.0.0.1:${target.realPort}${p.real}`;
      const bare = `http://127.0.0.1:${target.barePort}${p.bare}`;
      // Warm both (JIT, statement caches), then alternate floor and real so that a neighbour's load on the
      // machine weighs on both figures alike.
      await load(real, target.cookie, 1);
      await load(bare, undefined, 1);
      const floor1 = await load(bare, undefined, SECONDS / 2);
      const real1 = await load(real, target.cookie, SECONDS);
      const floor2 = await load(bare, undefined, SECONDS / 2);
      const floorPerSecond = (floor1 + floor2) / 2;
      const figure = {
        engine: target.engine,
        label: p.label,
        requestsPerSecond: real1,
        floorPerSecond,
        ratio: real1 / floorPerSecond,
      };
      figures.push(figure);
      console.log(
        `[${figure.engine}] ${`${p.label} throughput`.padEnd(40)} ${real1.toFixed(0).padStart(6)} req/s   floor (bare Hono, same body) ${floorPerSecond.toFixed(0).padStart(6)} req/s   ${(figure.ratio * 100).toFixed(0).padStart(3)} % of floor`,
      );
    }
    return figures;
  } finally {
    child.disconnect();
    child.kill();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await benchThroughput();
  if (process.env.BENCH_DATABASE_URL) await benchThroughput(process.env.BENCH_DATABASE_URL);
}
