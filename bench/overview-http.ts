// A quick loop for the overview and the server's start-up (issue 20) on the province of `--scale province`,
// without the whole benchmark's other figures: the data is generated once into BENCH_KEEP (a folder kept between
// runs; ~75 s the first time), then each run starts the real compiled server on it a few times (start-up wall and
// CPU, RSS idle) and measures a commune's and the province's `GET /orgs/{id}/plans` over HTTP, each round
// alternating with its floor (the same aggregate in one SQL statement, bench/floors.ts) so both see the same load,
// and the server's CPU per request (which the neighbours' load changes far less than the wall time).
//   BENCH_KEEP=/tmp/province npx tsx bench/overview-http.ts   [BENCH_ROUNDS=400] [BENCH_STARTS=5]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqlite } from '../src/db/connection.ts';
import { type Dataset, SCALES } from './data.ts';
import { overviewFloor } from './floors.ts';
import { request, signIn } from './http-latency.ts';
import { buildAll, cpuMs, REAL_SERVER, rssBytes, type Started, startServer } from './server.ts';
import { latencyOf } from './table.ts';

const keep = process.env.BENCH_KEEP;
if (!keep) throw new Error('set BENCH_KEEP to a folder for the generated province (kept between runs)');
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 400));
const STARTS = Math.max(1, Number(process.env.BENCH_STARTS ?? 5));
const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const sleep = (t: number) => new Promise((resolve) => setTimeout(resolve, t));

buildAll();
fs.mkdirSync(keep, { recursive: true });
const datasetFile = path.join(keep, 'dataset.json');
const database = openSqlite(path.join(keep, 'chuyen-de.sqlite'));
if (!fs.existsSync(datasetFile)) {
  const generate = SCALES.province;
  if (!generate) throw new Error('no province scale');
  fs.writeFileSync(datasetFile, JSON.stringify(await generate(database)));
}
const data = JSON.parse(fs.readFileSync(datasetFile, 'utf8')) as Dataset;
console.log(`${data.description}; load average ${load()}`);
const env = { DATA_DIR: keep, SEED_DEMO: 'false', RUN_JOBS: 'false' };

const starts: Started[] = [];
try {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    const server = await startServer(REAL_SERVER, env);
    walls.push(server.startMs);
    cpus.push(server.startCpuMs);
    if (i < STARTS - 1) await server.stop();
    else starts.push(server);
  }
  const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' · ');
  console.log(`start-up wall ${fmt(walls)} ms; CPU ${fmt(cpus)} ms (load ${load()})`);
  const server = starts[0] as Started;
  await sleep(3_000);
  console.log(`RSS idle ${(rssBytes(server.child.pid ?? 0) / 2 ** 20).toFixed(0)} MiB`);

  const officer = await signIn(server.origin, data.logins.officer, data.logins.password);
  for (const [label, unit, rounds] of [
    ['commune', data.commune, ROUNDS],
    ['province', data.top, Math.ceil(ROUNDS / 10)],
  ] as const) {
    const url = `${server.origin}/api/orgs/${unit}/plans?year=${data.year}`;
    const route: number[] = [];
    const floor: number[] = [];
    let bytes = 0;
    let cpu = 0;
    for (let i = 0; i < rounds + 10; i++) {
      if (i === 10) cpu = cpuMs(server.child.pid ?? 0);
      let t = performance.now();
      const res = await request(url, { cookie: officer });
      if (res.status !== 200) throw new Error(`${label}: HTTP ${res.status}`);
      if (i >= 10) route.push(performance.now() - t);
      bytes = res.decoded.length;
      t = performance.now();
      await overviewFloor(database, unit, data.year);
      if (i >= 10) floor.push(performance.now() - t);
    }
    // The server's CPU per request (ticks of 10 ms over all rounds): what the load average does not change much.
    const cpuPerRequest = ((cpuMs(server.child.pid ?? 0) - cpu) / rounds) * 1000;
    const r = latencyOf(route);
    const f = latencyOf(floor);
    console.log(
      `${label} (${bytes} bytes): p50 / p95 ${r.p50.toFixed(2)} / ${r.p95.toFixed(2)} ms; floor ${f.p50.toFixed(2)} / ${f.p95.toFixed(2)} ms; server CPU ${cpuPerRequest.toFixed(0)} µs/request (${rounds}; load ${load()})`,
    );
  }
} finally {
  for (const server of starts) await server.stop();
  await database.close();
}
