// `npm run crash [-- --engine sqlite|postgres] [--kills 20]`: writers against a real server process, killed
// with SIGKILL at random moments and restarted; every write the server acknowledged must be there after each
// restart, and the database must pass its integrity checks at the end. On PostgreSQL the database server
// itself is also restarted under load, and the app must carry on without being restarted (issue 19).
import type { ChildProcess } from 'node:child_process';
import { parseArgs } from 'node:util';
import { freePort } from '../tests/support/free-port.ts';
import {
  aCell,
  api,
  between,
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
  options: { engine: { type: 'string' }, kills: { type: 'string', default: '20' } },
});
const KILLS = Number(values.kills);
const WRITERS = 4;
const engines = values.engine ? [values.engine] : ['sqlite', 'postgres'];

/** Writes members one after another until `stop` says so; keeps those the server acknowledged. */
async function writer(
  s: Session,
  cellId: string,
  tag: string,
  acked: Map<string, string>,
  stop: () => boolean,
) {
  for (let n = 0; !stop(); n++) {
    const fullName = `Thử sập ${tag}-${n}`;
    try {
      const res = await api(s, 'POST', '/members', {
        fullName,
        unitId: cellId,
        status: 'official',
        statusSince: '2026-01-05',
      });
      if (res.status === 201 && typeof res.body?.id === 'string') acked.set(res.body.id, fullName);
    } catch {
      // The connection died with the server: this write's outcome is unknown, so it is not counted.
    }
  }
}

async function run(engine: string) {
  const target = engine === 'postgres' ? await postgresTarget() : await sqliteTarget();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const acked = new Map<string, string>();
  let lost = 0;
  let databaseRestarts = 0;
  let app: ChildProcess | undefined;
  try {
    app = startApp(port, target);
    await waitHealthy(base, app);
    const session = await login(base);
    const cellId = await aCell(session);
    for (let round = 1; round <= KILLS; round++) {
      let stopped = false;
      const running: ChildProcess = app;
      const writers = Array.from({ length: WRITERS }, (_, w) =>
        writer(session, cellId, `${round}.${w}`, acked, () => stopped),
      );
      await sleep(between(200, 1500));
      if (target.restartDatabase && round % 5 === 0) {
        // The database goes away under load and comes back; the app must survive it and write again.
        const before = acked.size;
        await target.restartDatabase();
        databaseRestarts += 1;
        await sleep(1500);
        if (running.exitCode !== null || running.signalCode !== null)
          throw new Error('the app died when PostgreSQL restarted');
        if (acked.size === before) throw new Error('no write succeeded after PostgreSQL came back');
      }
      await killed(running);
      stopped = true;
      await Promise.all(writers);
      app = startApp(port, target);
      await waitHealthy(base, app);
      for (const [id, fullName] of acked) {
        const res = await api(session, 'GET', `/members/${id}`);
        if (res.status !== 200 || res.body?.fullName !== fullName) {
          lost += 1;
          console.error(`  lost: ${fullName} (${id}) → HTTP ${res.status}`);
          acked.delete(id);
        }
      }
      process.stdout.write(`\r  ${engine}: ${round}/${KILLS} kills, ${acked.size} acknowledged writes kept`);
    }
    await killed(app);
    const broken = await target.integrity();
    console.log('');
    return { engine, kills: KILLS, databaseRestarts, acknowledged: acked.size + lost, lost, broken };
  } finally {
    if (app) await killed(app);
    await target.close();
  }
}

const results = [];
for (const engine of engines) results.push(await run(engine));
console.table(
  results.map((r) => ({
    engine: r.engine,
    SIGKILLs: r.kills,
    'database restarts': r.databaseRestarts,
    'acknowledged writes': r.acknowledged,
    lost: r.lost,
    'integrity problems': r.broken.length,
  })),
);
for (const r of results) for (const problem of r.broken) console.error(`  ${r.engine}: ${problem}`);
process.exit(results.every((r) => r.lost === 0 && r.broken.length === 0) ? 0 : 1);
