import { describe, expect, it } from 'vitest';
import { CELL_VOTE_RULE, voteBase, voteResult } from './vote-rule.ts';
import { member, sorted, tally } from './vote-rule-fixtures.ts';

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
