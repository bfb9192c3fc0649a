// `npm start`: builds what is missing or older than its sources (the web client with Vite, the server with
// esbuild into dist/server), then runs the compiled server IN THIS PROCESS: no tsx, no child process
// (issue 20, "Production server compiled ahead"). The server handles SIGTERM/SIGINT itself and shuts down
// cleanly (src/main.ts). `tsx` stays for `npm run dev`, the tests and the CLI.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildServer, SERVER_OUT_DIR, serverBuildIsStale } from './build-server.mjs';

const bin = (name) => path.join('node_modules', '.bin', name);

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

// A WEB_DIR set by the operator is theirs to build; the default dist/web is built here.
const built = 'dist/web/index.html';
if (!process.env.WEB_DIR && (!fs.existsSync(built) || fs.statSync(built).mtimeMs < newestMtime('web'))) {
  console.log('Building the web client…');
  const build = spawnSync(bin('vite'), ['build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

if (serverBuildIsStale()) {
  console.log('Building the server…');
  await buildServer();
}

process.env.NODE_ENV ??= 'production';
await import(pathToFileURL(path.resolve(SERVER_OUT_DIR, 'main.js')).href);
