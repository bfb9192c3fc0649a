import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_TABLES } from '../../src/db/backup.ts';
import type { Database } from '../../src/db/connection.ts';
import { DEMO_PASSWORD, seedDemo } from '../../src/seed/demo.ts';
import type { App } from '../../src/server/app.ts';
import {
  buildGuidance,
  buildInspection,
  buildMeeting,
  buildPreparation,
  buildResolution,
  buildReview,
  buildWorld,
} from '../fixtures/factories.ts';
import { type ApiClient, buildApp, loggedIn } from '../support/api-client.ts';
import { installChangeCounter } from '../support/fuzz/change-counter.ts';
import { type FuzzRequest, type IdPools, operationsOf, requestsOf } from '../support/fuzz/requests.ts';
import { createTestDatabase } from '../support/test-db.ts';

/**
 * Property-based requests derived from the OpenAPI document (issue 19): wrong types, missing and extra
 * fields, 1 MB strings, NUL and lone surrogates, SQL and HTML payloads, impossible dates, ids of another
 * organisation. Every answer is below 500 with the error shape when refused; a malformed request is refused
 * with a 4xx; a refused request changes no row. `npm test` runs a slice (FUZZ_REQUESTS, 1,000 per engine);
 * `npm run fuzz` runs 10,000 per engine. FUZZ_SEED replays a run.
 */
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
/** Operations that end the session they run in, whatever their body: sent with a session of their own. */
const SESSION_ENDING = new Set(['POST /auth/logout']);
/** The fuzzer's own users: their people and accounts are kept out of the ids it sends (a valid reset or
 * disabling of one of them would end its session and leave the rest of the run unsigned). */
const USERS = ['bithu.noi', 'canbo.phuong', 'dangvien.noi'];
const THROWAWAY_USER = 'chiuy.noi';
const HANG_MS = 15_000;

let database: Database;
let app: App;
let ids: IdPools;
let changes: () => Promise<number>;
let clients: ApiClient[];
let throwaway: ApiClient;

async function allIds(db: Database['db']): Promise<Set<string>> {
  const found = new Set<string>();
  for (const table of BACKUP_TABLES) {
    const rows = (await db.selectFrom(table).selectAll().execute()) as Record<string, unknown>[];
    for (const row of rows) if (typeof row.id === 'string') found.add(row.id);
  }
  return found;
}

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
  await seedDemo(database.db);
  const own = await allIds(database.db);
  // Another organisation with a record at every stage: none of it is the demo users' business.
  const world = await buildWorld(database.db);
  const foreign = world.foreignCell.id;
  const resolution = await buildResolution(database.db, foreign);
  await buildReview(database.db, resolution.topicId, { written: true });
  const [chairId, minuteTakerId] = world.foreignCell.memberIds;
  await buildMeeting(database.db, foreign, {
    status: 'ended',
    guest: true,
    task: true,
    chairId,
    minuteTakerId,
    minutes: 'locked',
  });
  await buildPreparation(database.db, foreign, {
    status: 'distributed',
    comment: true,
    attachment: true,
  });
  await buildGuidance(database.db, world.foreignRoot.id);
  await buildInspection(database.db, {
    committeeId: world.foreignRoot.id,
    cellId: foreign,
    stage: 'answered',
  });
  const foreignIds = [...(await allIds(database.db))].filter((id) => !own.has(id));
  const accounts = await database.db
    .selectFrom('user_account')
    .select(['id', 'person_id'])
    .where('username', 'in', [...USERS, THROWAWAY_USER])
    .execute();
  const kept = new Set(accounts.flatMap((a) => [a.id, a.person_id ?? '']));
  ids = { own: [...own].filter((id) => !kept.has(id)), foreign: foreignIds };
  changes = await installChangeCounter(database);
  clients = await Promise.all(USERS.map((u) => loggedIn(app, u, DEMO_PASSWORD)));
  throwaway = await loggedIn(app, THROWAWAY_USER, DEMO_PASSWORD);
}, 120_000);
afterAll(() => database.close());

interface Failure {
  request: FuzzRequest;
  why: string;
}

async function send(client: ApiClient, r: FuzzRequest): Promise<Response> {
  const headers: Record<string, string> = { 'accept-language': 'vi', cookie: client.cookie };
  if (r.method !== 'GET') headers['x-csrf-token'] = client.csrfToken;
  if (r.contentType) headers['content-type'] = r.contentType;
  const answer = app.request(r.url, { method: r.method, headers, body: r.body });
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no answer')), HANG_MS);
  });
  try {
    return await Promise.race([answer, hang]);
  } finally {
    clearTimeout(timer);
  }
}

async function check(client: ApiClient, r: FuzzRequest): Promise<{ status: number; why: string | null }> {
  const before = await changes();
  let res: Response;
  try {
    res = await send(client, r);
  } catch (error) {
    return { status: 0, why: `no answer within ${HANG_MS} ms (${(error as Error).message})` };
  }
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('text/event-stream')) {
    await res.body?.cancel();
    return { status: res.status, why: r.malformed ? `a stream opened for ${r.malformed}` : null };
  }
  const text = await res.text();
  return { status: res.status, why: await judge(r, res.status, text, before) };
}

async function judge(r: FuzzRequest, status: number, text: string, before: number): Promise<string | null> {
  if (status >= 500) return `server error: ${text.slice(0, 200)}`;
  if (r.malformed && status < 400) return `accepted ${r.malformed}`;
  if (status >= 400) {
    let shape = false;
    try {
      const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
      shape = typeof body.error?.code === 'string' && typeof body.error.message === 'string';
    } catch {}
    if (!shape) return `refused without the error shape: ${text.slice(0, 120)}`;
    const after = await changes();
    if (after !== before) return `refused, yet ${after - before} row change(s) stayed`;
  }
  return null;
}

describe('fuzzing every operation of the OpenAPI document', () => {
  it(
    `answers ${REQUESTS} generated requests below 500, refuses the malformed, and a refusal changes nothing (seed ${SEED})`,
    async () => {
      const doc = await (await app.request('/api/openapi.json')).json();
      const operations = operationsOf(doc);
      const perOperation = Math.max(1, Math.ceil(REQUESTS / operations.length));
      const failures: Failure[] = [];
      let sent = 0;
      let signedOut = 0;
      for (const [i, op] of operations.entries()) {
        const key = `${op.method} ${op.path}`;
        const arb = requestsOf(op, doc.components.schemas, ids);
        for (const [j, request] of fc.sample(arb, { numRuns: perOperation, seed: SEED + i }).entries()) {
          const client = SESSION_ENDING.has(key)
            ? throwaway
            : (clients[(i + j) % clients.length] as ApiClient);
          const { status, why } = await check(client, request);
          sent += 1;
          if (status === 401 && !key.startsWith('POST /auth/')) signedOut += 1;
          if (why) failures.push({ request, why });
        }
      }
      const report = failures
        .slice(0, 30)
        .map(
          ({ request: r, why }) =>
            `${r.method} ${r.url.slice(0, 160)} ${r.contentType ?? ''} ${(r.body ?? '').slice(0, 120)} [${r.malformed ?? 'valid'}] → ${why}`,
        );
      expect(sent).toBeGreaterThanOrEqual(REQUESTS);
      // The users stay signed in throughout: a fuzzer answered "not signed in" tests nothing.
      expect(signedOut).toBe(0);
      expect(report, `${failures.length} failures, seed ${SEED}`).toEqual([]);
    },
    Math.max(120_000, REQUESTS * 200),
  );
});
