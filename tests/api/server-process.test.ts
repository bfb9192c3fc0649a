/**
 * The server as a process (issue 19, "Failures found"): shutdown with open event streams, one server per
 * SQLite data folder. Engine-independent, so it runs in the api-sqlite project only.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

const started: ChildProcess[] = [];
// `npm start` builds what is stale; built here first so that the two files starting servers at once
// (this one and startup.test.ts) do not both wait on it inside a test's time.
beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build-server.mjs', '--if-stale'], { encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
}, 120_000);
let webDir = '';
beforeAll(() => {
  // A web client of its own: `npm start` builds dist/web only when WEB_DIR is not set.
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cd-server-web-'));
  fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Chuyên Đề</title>');
});
afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `npm start` without npm: the compiled server in the one process that scripts/start.mjs is (issue 20). */
function startServer(env: Record<string, string>): Running {
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, RUN_JOBS: 'false', HOST: '127.0.0.1', WEB_DIR: webDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => output, exited };
}

async function listening(server: Running, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!/listening on/.test(server.output())) {
    if (server.child.exitCode !== null) throw new Error(`server exited: ${server.output()}`);
    if (Date.now() > deadline) throw new Error(`server did not start: ${server.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'cd-server-'));

describe.runIf(process.env.TEST_DB === 'sqlite')('the server process', () => {
  it('on SIGTERM with open event streams: finishes, closes the streams and exits within a few seconds', async () => {
    const port = await freePort();
    const server = startServer({ PORT: String(port), DATA_DIR: tempDir() });
    await listening(server);
    const base = `http://127.0.0.1:${port}`;
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'ChuyenDe@2026' }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const streams = await Promise.all(
      [1, 2, 3].map(() => fetch(`${base}/api/notifications/events`, { headers: { cookie } })),
    );
    for (const s of streams) expect(s.status).toBe(200);
    const ends = streams.map(async (s) => {
      const reader = (s.body as ReadableStream<Uint8Array>).getReader();
      try {
        while (!(await reader.read()).done) {}
        return 'ended';
      } catch {
        return 'cut';
      }
    });
    const sentAt = Date.now();
    server.child.kill('SIGTERM');
    const { code } = await server.exited;
    expect(Date.now() - sentAt).toBeLessThan(4_000);
    expect(code).toBe(0);
    // The streams were ended by the server (a clean end), not left hanging.
    expect(await Promise.all(ends)).toEqual(['ended', 'ended', 'ended']);
  }, 90_000);

  it('npm start runs the compiled server in its own process, with no child; SIGINT ends it cleanly', async () => {
    const port = await freePort();
    const server = startServer({ PORT: String(port), DATA_DIR: tempDir(), SEED_DEMO: 'false' });
    await listening(server);
    const pid = server.child.pid ?? 0;
    const children = fs
      .readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .filter((name) => {
        try {
          const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
          return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
        } catch {
          return false;
        }
      });
    expect(children).toEqual([]);
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
    server.child.kill('SIGINT');
    expect((await server.exited).code).toBe(0);
  }, 90_000);

  it('refuses a second server on the same SQLite data folder with one line', async () => {
    const dir = tempDir();
    const first = startServer({ PORT: String(await freePort()), DATA_DIR: dir, SEED_DEMO: 'false' });
    await listening(first);
    const second = startServer({ PORT: String(await freePort()), DATA_DIR: dir, SEED_DEMO: 'false' });
    const { code } = await second.exited;
    expect(code).toBe(1);
    expect(second.output().trim()).toMatch(
      new RegExp(
        `^Chuyên Đề cannot start: another Chuyên Đề server \\(pid \\d+\\) already uses data folder ${dir}; several servers need PostgreSQL \\(DATABASE_URL\\)$`,
      ),
    );
    // The first still serves; once it stops, the folder is free again.
    first.child.kill('SIGTERM');
    await first.exited;
    const third = startServer({ PORT: String(await freePort()), DATA_DIR: dir, SEED_DEMO: 'false' });
    await listening(third);
    third.child.kill('SIGTERM');
    expect((await third.exited).code).toBe(0);
  }, 90_000);
});
