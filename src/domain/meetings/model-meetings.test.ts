import { describe, expect, it } from 'vitest';
import type { Actor } from '../authz/policy.ts';
import { designatingCommittee, designationProblem, invitedCells, lessonsProblem } from './model-meetings.ts';

const TODAY = '2026-06-10';
const meeting = (over: Partial<Parameters<typeof designationProblem>[0]> = {}) => ({
  kind: 'thematic' as const,
  status: 'scheduled' as const,
  heldOn: '2026-06-20',
  ...over,
});

describe('designationProblem (seed 001: "sinh hoạt chuyên đề mẫu")', () => {
  it('accepts a thematic or combined meeting still to come, today included', () => {
    expect(designationProblem(meeting(), TODAY)).toBeNull();
    expect(designationProblem(meeting({ kind: 'combined' }), TODAY)).toBeNull();
    expect(designationProblem(meeting({ heldOn: TODAY }), TODAY)).toBeNull();
  });

  it('refuses a regular meeting: only a thematic one is a model', () => {
    expect(designationProblem(meeting({ kind: 'regular' }), TODAY)).toBe('MODEL_MEETING_NOT_THEMATIC');
  });

  it('refuses a meeting started, ended, cancelled or on a past day', () => {
    for (const status of ['in_progress', 'ended', 'cancelled'] as const)
      expect(designationProblem(meeting({ status }), TODAY)).toBe('MODEL_MEETING_CLOSED');
    expect(designationProblem(meeting({ heldOn: '2026-06-09' }), TODAY)).toBe('MODEL_MEETING_CLOSED');
  });
});

describe('lessonsProblem: the lessons are drawn after the meeting', () => {
  it('only once it ended', () => {
    expect(lessonsProblem('ended')).toBeNull();
    for (const status of ['scheduled', 'in_progress', 'cancelled'] as const)
      expect(lessonsProblem(status)).toBe('MODEL_MEETING_NOT_ENDED');
  });
});

// ward → hospital committee → cell
const CHAIN = ['cell', 'hospital', 'ward'];
const actor = (grants: Actor['grants'], isAdmin = false): Actor => ({
  userId: 'u',
  personId: isAdmin ? null : 'p',
  isAdmin,
  grants,
});

describe('designatingCommittee: an officer of a committee above the cell', () => {
  it('takes the nearest committee where the actor is officer', () => {
    expect(designatingCommittee(actor([{ unitId: 'hospital', role: 'officer' }]), CHAIN)).toBe('hospital');
    expect(designatingCommittee(actor([{ unitId: 'ward', role: 'officer' }]), CHAIN)).toBe('ward');
    expect(
      designatingCommittee(
        actor([
          { unitId: 'ward', role: 'officer' },
          { unitId: 'hospital', role: 'officer' },
        ]),
        CHAIN,
      ),
    ).toBe('hospital');
  });

  it('none for a role of the cell itself, another role above, or a committee outside the subtree', () => {
    expect(designatingCommittee(actor([{ unitId: 'cell', role: 'secretary' }]), CHAIN)).toBeUndefined();
    expect(designatingCommittee(actor([{ unitId: 'hospital', role: 'inspector' }]), CHAIN)).toBeUndefined();
    expect(designatingCommittee(actor([{ unitId: 'elsewhere', role: 'officer' }]), CHAIN)).toBeUndefined();
  });

  it('an administrator acts for the cell’s own committee', () => {
    expect(designatingCommittee(actor([], true), CHAIN)).toBe('hospital');
  });
});

describe('invitedCells: cells of the committee’s subtree, never the host', () => {
  const SUBTREE = ['cell', 'sibling', 'other'];
  it('"all" is every other cell of the subtree', () => {
    expect(invitedCells(SUBTREE, 'cell', null)).toEqual({ cells: ['sibling', 'other'] });
  });
  it('a chosen list, without repeats', () => {
    expect(invitedCells(SUBTREE, 'cell', ['other', 'other'])).toEqual({ cells: ['other'] });
  });
  it('refuses the host, a cell outside the subtree, or nobody', () => {
    expect(invitedCells(SUBTREE, 'cell', ['cell'])).toEqual({ problem: 'MODEL_MEETING_CELL_OUTSIDE' });
    expect(invitedCells(SUBTREE, 'cell', ['foreign'])).toEqual({ problem: 'MODEL_MEETING_CELL_OUTSIDE' });
    expect(invitedCells(SUBTREE, 'cell', [])).toEqual({ problem: 'MODEL_MEETING_NO_CELLS' });
    expect(invitedCells(['cell'], 'cell', null)).toEqual({ problem: 'MODEL_MEETING_NO_CELLS' });
  });
});
