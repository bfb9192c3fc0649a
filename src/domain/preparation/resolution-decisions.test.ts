import { describe, expect, it } from 'vitest';
import {
  adoptedInOrder,
  decisionEditBlock,
  decisionVoteBlock,
  numberDecisions,
  taskFromDecision,
} from './resolution-decisions.ts';

describe('decisionEditBlock', () => {
  // Seed 003, step 2: the decisions are written with the draft resolution ("Dự thảo Nghị quyết").
  it('lets the preparer edit the decisions exactly while the draft is being written or completed', () => {
    for (const status of [
      'draft1_writing',
      'draft1_refused',
      'draft2_writing',
      'draft2_refused',
      'presented',
    ] as const)
      expect(decisionEditBlock({ kind: 'resolution', status })).toBeUndefined();
    for (const status of [
      'draft1_submitted',
      'distributed',
      'draft2_approved',
      'resolution_approved',
      'final',
    ] as const)
      expect(decisionEditBlock({ kind: 'resolution', status })).toBe('NOT_EDITABLE');
  });

  it('is only for a resolution topic', () => {
    expect(decisionEditBlock({ kind: 'other', status: 'draft1_writing' })).toBe('NOT_RESOLUTION');
  });

  // Seed 003, step 4: "Đảng viên thảo luận và biểu quyết" — what the cell adopted stays as adopted.
  it('freezes a decision the cell adopted', () => {
    const adopted = { adopted: true, voted: true };
    expect(decisionEditBlock({ kind: 'resolution', status: 'presented', decision: adopted })).toBe('ADOPTED');
    const failed = { adopted: false, voted: true };
    expect(decisionEditBlock({ kind: 'resolution', status: 'presented', decision: failed })).toBeUndefined();
  });

  // A decision that failed its vote may be reworded, not removed: the vote on it stays in the record.
  it('keeps a decision the cell voted on', () => {
    const failed = { adopted: false, voted: true };
    expect(
      decisionEditBlock({ kind: 'resolution', status: 'presented', decision: failed, removing: true }),
    ).toBe('VOTED');
    const fresh = { adopted: false, voted: false };
    expect(
      decisionEditBlock({ kind: 'resolution', status: 'presented', decision: fresh, removing: true }),
    ).toBeUndefined();
  });
});

describe('decisionVoteBlock', () => {
  it('votes only on a decision of the meeting’s own topic, once adopted never again', () => {
    const decision = { topicId: 't1', adopted: false };
    expect(decisionVoteBlock({ meetingTopicId: 't1', decision })).toBeUndefined();
    expect(decisionVoteBlock({ meetingTopicId: 't2', decision })).toBe('NOT_OF_TOPIC');
    expect(decisionVoteBlock({ meetingTopicId: null, decision })).toBe('NOT_OF_TOPIC');
    expect(decisionVoteBlock({ meetingTopicId: 't1', decision: { ...decision, adopted: true } })).toBe(
      'ALREADY_ADOPTED',
    );
  });
});

describe('numbering', () => {
  const decisions = [
    { id: 'c', position: 7, adopted: true },
    { id: 'a', position: 1, adopted: true },
    { id: 'b', position: 3, adopted: false },
  ];
  it('numbers the decisions 1, 2, … in their order', () => {
    expect(numberDecisions(decisions).map((d) => [d.id, d.number])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
  });

  // A decision that failed its vote is not adopted and leaves no gap in the resolution.
  it('renumbers the adopted ones for the resolution', () => {
    expect(adoptedInOrder(decisions).map((d) => [d.id, d.number])).toEqual([
      ['a', 1],
      ['c', 2],
    ]);
  });
});

describe('taskFromDecision', () => {
  // Seed 003, step 5: "Tổ chức triển khai thực hiện" — the adopted decision is the task, copied, not re-typed.
  it('copies what, who and by when, and links the decision', () => {
    expect(taskFromDecision({ id: 'd1', text: 'Lắp camera', ownerId: null, dueOn: '2026-09-30' })).toEqual({
      title: 'Lắp camera',
      ownerId: null,
      dueOn: '2026-09-30',
      decisionId: 'd1',
    });
  });
});
