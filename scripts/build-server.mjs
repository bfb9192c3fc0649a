// The production server compiled ahead (issue 20, "Production server compiled ahead"): esbuild bundles the
// project's own TypeScript (src/main.ts, src/cli.ts and everything they import) into dist/server/*.js, plain
// ESM that `node` runs without tsx. Packages stay in node_modules and are imported from there at run time:
// several have native parts (better-sqlite3, @node-rs/argon2), dynamic requires (pg, exceljs) or read their
// own files beside them (pdfmake's and Tinos' fonts, swagger-ui-dist), which a bundle would break.
// `npm start` (scripts/start.mjs) calls serverBuildIsStale() and buildServer(); `npm run build:server` builds
// it by hand; the tests that start the server run `node scripts/build-server.mjs --if-stale` first.
import fs from 'node:fs';
import path from 'node:path';

export const SERVER_OUT_DIR = 'dist/server';
export const SERVER_ENTRIES = ['src/main.ts', 'src/cli.ts'];
const SOURCES = ['src', 'package.json', 'scripts/build-server.mjs'];

function newestMtime(target) {
  const stats = fs.statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** True when a compiled entry is missing or older than any source file (or this build's settings). */
export function serverBuildIsStale() {
  const outputs = SERVER_ENTRIES.map((entry) =>
    path.join(SERVER_OUT_DIR, `${path.basename(entry, '.ts')}.js`),
  );
  if (!outputs.every((file) => fs.existsSync(file))) return true;
  const built = Math.min(...outputs.map((file) => fs.statSync(file).mtimeMs));
  return SOURCES.some((source) => newestMtime(source) > built);
}

/**
 * Plain-JavaScript packages the server imports at start-up, bundled into it (issue 20, "start-up"): loaded from
 * node_modules they were ~500 files to resolve, open and compile before the first answer (kysely alone 264,
 * zod 100, hono 41). Every other package stays external and is loaded from node_modules: native parts
 * (better-sqlite3, @node-rs/argon2), dynamic requires and packages that read their own files (exceljs, pdfmake
 * and its fonts, swagger-ui-dist, sanitize-html) and those loaded only on first use (htmlparser2: documents/html-blocks.ts). Packages that share
 * classes are bundled together (hono with its adapters, zod with the OpenAPI layers), never one without the other.
 */
export const BUNDLED_PACKAGES = [
  'kysely',
  'zod',
  'hono',
  '@hono/node-server',
  '@hono/zod-openapi',
  '@hono/zod-validator',
  '@asteasolutions/zod-to-openapi',
  'diff',
];

/** An esbuild plugin: bare imports of `bundled` packages are bundled, every other package is external. */
function bundleOnly(bundled) {
  const names = new Set(bundled);
  const packageOf = (spec) =>
    spec
      .split('/')
      .slice(0, spec.startsWith('@') ? 2 : 1)
      .join('/');
  return {
    name: 'bundle-only',
    setup(build) {
      build.onResolve({ filter: /^[^./#]/ }, (args) => {
        if (args.path.startsWith('node:') || names.has(packageOf(args.path))) return undefined;
        return { path: args.path, external: true };
      });
    },
  };
}

/**
 * An esbuild plugin: zod's locales, but English, left out of the bundle. `z` is a namespace holding them all
 * (`z.locales`, `z.core.locales`: ~60 files, ~380 kB, an eighth of what the server compiles at start-up) and nothing
 * here selects one: zod's schemas set English themselves, and the app words its own messages (http/messages).
 */
function zodEnglishOnly() {
  const zodDir = `${path.sep}node_modules${path.sep}zod${path.sep}`;
  return {
    name: 'zod-english-only',
    setup(build) {
      build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
        args.importer.includes(zodDir)
          ? {
              path: path.join(path.dirname(args.importer), '../locales/english-only.js'),
              namespace: 'zod-locales',
            }
          : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
        contents: "export { default as en } from './en.js';",
        resolveDir: path.dirname(args.path),
        loader: 'js',
      }));
    },
  };
}

/**
 * Builds dist/server. Each file is written under a temporary name and renamed into place, so a server
 * starting meanwhile (or a second build running at once, as two test files may) never reads half a file;
 * the build is deterministic, so two builds write the same bytes.
 */
export async function buildServer() {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: SERVER_ENTRIES,
    outdir: SERVER_OUT_DIR,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    // Every bare import (a package) is loaded from node_modules at run time; `#db/…` and relative
    // imports are the project's own code and are bundled.
    plugins: [bundleOnly(BUNDLED_PACKAGES), zodEnglishOnly()],
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
  });
  // Chunks first, the entries last: an entry never points at a chunk not yet in place.
  const isChunk = (file) => file.path.includes(`${path.sep}chunks${path.sep}`);
  const outputs = [...result.outputFiles.filter(isChunk), ...result.outputFiles.filter((f) => !isChunk(f))];
  for (const file of outputs) {
    fs.mkdirSync(path.dirname(file.path), { recursive: true });
    const temporary = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, file.contents);
    fs.renameSync(temporary, file.path);
  }
}

// `node scripts/build-server.mjs [--if-stale]`
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  if (!process.argv.includes('--if-stale') || serverBuildIsStale()) {
    const started = Date.now();
    await buildServer();
    console.log(`Built ${SERVER_OUT_DIR} in ${Date.now() - started} ms`);
  }
}
