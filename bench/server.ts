// The servers the benchmark measures, each in a child process on loopback (ports 3300–3399): the REAL compiled
// server (`dist/server/main.js`, started with plain `node` as in production) and the bare Hono floor
// (`bench/bare-server.ts`, bundled the same way). Start-up is timed from spawn to the first 200 of
// `/api/health`; CPU time and resident memory are read from /proc (Linux).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export interface Started {
  child: ChildProcess;
  port: number;
  origin: string;
  /** Spawn → first healthy answer, wall ms; the CPU the process used meanwhile, ms. */
  startMs: number;
  startCpuMs: number;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** CPU time (user + system) a process has used so far, ms (clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Resident memory of a process, bytes. */
export function rssBytes(pid: number): number {
  const match = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return match ? Number(match[1]) * 1024 : 0;
}

/** The highest resident memory of a process while `work` runs, sampled every 100 ms. */
export async function peakRss<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peak: number }> {
  let peak = rssBytes(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssBytes(pid));
  }, 100);
  try {
    const result = await work();
    return { result, peak: Math.max(peak, rssBytes(pid)) };
  } finally {
    clearInterval(timer);
  }
}

let nextPort = 3300;
/** A free loopback port in 3300–3399 (the range this benchmark may use). */
export async function benchPort(): Promise<number> {
  while (nextPort < 3400) {
    const port = nextPort++;
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port left in 3300–3399');
}

/** Builds what is missing: the web client (dist/web) and the compiled server when stale, then the bare floor. */
export function buildAll(): void {
  const run = (command: string, args: string[]) => {
    const result = spawnSync(command, args, { stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status})`);
  };
  if (!fs.existsSync('dist/web/index.html'))
    run(path.join('node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn']);
  run(process.execPath, ['scripts/build-server.mjs', '--if-stale']);
  // The floor is bundled as the server is (esbuild, packages from node_modules), so both start alike.
  run(path.join('node_modules', '.bin', 'esbuild'), [
    'bench/bare-server.ts',
    '--bundle',
    '--platform=node',
    '--format=esm',
    '--packages=external',
    '--log-level=warning',
    `--outfile=${BARE_SERVER}`,
  ]);
}

export const REAL_SERVER = 'dist/server/main.js';
export const BARE_SERVER = 'dist/bench/bare-server.mjs';

/** Starts `node <script>` with the environment given and waits until `/api/health` answers 200. */
export async function startServer(script: string, env: Record<string, string>): Promise<Started> {
  const port = await benchPort();
  const started = performance.now();
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${origin}/api/health`)).status === 200) break;
    } catch {}
    if (performance.now() - started > 120_000) throw new Error(`${script}: not healthy within 120 s`);
    await sleep(10);
  }
  const startMs = performance.now() - started;
  const startCpuMs = cpuMs(child.pid ?? 0);
  return {
    child,
    port,
    origin,
    startMs,
    startCpuMs,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
