import { expect } from 'vitest';
import type { ApiClient } from './api-client.ts';

/**
 * Answers kept between requests (plans/page-cache.ts, plans/overview-cache.ts): an answer through the API asked
 * twice, the second from what was kept, both the same.
 */
export async function askedTwice(client: ApiClient, path: string): Promise<unknown> {
  const first = await client.request('GET', path);
  const second = await client.request('GET', path);
  expect(first.status).toBe(200);
  expect(second.body).toEqual(first.body);
  return first.body;
}

/** After each write, the next answer is what a fresh, uncached read answers, and not what it was before. */
export async function expectEachWriteFollowed(
  ask: () => Promise<unknown>,
  fresh: () => Promise<unknown>,
  writes: [string, () => Promise<unknown>][],
): Promise<void> {
  let before = await ask();
  expect(before).toEqual(await fresh());
  for (const [what, write] of writes) {
    await write();
    const answer = await ask();
    expect(answer, what).toEqual(await fresh());
    expect(answer, what).not.toEqual(before);
    before = answer;
  }
}
