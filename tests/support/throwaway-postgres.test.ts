import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './free-port.ts';
import {
  defaultPackageDir,
  PostgresStartError,
  startThrowawayPostgres,
  type ThrowawayPostgres,
  type ThrowawayPostgresOptions,
} from './throwaway-postgres.ts';

// Issue 21: `npm test` as root from a checkout inside a 0700 folder. PostgreSQL then runs as the
// `postgres` user, who cannot enter that folder; the binaries must be run from a copy it can reach.
const isRoot = process.getuid?.() === 0;

/** A folder made the way `mktemp -d` makes one: mode 0700, only its owner may enter. */
async function privateFolder(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'chuyen-de-private-'));
  await fs.chmod(dir, 0o700);
  return dir;
}

/** The error a start that must fail rejects with (a start that succeeds fails the test). */
async function startError(options: ThrowawayPostgresOptions): Promise<Error> {
  let server: ThrowawayPostgres;
  try {
    server = await startThrowawayPostgres(options);
  } catch (error) {
    if (error instanceof Error) return error;
    throw error;
  }
  await server.stop();
  throw new Error('PostgreSQL started where it should not');
}

async function sharedFolder(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'chuyen-de-shared-'));
  await fs.chmod(dir, 0o755);
  return dir;
}

// Starting PostgreSQL takes seconds, more on a busy two-core machine: each case gets a minute.
describe('throwaway PostgreSQL for tests', { timeout: 60_000 }, () => {
  const made: string[] = [];
  let privateCheckout: string;
  let packageDir: string;

  beforeAll(async () => {
    // A copy of the installed binaries package inside a private folder stands for the private checkout.
    privateCheckout = await privateFolder();
    made.push(privateCheckout);
    packageDir = path.join(privateCheckout, 'node_modules', 'binaries');
    await fs.cp(defaultPackageDir(), packageDir, { recursive: true, verbatimSymlinks: true });
  });

  afterAll(async () => {
    for (const dir of made) await fs.rm(dir, { recursive: true, force: true });
  });

  it('starts from binaries inside a 0700 folder and answers queries', async () => {
    if (isRoot) {
      // The situation of the issue really holds: the postgres user cannot run the binaries where they are.
      const denied = spawnSync(path.join(packageDir, 'native', 'bin', 'postgres'), ['--version'], {
        uid: Number(spawnSync('id', ['-u', 'postgres']).stdout.toString()),
        gid: Number(spawnSync('id', ['-g', 'postgres']).stdout.toString()),
      });
      expect(denied.error?.message ?? `exit ${denied.status}`).toContain('EACCES');
    }
    const sharedDir = await sharedFolder();
    made.push(sharedDir);
    const server = await startThrowawayPostgres({
      port: await freePort(),
      user: 'postgres',
      password: 'secret',
      packageDir,
      sharedDir,
    });
    try {
      const client = new pg.Client({ connectionString: `${server.baseUrl}/postgres` });
      await client.connect();
      const result = await client.query<{ answer: number }>('SELECT 6 * 7 AS answer');
      await client.end();
      expect(result.rows[0]?.answer).toBe(42);
    } finally {
      await server.stop();
    }
    // As root it ran from a copy in the shared folder; otherwise from where the binaries are.
    expect((await fs.readdir(sharedDir)).length).toBe(isRoot ? 1 : 0);
  });

  it('says in one line what is missing when there are no binaries', async () => {
    const empty = await privateFolder();
    made.push(empty);
    const error = await startError({
      port: await freePort(),
      user: 'postgres',
      password: 'x',
      packageDir: empty,
    });
    expect(error).toBeInstanceOf(PostgresStartError);
    expect(error.message).toMatch(
      /^embedded PostgreSQL did not start: no PostgreSQL binaries at .*: run `npm ci`$/,
    );
    expect(error.message).not.toContain('\n');
    expect(error.stack).toBe(`PostgresStartError: ${error.message}`);
  });

  it.runIf(isRoot)('says in one line what to do when even the copy is out of reach', async () => {
    // TMPDIR itself private: the copy lands where the postgres user cannot go either.
    const privateTmp = await privateFolder();
    made.push(privateTmp);
    const error = await startError({
      port: await freePort(),
      user: 'postgres',
      password: 'x',
      packageDir,
      sharedDir: privateTmp,
    });
    expect(error).toBeInstanceOf(PostgresStartError);
    expect(error.message).toContain('set TMPDIR to a folder every user may enter');
    expect(error.message).not.toContain('\n');
  });

  it('says in one line why the server stopped when its port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const error = await startError({ port, user: 'postgres', password: 'x' });
      expect(error).toBeInstanceOf(PostgresStartError);
      expect(error.message).toMatch(
        /^embedded PostgreSQL did not start: postgres exited 1 during start-up: .+/,
      );
      expect(error.message).not.toContain('\n');
    } finally {
      blocker.close();
    }
  });
});
