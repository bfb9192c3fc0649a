import { describe, expect, it } from 'vitest';
import { FakeClock } from './clock.ts';

describe('the fake clock', () => {
  it('moves only when told, firing each timer as often as it fell due', () => {
    const clock = new FakeClock('2026-05-01T00:00:00Z');
    const fired: string[] = [];
    const stop = clock.every(60_000, () => fired.push(clock.now().toISOString()));
    clock.advance(59_999);
    expect(fired).toEqual([]);
    clock.advance(121_000);
    expect(fired).toEqual([
      '2026-05-01T00:01:00.000Z',
      '2026-05-01T00:02:00.000Z',
      '2026-05-01T00:03:00.000Z',
    ]);
    expect(clock.now().toISOString()).toBe('2026-05-01T00:03:00.999Z');
    stop();
    clock.advance(600_000);
    expect(fired).toHaveLength(3);
  });
});
