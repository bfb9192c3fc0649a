import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Start-up failures the operator must fix are one clear line, never a stack trace.
const run = (env: Record<string, string>) =>
  spawnSync(path.join('node_modules', '.bin', 'tsx'), ['src/main.ts'], {
    env: { ...process.env, ...env, PORT: '0' },
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
