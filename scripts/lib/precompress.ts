// Brotli and gzip copies of the web client's text files, written beside them at build time (`app.js.br`,
// `app.js.gz`): the server sends the one the browser accepts without compressing anything per request
// (issue 20, "Bytes"). Used by vite.config.ts after the bundle is written, and by the tests.
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

const TEXT_FILE = /\.(?:js|mjs|css|html|svg|json|webmanifest|txt|xml)$/i;
/** Below this a compressed copy saves less than the headers that announce it. */
const MIN_BYTES = 256;

export interface Compressed {
  file: string;
  raw: number;
  br: number;
  gzip: number;
}

export function brotliBytes(data: Buffer): Promise<Buffer> {
  return brotli(data, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
    },
  });
}

export function gzipBytes(data: Buffer): Promise<Buffer> {
  return gzip(data, { level: zlib.constants.Z_BEST_COMPRESSION });
}

/**
 * Writes `.br` and `.gz` beside every text file under `dir` (when smaller than the file itself). The files
 * are compressed side by side in libuv's thread pool: brotli at its best quality is the slow part.
 */
export async function precompressDir(dir: string): Promise<Compressed[]> {
  const work: Promise<Compressed>[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !TEXT_FILE.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    // Build bookkeeping (.vite/manifest.json) is never served.
    if (
      path
        .relative(dir, file)
        .split(path.sep)
        .some((part) => part.startsWith('.'))
    )
      continue;
    const data = fs.readFileSync(file);
    for (const stale of ['.br', '.gz']) fs.rmSync(file + stale, { force: true });
    if (data.length < MIN_BYTES) continue;
    work.push(
      Promise.all([brotliBytes(data), gzipBytes(data)]).then(([br, gz]) => {
        if (br.length < data.length) fs.writeFileSync(`${file}.br`, br);
        if (gz.length < data.length) fs.writeFileSync(`${file}.gz`, gz);
        return { file, raw: data.length, br: br.length, gzip: gz.length };
      }),
    );
  }
  return Promise.all(work);
}

/** A Rollup/Rolldown output plugin: compresses the written build (vite.config.ts, build options). */
export function precompressPlugin(outDir: string) {
  return {
    name: 'chuyen-de:precompress',
    async writeBundle() {
      await precompressDir(outDir);
    },
  };
}
