import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The production server as `npm start` runs it: compiled ahead into dist/server (issue 20), built here
// when missing or older than the sources.
beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build-server.mjs', '--if-stale'], { encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
}, 120_000);

// Start-up failures the operator must fix are one clear line, never a stack trace.
const run = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['dist/server/main.js'], {
    env: { ...process.env, PORT: '0', SEED_DEMO: 'false', RUN_JOBS: 'false', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });

describe('start-up errors', () => {
  it('names a malformed DATABASE_URL in one line and exits 1', () => {
    const result = run({ DATABASE_URL: 'mysql://somewhere/db' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'Chuyên Đề cannot start: DATABASE_URL must start with postgres:// (got "mysql://somewhere/db…")',
    );
  });

  it('names an unwritable data folder in one line and exits 1', () => {
    const result = run({ DATA_DIR: '/etc/passwd/data' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('Chuyên Đề cannot start: data folder /etc/passwd/data is not writable');
  });
});

describe('start-up failures of the data and the port', () => {
  const dataDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'cd-start-'));
  const oneLine = (result: ReturnType<typeof run>) => {
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines, result.stderr).toHaveLength(1);
    return lines[0] ?? '';
  };

  it('names a corrupt database file', () => {
    const dir = dataDir();
    fs.writeFileSync(
      path.join(dir, 'chuyen-de.sqlite'),
      'this is not a database, only some text'.repeat(200),
    );
    expect(oneLine(run({ DATA_DIR: dir }))).toBe(
      `Chuyên Đề cannot start: database file ${path.join(dir, 'chuyen-de.sqlite')} is not a readable database (corrupt?): restore it from a backup`,
    );
  });

  it('names a read-only database file', () => {
    const dir = dataDir();
    const file = path.join(dir, 'chuyen-de.sqlite');
    fs.writeFileSync(file, '');
    fs.chmodSync(file, 0o444);
    expect(oneLine(run({ DATA_DIR: dir }))).toBe(
      `Chuyên Đề cannot start: database file ${file} is read-only: make it writable by the server`,
    );
  });

  it('names a full disk (simulated: more free space required than there is)', () => {
    const dir = dataDir();
    expect(oneLine(run({ DATA_DIR: dir, MIN_FREE_DISK_MB: '999999999' }))).toMatch(
      new RegExp(
        `^Chuyên Đề cannot start: the disk of data folder ${dir} is full \\(\\d+ MB free, at least 999999999 MB needed\\)$`,
      ),
    );
  });

  it('names a port in use', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      // The port is bound by the operating system: the blocker need not answer while this waits.
      const result = run({ DATA_DIR: dataDir(), PORT: String(port), HOST: '127.0.0.1' });
      expect(oneLine(result)).toBe(
        `Chuyên Đề cannot start: port ${port} is already in use (another server?): set PORT to a free port`,
      );
    } finally {
      blocker.close();
    }
  });

  it('never echoes the password of DATABASE_URL', () => {
    const result = run({ DATABASE_URL: 'postgres://chuyende:S3cret-pw@127.0.0.1:1/chuyende' });
    const line = oneLine(result);
    expect(line).toMatch(/^Chuyên Đề cannot start: cannot prepare the postgres database: /);
    expect(result.stderr + result.stdout).not.toContain('S3cret-pw');
  });
});
