// Writes the web client's API types from the app's own OpenAPI 3.1 document:
//   npm run api:types            regenerate web/src/api/generated/openapi.ts
//   npm run api:types -- --check exit 1 (one line) when the committed file differs from what the app describes
//
// The document comes from `createApp` on an in-memory SQLite database, asked for /api/openapi.json through
// `app.request()`: no server listens, no migration runs (the description route reads no table, and the
// authentication gate lets it through without a session).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { type OpenAPI3 } from 'openapi-typescript';
import { openSqlite } from '#db/connection.ts';
import { createApp } from '#server/app.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = 'web/src/api/generated/openapi.ts';

const HEADER = `// Generated from the app's OpenAPI document (GET /api/openapi.json) by scripts/api-types.ts.
// Do not edit: change the server's zod schemas and run \`npm run api:types\`.
`;

async function describeApp(): Promise<OpenAPI3> {
  const database = openSqlite(':memory:');
  try {
    const app = createApp(database, { secureCookies: false, sessionDays: 7 });
    const response = await app.request('/api/openapi.json');
    if (!response.ok) throw new Error(`GET /api/openapi.json answered ${response.status}`);
    return (await response.json()) as OpenAPI3;
  } finally {
    await database.close();
  }
}

/** The generator's output, formatted by the project's Biome settings so `biome check` passes on it. */
function format(source: string): string {
  const biome = path.join(root, 'node_modules', '.bin', 'biome');
  const result = spawnSync(biome, ['format', `--stdin-file-path=${target}`], {
    cwd: root,
    input: source,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`biome format failed: ${result.stderr || result.stdout}`);
  return result.stdout;
}

/**
 * The one change the document needs before openapi-typescript 6 reads it: @hono/zod-openapi writes an
 * empty `components.parameters: {}`, which the generator turns into the type `{}` (any non-nullish value,
 * refused by Biome's noBannedTypes). Without the empty map it writes `never`, like the other empty
 * sections. Everything else in our 3.1 document (type arrays with "null", allOf, anyOf with a null member,
 * enums) it reads as it is.
 */
function withoutEmptyComponentMaps(document: OpenAPI3): OpenAPI3 {
  const components = Object.fromEntries(
    Object.entries(document.components ?? {}).filter(([, map]) => Object.keys(map ?? {}).length > 0),
  );
  return { ...document, components };
}

async function generate(): Promise<string> {
  const document = withoutEmptyComponentMaps(await describeApp());
  // `defaultNonNullable: false`: a property with a default stays optional, as zod's input allows.
  const types = await openapiTS(document, {
    silent: true,
    commentHeader: HEADER,
    defaultNonNullable: false,
  });
  return format(types);
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const file = path.join(root, target);
  const generated = await generate();
  if (check) {
    const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (committed !== generated) {
      console.error(`${target}: differs from what the app describes; run npm run api:types`);
      process.exitCode = 1;
    }
    return;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, generated);
  console.log(`wrote ${target}`);
}

await main();
