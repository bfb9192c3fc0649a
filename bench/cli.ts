// `npm run bench -- --scale demo|province|national [--pg]` (issue 20, "The benchmark"): generates the scale's
// data into a fresh database (SQLite, or PostgreSQL with --pg), starts the real compiled server on loopback in a
// child process, measures every figure over HTTP beside its floor measured in the same run, prints ONE table
// (figure | value | floor | target | met?) and writes bench/results.json. Without --scale, `npm run bench`
// runs the older in-process figures of bench/run.ts (BENCH_ONLY=overview …) as before.
// BENCH_ROUNDS (default 200) requests per latency figure after 2 s of warm-up (BENCH_WARMUP_MS); BENCH_THROUGHPUT_SECONDS (5);
// BENCH_LCP_RUNS (1, the median is kept); BENCH_DATABASE_URL=postgres://… for --pg on a server of your own.
// BENCH_LCP_DEBUG=1 prints each load's LCP element. BENCH_ONLY=bytes measures only the first screen's bytes and its LCP beside the floor (≈2 min at --scale demo),
// prints them and leaves bench/results.json as it is.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { firstScreenSizes } from '../scripts/bundle-size.ts';
import { type Dataset, SCALES, type ScaleName } from './data.ts';
import { freshDatabase } from './engine.ts';
import { orgsFloor, oversightFloor, overviewFloor } from './floors.ts';
import { type Measured, measure, measureGet, request, signIn } from './http-latency.ts';
import { type Throughput, throughput } from './http-throughput.ts';
import { launch, lcpOnce, PROFILES, recordHome } from './lcp.ts';
import { BARE_SERVER, buildAll, REAL_SERVER, rssBytes, type Started, startServer } from './server.ts';
import { formatTable, kB, MiB, met, ms, pair, percentile, type Row } from './table.ts';

const args = process.argv.slice(2);
const scaleAt = args.indexOf('--scale');
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 200));
const SECONDS = Number(process.env.BENCH_THROUGHPUT_SECONDS ?? 5);
const LCP_RUNS = Math.max(1, Number(process.env.BENCH_LCP_RUNS ?? 1));
const ONLY_BYTES = process.env.BENCH_ONLY === 'bytes';
const sleep = (t: number) => new Promise((resolve) => setTimeout(resolve, t));
const load = () => os.loadavg().map((n) => Number(n.toFixed(2)));

async function main(scale: ScaleName, usePostgres: boolean) {
  const generate = SCALES[scale];
  if (!generate) throw new Error(`--scale ${scale} is not available yet (bench/data.ts, SCALES)`);
  const loadAtStart = load();
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim();
  console.log(
    `Benchmark, scale ${scale}, ${usePostgres ? 'PostgreSQL' : 'SQLite'}; load average ${loadAtStart.join(' ')}`,
  );
  buildAll();
  const fresh = await freshDatabase(usePostgres);
  const servers: Started[] = [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'chuyen-de-bench-bodies-'));
  const browser = await launch();
  try {
    const data = await generate(fresh.database);
    console.log(`Generated ${data.description} in ${data.seconds.toFixed(1)} s`);
    const webDir = path.resolve('dist/web');
    const serverEnv = { ...fresh.serverEnv, SEED_DEMO: 'false', RUN_JOBS: 'false', WEB_DIR: webDir };
    const real = await startServer(REAL_SERVER, serverEnv);
    servers.push(real);
    await sleep(3_000);
    const realIdle = rssBytes(real.child.pid ?? 0);
    const rows: Row[] = [];
    const loads: Throughput[] = [];
    let bare: Started | undefined;
    let bareIdle = 0;
    if (!ONLY_BYTES) {
      const figures = await measureServer(real, data, fresh.database, rows);

      // The bare floor of the signed-in reads: the same bodies on the same paths.
      const bodiesFile = path.join(tmp, 'reads.json');
      fs.writeFileSync(bodiesFile, JSON.stringify(figures.recorded));
      bare = await startServer(BARE_SERVER, { BARE_BODIES: bodiesFile });
      servers.push(bare);
      await sleep(3_000);
      bareIdle = rssBytes(bare.child.pid ?? 0);
      const reads: [string, string][] = [
        ['GET /auth/me', '/api/auth/me'],
        [`GET /plans/{id}`, `/api/plans/${data.planId}`],
      ];
      for (const [label, p] of reads) {
        const value = await measureGet(`${label} (real)`, real.origin + p, figures.secretary, ROUNDS);
        const floor = await measureGet(`${label} (bare Hono)`, bare.origin + p, '', ROUNDS);
        rows.push({
          figure: `${label} p50 / p95`,
          value: pair(value),
          floor: pair(floor),
          data: { value, floor },
        });
      }
      for (const [label, p] of reads) {
        const t = await throughput(
          { pid: real.child.pid ?? 0, url: real.origin + p, cookie: figures.secretary },
          { pid: bare.child.pid ?? 0, url: bare.origin + p },
          SECONDS,
        );
        loads.push(t);
        console.log(
          `  ${label} throughput ${t.perSecond.toFixed(0)} req/s, floor ${t.floorPerSecond.toFixed(0)}`,
        );
        rows.push({
          figure: `${label} throughput (autocannon, 10 conn.)`,
          value: `${t.perSecond.toFixed(0)} req/s, ${t.cpuMicros.toFixed(0)} µs CPU/req (${pct(t.perSecond / t.floorPerSecond)} of floor; CPU ${pct(t.floorCpuMicros / t.cpuMicros)})`,
          floor: `${t.floorPerSecond.toFixed(0)} req/s, ${t.floorCpuMicros.toFixed(0)} µs CPU/req`,
          target: { kind: 'min', limit: 0.5, text: '≥ 50 % of floor' },
          compared: t.perSecond / t.floorPerSecond,
          data: { ...t },
        });
      }
    }
    // Bytes of the first screen, and its LCP on the real server beside the same page on the bare floor
    // (the same files through the same static handler and compression, the home's API answers replayed).
    const bytes = await firstScreenSizes();
    rows.push({
      figure: 'First member screen, JS + CSS over the wire (brotli)',
      value: kB(bytes.total.br),
      floor: `gzip ${kB(bytes.total.gzip)}, raw ${kB(bytes.total.raw)}`,
      target: { kind: 'max', limit: 120_000, text: '≤ 120 kB' },
      compared: bytes.total.br,
      data: { ...bytes.total, files: bytes.files.length },
    });
    const memberCookie = await signIn(real.origin, data.logins.member, data.logins.password);
    const homeFile = path.join(tmp, 'home.json');
    fs.writeFileSync(homeFile, JSON.stringify(await recordHome(browser, real.origin, memberCookie)));
    const page = await startServer(BARE_SERVER, {
      BARE_BODIES: homeFile,
      WEB_DIR: webDir,
      BARE_COMPRESS: 'true',
    });
    servers.push(page);
    for (const [i, profile] of PROFILES.entries()) {
      const runs = async (origin: string) => {
        const values: number[] = [];
        // A load that gives no LCP entry (seen once on a loaded machine) is tried again, then left out.
        for (let r = 0; r < LCP_RUNS + 1 && values.length < LCP_RUNS; r++) {
          try {
            values.push(await lcpOnce(browser, origin, memberCookie, profile));
          } catch (error) {
            console.warn(`  ${(error as Error).message}`);
          }
        }
        return values.length > 0 ? percentile(values, 0.5) : Number.NaN;
      };
      const value = await runs(real.origin);
      const floor = await runs(page.origin);
      const limit = i === 0 ? 4000 : 2000;
      console.log(`  LCP ${profile.name}: ${ms(value)} ms, floor ${ms(floor)} ms`);
      rows.push({
        figure: `LCP member home, cold, ${profile.name}`,
        value: seconds(value),
        floor: seconds(floor),
        target: { kind: 'max', limit, text: `≤ ${limit / 1000} s` },
        compared: value,
        data: { value, floor, runs: LCP_RUNS },
      });
    }

    if (bare) {
      const peak = Math.max(...loads.map((t) => t.peakRss));
      const floorPeak = Math.max(...loads.map((t) => t.floorPeakRss));
      rows.push(
        {
          figure: 'Server RSS idle',
          value: MiB(realIdle),
          floor: MiB(bareIdle),
          target: { kind: 'max', limit: 120 * 2 ** 20, text: '≤ 120 MiB' },
          compared: realIdle,
          data: { value: realIdle, floor: bareIdle },
        },
        {
          figure: 'Server RSS under load (peak)',
          value: MiB(peak),
          floor: MiB(floorPeak),
          data: { value: peak, floor: floorPeak },
        },
        {
          figure: 'Server start-up (spawn → healthy), wall / CPU',
          value: `${ms(real.startMs)} / ${ms(real.startCpuMs)} ms`,
          floor: `${ms(bare.startMs)} / ${ms(bare.startCpuMs)} ms`,
          target: { kind: 'max', limit: 1000, text: '≤ 1 s' },
          compared: real.startMs,
          data: { value: [real.startMs, real.startCpuMs], floor: [bare.startMs, bare.startCpuMs] },
        },
      );
    }

    const loadAtEnd = load();
    console.log(
      `\nScale ${scale} (${data.description}), ${fresh.engine}, commit ${commit}, ${ROUNDS} requests per latency figure; load average ${loadAtStart.join(' ')} → ${loadAtEnd.join(' ')}\n`,
    );
    console.log(formatTable(rows));
    if (ONLY_BYTES) return;
    const results = {
      date: new Date().toISOString(),
      commit,
      scale,
      engine: fresh.engine,
      dataset: data.description,
      generationSeconds: Number(data.seconds.toFixed(1)),
      loadAverage: { start: loadAtStart, end: loadAtEnd },
      cpus: os.cpus().length,
      rounds: ROUNDS,
      rows: rows.map((r) => ({ ...r, target: r.target?.text ?? null, met: met(r) })),
    };
    // Numbers to two decimals; then formatted as the repository's formatter wants it (the file is committed).
    const rounded = (_: string, v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v);
    fs.writeFileSync('bench/results.json', `${JSON.stringify(results, rounded, 2)}\n`);
    spawnSync(path.join('node_modules', '.bin', 'biome'), ['format', '--write', 'bench/results.json'], {
      stdio: 'ignore',
    });
    console.log('\nWritten bench/results.json');
  } finally {
    await browser.close().catch(() => undefined);
    for (const server of servers.reverse()) await server.stop();
    await fresh.dispose();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const seconds = (t: number) => (Number.isFinite(t) ? `${(t / 1000).toFixed(2)} s` : 'no LCP entry');
const pct = (r: number) => `${(r * 100).toFixed(0)} %`;

/**
 * The database-bound figures on the real server, each beside its one-statement floor on the same database: the
 * committee overview (top and a commune), the oversight dashboard, the org list. Returns the secretary's cookie
 * and the bodies of the signed-in reads for the bare floor.
 */
async function measureServer(
  real: Started,
  data: Dataset,
  database: Parameters<typeof overviewFloor>[0],
  rows: Row[],
) {
  const officer = await signIn(real.origin, data.logins.officer, data.logins.password);
  const secretary = await signIn(real.origin, data.logins.secretary, data.logins.password);
  const sqlFigure = async (
    figure: string,
    url: string,
    floor: () => Promise<number>,
    target?: Row['target'],
  ): Promise<Measured> => {
    const value = await measureGet(figure, real.origin + url, officer, ROUNDS);
    const floorValue = await measure(`  floor: ${figure}`, async () => ({ ok: (await floor()) > 0 }), ROUNDS);
    rows.push({
      figure: `${figure} p50 / p95`,
      value: `${pair(value)} (${kB(value.rawBytes)} JSON, ${kB(value.bytes)} ${value.encoding})`,
      floor: `${pair(floorValue)} (one SQL statement)`,
      target,
      compared: target ? value.p95 : undefined,
      data: { value, floor: floorValue },
    });
    return value;
  };
  const cells = (await overviewFloor(database, data.top, data.year)).toLocaleString('en');
  await sqlFigure(
    `Overview GET /orgs/{top}/plans (${cells} cells)`,
    `/api/orgs/${data.top}/plans?year=${data.year}`,
    () => overviewFloor(database, data.top, data.year),
    { kind: 'max', limit: 50, text: 'p95 ≤ 50 ms' },
  );
  if (data.commune !== data.top) {
    const communeCells = await overviewFloor(database, data.commune, data.year);
    await sqlFigure(
      `Overview GET /orgs/{commune}/plans (${communeCells} cells)`,
      `/api/orgs/${data.commune}/plans?year=${data.year}`,
      () => overviewFloor(database, data.commune, data.year),
      { kind: 'max', limit: 2, text: 'p95 ≤ 2 ms' },
    );
  }
  await sqlFigure(
    'Oversight dashboard GET /orgs/{top}/oversight',
    `/api/orgs/${data.top}/oversight?year=${data.year}`,
    () => oversightFloor(database, data.top, data.year),
    { kind: 'max', limit: 300, text: 'p95 ≤ 300 ms (national)' },
  );
  const orgs = await sqlFigure(
    'GET /orgs (the officer: first level)',
    '/api/orgs',
    () => orgsFloor(database, data.officerPerson),
    {
      kind: 'max',
      limit: 20,
      text: 'p95 ≤ 20 ms',
    },
  );
  rows.push({
    figure: 'GET /orgs (the officer), JSON size',
    value: kB(orgs.rawBytes),
    floor: '—',
    target: { kind: 'max', limit: 100_000, text: '≤ 100 kB' },
    compared: orgs.rawBytes,
  });
  const recorded = [];
  for (const p of ['/api/auth/me', `/api/plans/${data.planId}`]) {
    const res = await request(real.origin + p, { cookie: secretary });
    if (res.status !== 200) throw new Error(`${p}: HTTP ${res.status}`);
    recorded.push({
      path: p,
      status: 200,
      contentType: 'application/json',
      body: res.decoded.toString('utf8'),
    });
  }
  return { officer, secretary, recorded };
}

if (scaleAt < 0) {
  // The older in-process figures (bench/run.ts: BENCH_ONLY=overview, BENCH_COMMUNES, …).
  await import('./run.ts');
} else {
  const scale = args[scaleAt + 1] as ScaleName;
  if (!['demo', 'province', 'national'].includes(scale))
    throw new Error('usage: npm run bench -- --scale demo|province|national [--pg]');
  // The national scale is the PostgreSQL figure, and its loader writes PostgreSQL's SQL.
  await main(scale, scale === 'national' || args.includes('--pg'));
}
