import { describe, expect, it } from 'vitest';
import { parseLiveMessage } from './bridge.ts';

describe('the live bridge’s messages', () => {
  it('reads an event of either bus with its origin', () => {
    expect(parseLiveMessage('{"origin":"o1","bus":"meeting","key":"m1"}')).toEqual({
      origin: 'o1',
      bus: 'meeting',
      key: 'm1',
    });
    expect(parseLiveMessage('{"origin":"o1","bus":"person","key":"p1","ids":["n1","n2"]}')).toEqual({
      origin: 'o1',
      bus: 'person',
      key: 'p1',
      ids: ['n1', 'n2'],
    });
  });

  it('drops what is not one (a stray NOTIFY, another version, broken JSON)', () => {
    for (const payload of [
      undefined,
      '',
      'hello',
      '{"bus":"meeting","key":"m1"}',
      '{"origin":"o1","bus":"plan","key":"x"}',
      '{"origin":"o1","bus":"meeting","key":7}',
    ])
      expect(parseLiveMessage(payload)).toBeNull();
    expect(parseLiveMessage('{"origin":"o1","bus":"person","key":"p1","ids":[1]}')).toEqual({
      origin: 'o1',
      bus: 'person',
      key: 'p1',
    });
  });
});
