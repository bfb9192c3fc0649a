import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import type { App } from '../../src/server/app.ts';
import { buildApp } from './api-client.ts';
import { createTestDatabase } from './test-db.ts';

/** A test file's own database (the engine its project runs) and app: opened before its tests, closed after. */
export function openTestApp(): { readonly database: Database; readonly app: App } {
  const opened = {} as { database: Database; app: App };
  beforeAll(async () => {
    opened.database = await createTestDatabase();
    opened.app = buildApp(opened.database);
  });
  afterAll(async () => {
    await opened.database?.close();
  });
  return opened;
}
