import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openSqlite } from '../../src/db/connection.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

/** Migrates one SQLite template per run; each test file copies it (a file copy is ~1 ms). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'chuyen-de-sqlite-'));
  const templateFile = path.join(workDir, 'template.sqlite');
  const database = openSqlite(templateFile);
  try {
    await migrateToLatest(database.db);
  } finally {
    // Closing checkpoints the WAL into the main file, so copying that one file is enough.
    await database.close();
  }
  project.provide('sqliteTemplateFile', templateFile);
  project.provide('sqliteWorkDir', workDir);
  return async () => {
    await fs.rm(workDir, { recursive: true, force: true });
  };
}
