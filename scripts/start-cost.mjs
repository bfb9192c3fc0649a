// Start-up time and idle memory of the production server (issue 20, "Production server compiled ahead").
// `node scripts/start-cost.mjs [--runs 5] [-- command args…]` (default command: `node scripts/start.mjs`,
// i.e. `npm start` without npm's own process). On a demo database made by a first start, each run starts
// the command, times it until /api/health answers, lets it idle 3 s, then sums the resident memory (RSS)
// of the command's whole process tree (a wrapper chain counts), stops it with SIGTERM and checks it ends.
// Start-up is given as wall time and as the CPU time the tree used until healthy (the wall time of a
// machine shared with other work says more about the neighbours).
// Prints the median of the runs and one JSON line (for the benchmark and docs/PERFORMANCE.md).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const dash = args.indexOf('--');
const command = dash >= 0 ? args.slice(dash + 1) : [process.execPath, 'scripts/start.mjs'];
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The process and all its descendants, from /proc (Linux). */
function tree(rootPid) {
  const children = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {}
  }
  const all = [];
  const visit = (pid) => {
    all.push(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(rootPid);
  return all;
}

/** CPU time (user + system) a process has used so far, in ms (clock ticks of 10 ms). */
function cpuMs(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

function rssKiB(pid) {
  try {
    const match = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

async function once(dataDir) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(command[0], command.slice(1), {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, RUN_JOBS: 'false' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  let startMs = 0;
  let startCpuMs = 0;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command.join(' ')} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).status === 200) {
        startMs = performance.now() - started;
        // On a busy machine the wall time says more about the neighbours than the server: CPU time too.
        startCpuMs = tree(child.pid).reduce((sum, pid) => sum + cpuMs(pid), 0);
        break;
      }
    } catch {}
    if (performance.now() - started > 120_000) throw new Error('not healthy within 120 s');
    await sleep(10);
  }
  await sleep(3_000);
  const pids = tree(child.pid);
  const rssMiB = pids.reduce((sum, pid) => sum + rssKiB(pid), 0) / 1024;
  child.kill('SIGTERM');
  const how = await exited;
  return { startMs, startCpuMs, rssMiB, processes: pids.length, exit: how };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cd-start-cost-'));
try {
  // The first start migrates and loads the demo data: not what is measured.
  await once(dataDir);
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await once(dataDir));
  const summary = {
    command: command.join(' '),
    runs,
    startMsMedian: Math.round(median(results.map((r) => r.startMs))),
    startCpuMsMedian: Math.round(median(results.map((r) => r.startCpuMs))),
    rssMiBMedian: Math.round(median(results.map((r) => r.rssMiB))),
    processes: results[0]?.processes,
    exits: [...new Set(results.map((r) => r.exit))],
  };
  console.log(
    `${summary.command}: start-up ${summary.startMsMedian} ms (${summary.startCpuMsMedian} ms of CPU), RSS idle ${summary.rssMiBMedian} MiB over ${summary.processes} process(es) (median of ${runs}; exit on SIGTERM: ${summary.exits.join(', ')})`,
  );
  console.log(JSON.stringify(summary));
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
