import { describe, expect, it } from 'vitest';
import {
  type Ballot,
  checkCountedTally,
  tallyNamed,
  type VoterFacts,
  voteBase,
  voteResult,
} from './vote-rule.ts';
import { member, sorted, tally } from './vote-rule-fixtures.ts';

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
