import { describe, expect, it } from 'vitest';
import type { MemberStatus } from '../members/member-status.ts';
import {
  type Ballot,
  CELL_VOTE_RULE,
  checkCountedTally,
  type Presence,
  type Tally,
  tallyNamed,
  type VoteRule,
  type VoterFacts,
  voteBase,
  voteResult,
} from './vote-rule.ts';

const member = (id: string, status: MemberStatus, presence: Presence, suspended?: boolean): VoterFacts =>
  suspended === undefined ? { id, status, presence } : { id, status, presence, suspended };

const tally = (forVotes: number, against = 0, abstain = 0): Tally => ({
  for: forVotes,
  against,
  abstain,
});

const sorted = (ids: readonly string[]) => [...ids].sort();

describe('CELL_VOTE_RULE', () => {
  it('cites Quy định 294-QĐ/TW of 26/5/2025, the regulation it replaced and the Party Charter', () => {
    expect(CELL_VOTE_RULE.citation).toContain('Quy định 294-QĐ/TW');
    expect(CELL_VOTE_RULE.citation).toContain('26/5/2025');
    expect(CELL_VOTE_RULE.citation).toContain('24-QĐ/TW');
    expect(CELL_VOTE_RULE.citation).toContain('Điều lệ Đảng');
  });

  it('passes a motion with more than half of the base', () => {
    expect(CELL_VOTE_RULE.passFraction).toBe(0.5);
  });

  it('sets aside the transferred out, the exempt who stay away, the suspended and the excused', () => {
    expect(CELL_VOTE_RULE.setAside).toEqual({
      transferredOut: true,
      exemptAbsent: true,
      suspended: true,
      absentWithApprovedReason: true,
    });
  });
});

describe('voteBase: who counts in the base and who votes', () => {
  it('counts every official member present and lets each of them vote', () => {
    const result = voteBase([
      member('a', 'official', 'present'),
      member('b', 'official', 'present'),
      member('c', 'official', 'present'),
    ]);
    expect(result.base).toBe(3);
    expect(sorted(result.counted)).toEqual(['a', 'b', 'c']);
    expect(sorted(result.voters)).toEqual(['a', 'b', 'c']);
    expect(result.setAside).toEqual([]);
  });

  it('never lets a probationary member vote nor counts one in the base, even when present', () => {
    const result = voteBase([member('a', 'official', 'present'), member('p', 'probationary', 'present')]);
    expect(result.base).toBe(1);
    expect(result.counted).toEqual(['a']);
    expect(result.voters).toEqual(['a']);
    expect(result.setAside).toEqual([{ id: 'p', reason: 'not_official' }]);
  });

  it('sets aside an absent probationary member as not official, not as excused', () => {
    const result = voteBase([member('p', 'probationary', 'absent_excused')]);
    expect(result.setAside).toEqual([{ id: 'p', reason: 'not_official' }]);
    expect(result.base).toBe(0);
  });

  it('sets aside staff who are not party members, even when they sit in the room', () => {
    const result = voteBase([member('a', 'official', 'present'), member('s', 'staff', 'present')]);
    expect(result.base).toBe(1);
    expect(result.voters).toEqual(['a']);
    expect(result.setAside).toEqual([{ id: 's', reason: 'not_official' }]);
  });

  it('sets aside a member temporarily transferred out', () => {
    const result = voteBase([member('a', 'official', 'present'), member('t', 'transferred_out', 'present')]);
    expect(result.base).toBe(1);
    expect(result.voters).toEqual(['a']);
    expect(result.setAside).toEqual([{ id: 't', reason: 'transferred_out' }]);
  });

  it('sets aside an exempt member who is absent, with or without a reason', () => {
    const result = voteBase([
      member('a', 'official', 'present'),
      member('e1', 'exempt', 'absent_excused'),
      member('e2', 'exempt', 'absent_unexcused'),
    ]);
    expect(result.base).toBe(1);
    expect(result.setAside).toEqual([
      { id: 'e1', reason: 'exempt_absent' },
      { id: 'e2', reason: 'exempt_absent' },
    ]);
  });

  it('counts an exempt member who attends, and lets that member vote', () => {
    const result = voteBase([member('a', 'official', 'present'), member('e', 'exempt', 'present')]);
    expect(result.base).toBe(2);
    expect(sorted(result.counted)).toEqual(['a', 'e']);
    expect(sorted(result.voters)).toEqual(['a', 'e']);
    expect(result.setAside).toEqual([]);
  });

  it('sets aside a suspended, prosecuted or detained member, even one who is present', () => {
    const result = voteBase([member('a', 'official', 'present'), member('s', 'official', 'present', true)]);
    expect(result.base).toBe(1);
    expect(result.voters).toEqual(['a']);
    expect(result.setAside).toEqual([{ id: 's', reason: 'suspended' }]);
  });

  it('treats a member whose suspended flag is false like any other official member', () => {
    const result = voteBase([member('a', 'official', 'present', false)]);
    expect(result.base).toBe(1);
    expect(result.voters).toEqual(['a']);
  });

  it('sets aside an official member absent with an approved reason', () => {
    const result = voteBase([member('a', 'official', 'present'), member('x', 'official', 'absent_excused')]);
    expect(result.base).toBe(1);
    expect(result.setAside).toEqual([{ id: 'x', reason: 'absent_excused' }]);
  });

  it('keeps an official member absent without a reason in the base, but not among the voters', () => {
    const result = voteBase([
      member('a', 'official', 'present'),
      member('u', 'official', 'absent_unexcused'),
    ]);
    expect(result.base).toBe(2);
    expect(sorted(result.counted)).toEqual(['a', 'u']);
    expect(result.voters).toEqual(['a']);
    expect(result.setAside).toEqual([]);
  });

  it('makes passing harder when an absence has no approved reason', () => {
    // Three present, one away; two of the three vote for.
    const present = ['a', 'b', 'c'].map((id) => member(id, 'official', 'present'));
    const excused = voteBase([...present, member('x', 'official', 'absent_excused')]);
    const unexcused = voteBase([...present, member('x', 'official', 'absent_unexcused')]);
    expect(excused.base).toBe(3);
    expect(unexcused.base).toBe(4);
    expect(voteResult(tally(2, 1), excused.base).passed).toBe(true);
    expect(voteResult(tally(2, 1), unexcused.base).passed).toBe(false);
  });

  it('gives an empty cell a base of 0 and no voters', () => {
    expect(voteBase([])).toEqual({ base: 0, counted: [], setAside: [], voters: [] });
  });

  it('accounts for every member exactly once, counted or set aside', () => {
    const members = [
      member('a', 'official', 'present'),
      member('b', 'official', 'absent_unexcused'),
      member('c', 'official', 'absent_excused'),
      member('d', 'exempt', 'present'),
      member('e', 'exempt', 'absent_excused'),
      member('f', 'transferred_out', 'absent_excused'),
      member('g', 'probationary', 'present'),
      member('h', 'staff', 'present'),
      member('i', 'official', 'present', true),
    ];
    const result = voteBase(members);
    const all = [...result.counted, ...result.setAside.map((s) => s.id)];
    expect(sorted(all)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
    expect(result.base).toBe(result.counted.length);
    expect(sorted(result.counted)).toEqual(['a', 'b', 'd']);
    expect(sorted(result.voters)).toEqual(['a', 'd']);
  });
});

describe('voteResult: more than half of the base', () => {
  it('needs 6 votes for in a base of 10: 5 is only half', () => {
    expect(voteResult(tally(5, 3, 2), 10)).toEqual({
      passed: false,
      base: 10,
      needed: 6,
      tally: tally(5, 3, 2),
    });
    expect(voteResult(tally(6, 4), 10).passed).toBe(true);
  });

  it('needs 5 votes for in a base of 9', () => {
    expect(voteResult(tally(4, 5), 9)).toMatchObject({ passed: false, needed: 5 });
    expect(voteResult(tally(5, 4), 9)).toMatchObject({ passed: true, needed: 5 });
  });

  it('needs 1 vote for in a base of 1', () => {
    expect(voteResult(tally(1), 1)).toMatchObject({ passed: true, needed: 1 });
    expect(voteResult(tally(0, 1), 1)).toMatchObject({ passed: false, needed: 1 });
  });

  it('needs 2 of 2, 2 of 3, 3 of 4 and 3 of 5', () => {
    expect(voteResult(tally(0), 2).needed).toBe(2);
    expect(voteResult(tally(0), 3).needed).toBe(2);
    expect(voteResult(tally(0), 4).needed).toBe(3);
    expect(voteResult(tally(0), 5).needed).toBe(3);
  });

  it('passes nothing with a base of 0, whatever the tally says', () => {
    expect(voteResult(tally(0), 0).passed).toBe(false);
    expect(voteResult(tally(3), 0).passed).toBe(false);
  });

  it('does not pass a tie', () => {
    expect(voteResult(tally(4, 4), 8).passed).toBe(false);
    expect(voteResult(tally(5, 5), 10).passed).toBe(false);
  });

  it('counts only votes for: abstentions and absences do not help a motion', () => {
    // Base 10, 5 for and nobody against still falls short.
    expect(voteResult(tally(5, 0, 5), 10).passed).toBe(false);
    expect(voteResult(tally(5, 0, 0), 10).passed).toBe(false);
  });

  it('passes with everyone for', () => {
    expect(voteResult(tally(10), 10).passed).toBe(true);
  });
});

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

describe('checkCountedTally: hands counted in the room', () => {
  it('accepts a tally that adds up to the voters or fewer', () => {
    expect(checkCountedTally(tally(5, 2, 1), 8)).toEqual([]);
    expect(checkCountedTally(tally(3, 1, 0), 8)).toEqual([]);
    expect(checkCountedTally(tally(0, 0, 0), 0)).toEqual([]);
  });

  it('refuses a negative count', () => {
    expect(checkCountedTally(tally(5, -1, 0), 8)).toEqual([{ code: 'NEGATIVE_OR_FRACTIONAL' }]);
  });

  it('refuses a fractional count', () => {
    expect(checkCountedTally(tally(2.5, 1, 0), 8)).toEqual([{ code: 'NEGATIVE_OR_FRACTIONAL' }]);
    expect(checkCountedTally(tally(2, 1, 0.5), 8)).toEqual([{ code: 'NEGATIVE_OR_FRACTIONAL' }]);
  });

  it('refuses a count that is not a number at all', () => {
    expect(checkCountedTally(tally(Number.NaN), 8)).toEqual([{ code: 'NEGATIVE_OR_FRACTIONAL' }]);
  });

  it('refuses more votes than voters, saying how many', () => {
    expect(checkCountedTally(tally(5, 3, 1), 8)).toEqual([
      { code: 'MORE_VOTES_THAN_VOTERS', voters: 8, cast: 9 },
    ]);
  });
});

describe('tallyNamed: named votes', () => {
  const voters = ['a', 'b', 'c', 'd'];

  it('counts each choice', () => {
    const ballots: Ballot[] = [
      { voterId: 'a', choice: 'for' },
      { voterId: 'b', choice: 'for' },
      { voterId: 'c', choice: 'against' },
      { voterId: 'd', choice: 'abstain' },
    ];
    expect(tallyNamed(ballots, voters)).toEqual({ tally: tally(2, 1, 1), issues: [] });
  });

  it('lets voters stay silent: fewer ballots than voters is fine', () => {
    expect(tallyNamed([{ voterId: 'a', choice: 'for' }], voters)).toEqual({
      tally: tally(1),
      issues: [],
    });
  });

  it('counts the first vote of a member who votes twice and reports the second', () => {
    const result = tallyNamed(
      [
        { voterId: 'a', choice: 'for' },
        { voterId: 'a', choice: 'against' },
      ],
      voters,
    );
    expect(result.tally).toEqual(tally(1, 0, 0));
    expect(result.issues).toEqual([{ code: 'VOTED_TWICE', id: 'a' }]);
  });

  it('refuses a vote from a probationary member and does not count it', () => {
    const base = voteBase([member('a', 'official', 'present'), member('p', 'probationary', 'present')]);
    const result = tallyNamed(
      [
        { voterId: 'a', choice: 'for' },
        { voterId: 'p', choice: 'for' },
      ],
      base.voters,
    );
    expect(result.tally).toEqual(tally(1));
    expect(result.issues).toEqual([{ code: 'NOT_A_VOTER', id: 'p' }]);
  });

  it('refuses a vote from a member absent without reason: counted in the base, but not in the room', () => {
    const base = voteBase([member('a', 'official', 'present'), member('u', 'official', 'absent_unexcused')]);
    const result = tallyNamed([{ voterId: 'u', choice: 'for' }], base.voters);
    expect(result.tally).toEqual(tally(0));
    expect(result.issues).toEqual([{ code: 'NOT_A_VOTER', id: 'u' }]);
  });
});

describe('a worked example: a cell of 12 official members and 2 probationary members', () => {
  // 12 official members on the cell's books: one transferred out, one exempt who stays home, one exempt who
  // comes, two away with an approved reason, one away without a reason, six present. Two probationary
  // members are present too.
  const members: VoterFacts[] = [
    member('o1', 'official', 'present'),
    member('o2', 'official', 'present'),
    member('o3', 'official', 'present'),
    member('o4', 'official', 'present'),
    member('o5', 'official', 'present'),
    member('o6', 'official', 'present'),
    member('x1', 'official', 'absent_excused'),
    member('x2', 'official', 'absent_excused'),
    member('u1', 'official', 'absent_unexcused'),
    member('e1', 'exempt', 'absent_excused'),
    member('e2', 'exempt', 'present'),
    member('t1', 'transferred_out', 'absent_excused'),
    member('p1', 'probationary', 'present'),
    member('p2', 'probationary', 'present'),
  ];
  const result = voteBase(members);

  it('has a base of 8: 12, less the transferred out, the absent exempt and the two excused', () => {
    expect(result.base).toBe(8);
    expect(sorted(result.counted)).toEqual(['e2', 'o1', 'o2', 'o3', 'o4', 'o5', 'o6', 'u1']);
  });

  it('sets aside six, each for its reason', () => {
    expect(result.setAside).toEqual([
      { id: 'x1', reason: 'absent_excused' },
      { id: 'x2', reason: 'absent_excused' },
      { id: 'e1', reason: 'exempt_absent' },
      { id: 't1', reason: 'transferred_out' },
      { id: 'p1', reason: 'not_official' },
      { id: 'p2', reason: 'not_official' },
    ]);
  });

  it('has 7 voters: the six present official members and the exempt member who came', () => {
    expect(sorted(result.voters)).toEqual(['e2', 'o1', 'o2', 'o3', 'o4', 'o5', 'o6']);
  });

  it('needs 5 votes for', () => {
    expect(voteResult(tally(0), result.base).needed).toBe(5);
  });

  it('passes with 5 for and 2 against', () => {
    expect(checkCountedTally(tally(5, 2), result.voters.length)).toEqual([]);
    expect(voteResult(tally(5, 2), result.base).passed).toBe(true);
  });

  it('fails with 4 for and 3 against: 4 is a majority of those voting, but only half of the base', () => {
    expect(voteResult(tally(4, 3), result.base).passed).toBe(false);
  });

  it('fails with 4 for and 3 abstaining', () => {
    expect(voteResult(tally(4, 0, 3), result.base).passed).toBe(false);
  });

  it('passes with all 7 voters for', () => {
    expect(voteResult(tally(7), result.base).passed).toBe(true);
  });

  it('refuses a count of 8 hands: only 7 may vote, the probationary members may not', () => {
    expect(checkCountedTally(tally(6, 2), result.voters.length)).toEqual([
      { code: 'MORE_VOTES_THAN_VOTERS', voters: 7, cast: 8 },
    ]);
  });

  it('would pass 4 for if the member away without a reason had given one', () => {
    const excused = voteBase(
      members.map((m) => (m.id === 'u1' ? { ...m, presence: 'absent_excused' as const } : m)),
    );
    expect(excused.base).toBe(7);
    expect(voteResult(tally(4, 3), excused.base).passed).toBe(true);
  });

  it('counts named votes from the voters and refuses the probationary members', () => {
    const ballots: Ballot[] = [
      ...['o1', 'o2', 'o3', 'o4', 'e2'].map((voterId): Ballot => ({ voterId, choice: 'for' })),
      { voterId: 'o5', choice: 'against' },
      { voterId: 'o6', choice: 'abstain' },
      { voterId: 'p1', choice: 'for' },
    ];
    const named = tallyNamed(ballots, result.voters);
    expect(named.tally).toEqual(tally(5, 1, 1));
    expect(named.issues).toEqual([{ code: 'NOT_A_VOTER', id: 'p1' }]);
    expect(voteResult(named.tally, result.base).passed).toBe(true);
  });
});
