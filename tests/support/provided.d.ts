// Values the api projects' globalSetup files hand to test files through vitest's provide/inject.
declare module 'vitest' {
  export interface ProvidedContext {
    /** Migrated SQLite file to copy for each test file (api-sqlite). */
    sqliteTemplateFile: string;
    /** Folder for the per-file SQLite copies; removed at teardown. */
    sqliteWorkDir: string;
    /** Admin URL of the run's embedded PostgreSQL, path = the `postgres` database (api-postgres). */
    postgresAdminUrl: string;
    /** Name of the migrated template database to clone per test file. */
    postgresTemplateDb: string;
  }
}

export {};
