import { describe, expect, it } from 'vitest';
import { CELL_VOTE_RULE, type VoteRule, voteBase, voteResult } from './vote-rule.ts';
import { member, sorted, tally } from './vote-rule-fixtures.ts';

describe('the rule is data: another rule changes the outcome, not the code', () => {
  const twoThirds: VoteRule = { ...CELL_VOTE_RULE, passFraction: 2 / 3 };

  it('needs more than two thirds under a 2/3 rule: 7 of 9, 5 of 6, 3 of 3', () => {
    expect(voteResult(tally(0), 9, twoThirds).needed).toBe(7);
    expect(voteResult(tally(0), 6, twoThirds).needed).toBe(5);
    expect(voteResult(tally(0), 3, twoThirds).needed).toBe(3);
    expect(voteResult(tally(0), 10, twoThirds).needed).toBe(7);
  });

  it('passes 6 of 9 under the cell rule but not under a 2/3 rule', () => {
    expect(voteResult(tally(6, 3), 9).passed).toBe(true);
    expect(voteResult(tally(6, 3), 9, twoThirds).passed).toBe(false);
    expect(voteResult(tally(7, 2), 9, twoThirds).passed).toBe(true);
  });

  it('takes a fraction exactly: 63 of 90 is 70 %, so a 70 % rule needs 64', () => {
    const seventy: VoteRule = { ...CELL_VOTE_RULE, passFraction: 0.7 };
    expect(voteResult(tally(63, 27), 90, seventy)).toMatchObject({ passed: false, needed: 64 });
    expect(voteResult(tally(64, 26), 90, seventy)).toMatchObject({ passed: true, needed: 64 });
    expect(voteResult(tally(0), 10, seventy).needed).toBe(8);
  });

  it('keeps an excused absence in the base when a rule does not set it aside', () => {
    const keepExcused: VoteRule = {
      ...CELL_VOTE_RULE,
      setAside: { ...CELL_VOTE_RULE.setAside, absentWithApprovedReason: false },
    };
    const members = [
      member('a', 'official', 'present'),
      member('b', 'official', 'present'),
      member('c', 'official', 'present'),
      member('x', 'official', 'absent_excused'),
      member('y', 'official', 'absent_excused'),
    ];
    const cell = voteBase(members);
    const other = voteBase(members, keepExcused);
    expect(cell.base).toBe(3);
    expect(other.base).toBe(5);
    expect(other.setAside).toEqual([]);
    expect(sorted(other.voters)).toEqual(['a', 'b', 'c']);
    // Two of the three present vote for: enough under the cell rule, not when the excused count.
    expect(voteResult(tally(2, 1), cell.base).passed).toBe(true);
    expect(voteResult(tally(2, 1), other.base, keepExcused).passed).toBe(false);
  });

  it('counts an absent exempt member when a rule does not set them aside', () => {
    const rule: VoteRule = {
      ...CELL_VOTE_RULE,
      setAside: { ...CELL_VOTE_RULE.setAside, exemptAbsent: false },
    };
    const result = voteBase(
      [
        member('a', 'official', 'present'),
        member('e1', 'exempt', 'absent_unexcused'),
        member('e2', 'exempt', 'absent_excused'),
      ],
      rule,
    );
    // The one away without a reason counts; the one away with an approved reason is still set aside.
    expect(result.base).toBe(2);
    expect(sorted(result.counted)).toEqual(['a', 'e1']);
    expect(result.setAside).toEqual([{ id: 'e2', reason: 'absent_excused' }]);
    expect(result.voters).toEqual(['a']);
  });

  it('counts a suspended member when a rule does not set them aside', () => {
    const rule: VoteRule = { ...CELL_VOTE_RULE, setAside: { ...CELL_VOTE_RULE.setAside, suspended: false } };
    const result = voteBase([member('s', 'official', 'present', true)], rule);
    expect(result.base).toBe(1);
    expect(result.voters).toEqual(['s']);
  });

  it('counts a transferred-out member when a rule does not set them aside', () => {
    const rule: VoteRule = {
      ...CELL_VOTE_RULE,
      setAside: { ...CELL_VOTE_RULE.setAside, transferredOut: false },
    };
    const result = voteBase(
      [
        member('t1', 'transferred_out', 'absent_unexcused'),
        member('t2', 'transferred_out', 'absent_excused'),
        member('t3', 'transferred_out', 'present', true),
      ],
      rule,
    );
    // Only the one away without a reason counts: the others are still set aside for their other reasons.
    expect(result.base).toBe(1);
    expect(result.counted).toEqual(['t1']);
    expect(result.setAside).toEqual([
      { id: 't2', reason: 'absent_excused' },
      { id: 't3', reason: 'suspended' },
    ]);
  });

  it('never lets a probationary member vote, whatever the rule sets aside', () => {
    const none: VoteRule = {
      ...CELL_VOTE_RULE,
      setAside: {
        transferredOut: false,
        exemptAbsent: false,
        suspended: false,
        absentWithApprovedReason: false,
      },
    };
    const result = voteBase([member('p', 'probationary', 'present')], none);
    expect(result.base).toBe(0);
    expect(result.voters).toEqual([]);
  });
});
