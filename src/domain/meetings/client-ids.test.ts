import { describe, expect, it } from 'vitest';
import { clientIdOutcome } from './client-ids.ts';

describe('clientIdOutcome', () => {
  const content = { title: 'Rà soát hồ sơ', ownerId: 'p1', dueOn: null };

  it('creates when no row has the id', () => {
    expect(clientIdOutcome(undefined, 'm1', content)).toBe('create');
  });

  it('answers a replay of the same content in the same meeting as done', () => {
    expect(clientIdOutcome({ meetingId: 'm1', content: { ...content } }, 'm1', content)).toBe('replay');
    // A missing optional field and null are the same "none".
    expect(
      clientIdOutcome({ meetingId: 'm1', content: { title: 'A', dueOn: null } }, 'm1', { title: 'A' }),
    ).toBe('replay');
  });

  it('refuses the same id with other content', () => {
    expect(clientIdOutcome({ meetingId: 'm1', content }, 'm1', { ...content, title: 'Khác' })).toBe(
      'conflict',
    );
    expect(clientIdOutcome({ meetingId: 'm1', content }, 'm1', { ...content, ownerId: null })).toBe(
      'conflict',
    );
  });

  it('refuses an id already used by another meeting, even with the same content', () => {
    expect(clientIdOutcome({ meetingId: 'm2', content }, 'm1', content)).toBe('conflict');
  });
});
