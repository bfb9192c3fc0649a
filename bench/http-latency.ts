// Latency over loopback HTTP, one request at a time on a kept-alive connection, as a browser sends it (session
// cookie, `Accept-Encoding: br, gzip`): the whole answer is read, never decompressed (what is on the wire).
// Warm-up requests first (JIT, statement caches, the session cache), then ≥ 200 measured ones.
import http from 'node:http';
import zlib from 'node:zlib';
import { type Latency, latencyOf } from './table.ts';

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

export interface Answer {
  status: number;
  /** Bytes on the wire (after compression) and the header that says how. */
  bytes: number;
  encoding: string;
  /** The body as sent (compressed or not) and decoded. */
  body: Buffer;
  decoded: Buffer;
  setCookie: string[];
}

type Options = { cookie?: string; method?: string; body?: string };

/**
 * One request; a GET whose kept-alive connection the server closed just as it was reused (its keep-alive timeout
 * passed while a slow floor ran) is sent once more on a new connection.
 */
export async function request(url: string, options: Options = {}): Promise<Answer> {
  try {
    return await requestOnce(url, options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (!['ECONNRESET', 'EPIPE'].includes(code) || options.body) throw error;
    return requestOnce(url, options);
  }
}

function requestOnce(url: string, options: Options): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        agent,
        method: options.method ?? 'GET',
        headers: {
          'accept-encoding': 'br, gzip',
          ...(options.cookie ? { cookie: options.cookie } : {}),
          ...(options.body ? { 'content-type': 'application/json', origin: new URL(url).origin } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          const encoding = String(res.headers['content-encoding'] ?? 'identity');
          resolve({
            status: res.statusCode ?? 0,
            bytes: body.length,
            encoding,
            body,
            decoded: decode(body, encoding),
            setCookie: res.headers['set-cookie'] ?? [],
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function decode(body: Buffer, encoding: string): Buffer {
  if (encoding === 'br') return zlib.brotliDecompressSync(body);
  if (encoding === 'gzip') return zlib.gunzipSync(body);
  return body;
}

/** Signs in through the API and returns the session cookie (`name=value`). */
export async function signIn(origin: string, username: string, password: string): Promise<string> {
  const res = await request(`${origin}/api/auth/login`, {
    method: 'POST',
    body: JSON.stringify({ username, password }),
  });
  const cookie = res.setCookie[0]?.split(';')[0];
  if (res.status !== 200 || !cookie) throw new Error(`sign-in of ${username}: HTTP ${res.status}`);
  return cookie;
}

export interface Measured extends Latency {
  /** Of the last answer: bytes on the wire, bytes decoded, how it was encoded. */
  bytes: number;
  rawBytes: number;
  encoding: string;
}

interface Outcome {
  ok: boolean;
  bytes?: number;
  rawBytes?: number;
  encoding?: string;
}

/**
 * The warm-up before a figure's measured calls: `WARM_UP_MS` of calls, at least 10 — the same time for every figure
 * (a fast one gets thousands of calls, a slow one tens). A server in service runs warm: V8 optimises a path after
 * some hundreds or thousands of calls, and the commune's overview took 1.22 / 2.01 ms (p50 / p95) after 10 calls
 * against 0.36–0.54 / 0.76–1.59 ms after 2 s of them (docs/PERFORMANCE.md, stop 19). The floor is warmed alike.
 */
const WARM_UP_MS = Number(process.env.BENCH_WARMUP_MS ?? 2_000);

/** p50/p95 of `rounds` sequential calls of `fn` after the warm-up; any failure throws. */
export async function measure(label: string, fn: () => Promise<Outcome>, rounds: number): Promise<Measured> {
  let last: Outcome = { ok: false };
  const warmUntil = performance.now() + WARM_UP_MS;
  for (let i = 0; i < 10 || performance.now() < warmUntil; i++) last = await fn();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    last = await fn();
    samples.push(performance.now() - start);
    if (!last.ok) throw new Error(`${label}: a request failed`);
  }
  const latency = latencyOf(samples);
  console.log(
    `  ${label.padEnd(52)} p50 ${latency.p50.toFixed(1).padStart(8)} ms  p95 ${latency.p95.toFixed(1).padStart(8)} ms  (${rounds})`,
  );
  return { ...latency, bytes: last.bytes ?? 0, rawBytes: last.rawBytes ?? 0, encoding: last.encoding ?? '' };
}

/** `measure` of a GET over HTTP. */
export function measureGet(label: string, url: string, cookie: string, rounds: number): Promise<Measured> {
  return measure(
    label,
    async () => {
      const res = await request(url, { cookie });
      return {
        ok: res.status === 200,
        bytes: res.bytes,
        rawBytes: res.decoded.length,
        encoding: res.encoding,
      };
    },
    rounds,
  );
}
