// Throughput of signed-in reads (`/auth/me`, `/plans/{id}`) beside a bare Hono route serving the same body
// (the floor), measured with autocannon over loopback in the same run. The servers run in a child process
// (`throughput-server.ts`) so that the load generator does not share their event loop.
// Alone: `npx tsx bench/throughput.ts` (BENCH_DATABASE_URL=postgres://… for PostgreSQL); `npm run bench`
// calls it too.
import { type ChildProcess, fork } from 'node:child_process';
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
  /** The server's CPU time per request (user + system), µs, and the floor's. */
  cpuMicros: number;
  floorCpuMicros: number;
  /** floorCpuMicros / cpuMicros: the share of the floor's throughput on a core of its own. */
  cpuRatio: number;
}

interface Load {
  perSecond: number;
  requests: number;
  cpuMicros: number;
}

async function load(
  server: ChildProcess,
  url: string,
  cookie: string | undefined,
  duration: number,
): Promise<Load> {
  const before = await serverCpu(server);
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    headers: cookie ? { cookie } : {},
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} answers not 2xx, ${result.errors} errors`);
  const after = await serverCpu(server);
  return {
    perSecond: result.requests.average,
    requests: result.requests.total,
    cpuMicros: after.user + after.system - before.user - before.system,
  };
}

function serverCpu(server: ChildProcess): Promise<NodeJS.CpuUsage> {
  return new Promise((resolve) => {
    const onMessage = (m: unknown) => {
      if (typeof m === 'object' && m !== null && 'cpu' in m) {
        server.off('message', onMessage);
        resolve((m as { cpu: NodeJS.CpuUsage }).cpu);
      }
    };
    server.on('message', onMessage);
    server.send('cpu');
  });
}

const pct = (r: number) => `${(r * 100).toFixed(0).padStart(3)} %`;

export async function benchThroughput(databaseUrl?: string): Promise<ThroughputFigure[]> {
  const child = fork(fileURLToPath(new URL('./throughput-server.ts', import.meta.url)), {
    // BENCH_PROFILE_DIR=dir: the server writes a CPU profile of the whole run there when it ends.
    execArgv: [
      '--import',
      'tsx',
      ...(process.env.BENCH_PROFILE_DIR
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`]
        : []),
    ],
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
      await load(child, real, target.cookie, 1);
      await load(child, bare, undefined, 1);
      const floor1 = await load(child, bare, undefined, SECONDS / 2);
      const real1 = await load(child, real, target.cookie, SECONDS);
      const floor2 = await load(child, bare, undefined, SECONDS / 2);
      const floorPerSecond = (floor1.perSecond + floor2.perSecond) / 2;
      const cpuMicros = real1.cpuMicros / real1.requests;
      const floorCpuMicros = (floor1.cpuMicros + floor2.cpuMicros) / (floor1.requests + floor2.requests);
      const figure: ThroughputFigure = {
        engine: target.engine,
        label: p.label,
        requestsPerSecond: real1.perSecond,
        floorPerSecond,
        ratio: real1.perSecond / floorPerSecond,
        cpuMicros,
        floorCpuMicros,
        cpuRatio: floorCpuMicros / cpuMicros,
      };
      figures.push(figure);
      console.log(
        `[${figure.engine}] ${`${p.label} throughput`.padEnd(30)} ${figure.requestsPerSecond.toFixed(0).padStart(6)} req/s, floor (bare Hono, same body) ${floorPerSecond.toFixed(0).padStart(6)} req/s: ${pct(figure.ratio)} of floor;   server CPU ${cpuMicros.toFixed(0).padStart(5)} µs/req, floor ${floorCpuMicros.toFixed(0).padStart(4)} µs/req: ${pct(figure.cpuRatio)} of floor`,
      );
    }
    return figures;
  } finally {
    child.disconnect();
    // With a profile to write, the server ends by itself on the disconnect (a kill would lose the profile).
    if (process.env.BENCH_PROFILE_DIR) await new Promise((resolve) => child.once('exit', resolve));
    else child.kill();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await benchThroughput();
  if (process.env.BENCH_DATABASE_URL) await benchThroughput(process.env.BENCH_DATABASE_URL);
}
