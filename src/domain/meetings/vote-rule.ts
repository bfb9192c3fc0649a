import type { MemberStatus } from '../members/member-status.ts';

/**
 * Who votes at a cell meeting, who counts in the base (the denominator), and when a motion passes.
 *
 * The rule is data: a later regulation changes `CELL_VOTE_RULE`, not the code that applies it.
 * - Only official members vote: probationary members have every right of an official member except voting,
 *   electing and standing for election (Party Charter, Article 3).
 * - The base is every official member of the cell minus the members the regulation sets aside: those
 *   temporarily transferred out; exempt members who are absent (an exempt member who attends, and votes,
 *   counts); suspended, prosecuted or detained members; members absent with an approved reason for the whole
 *   meeting (Quy định 294-QĐ/TW of 26/5/2025, in force 1/7/2025, which replaced Quy định 24-QĐ/TW of 2021,
 *   point 9.3.2).
 * - A motion passes with more than half of the base voting for it.
 */
export interface VoteRule {
  citation: string;
  /** The part of the base that must vote for: passes when for > base × fraction (strictly). */
  passFraction: number;
  setAside: {
    transferredOut: boolean;
    exemptAbsent: boolean;
    suspended: boolean;
    absentWithApprovedReason: boolean;
  };
}

export const CELL_VOTE_RULE: Readonly<VoteRule> = {
  citation:
    'Quy định 294-QĐ/TW ngày 26/5/2025 (thay Quy định 24-QĐ/TW năm 2021, điểm 9.3.2); Điều lệ Đảng, Điều 3',
  passFraction: 0.5,
  setAside: { transferredOut: true, exemptAbsent: true, suspended: true, absentWithApprovedReason: true },
};

/** How a member stands at this meeting. `absent_excused` is an absence with an approved reason. */
export type Presence = 'present' | 'absent_excused' | 'absent_unexcused';

export interface VoterFacts {
  id: string;
  status: MemberStatus;
  presence: Presence;
  /**
   * Suspended from activity, prosecuted or detained (đình chỉ sinh hoạt, bị truy tố, tạm giam). The member
   * record does not hold these yet; the meeting records them for the vote.
   */
  suspended?: boolean;
}

export type SetAsideReason =
  | 'not_official'
  | 'transferred_out'
  | 'exempt_absent'
  | 'suspended'
  | 'absent_excused';

export interface VoteBase {
  /** The denominator. */
  base: number;
  /** Members in the base (official members not set aside; exempt members who attend). */
  counted: string[];
  /** Everyone else of the cell, with why. */
  setAside: { id: string; reason: SetAsideReason }[];
  /** Members who may cast a vote here: counted and present. */
  voters: string[];
}

/**
 * Exempt members were official members before their exemption (member-status.ts: only official → exempt),
 * so one who attends is an official member at this meeting.
 */
export function voteBase(
  members: readonly VoterFacts[],
  rule: Readonly<VoteRule> = CELL_VOTE_RULE,
): VoteBase {
  const counted: string[] = [];
  const setAside: VoteBase['setAside'] = [];
  for (const m of members) {
    const reason = setAsideReason(m, rule);
    if (reason) setAside.push({ id: m.id, reason });
    else counted.push(m.id);
  }
  const present = new Set(members.filter((m) => m.presence === 'present').map((m) => m.id));
  return { base: counted.length, counted, setAside, voters: counted.filter((id) => present.has(id)) };
}

function setAsideReason(m: VoterFacts, rule: Readonly<VoteRule>): SetAsideReason | undefined {
  if (m.status === 'probationary' || m.status === 'staff') return 'not_official';
  // A rule that keeps transferred-out members in the base still sets them aside for the other reasons.
  if (m.status === 'transferred_out' && rule.setAside.transferredOut) return 'transferred_out';
  if (m.suspended && rule.setAside.suspended) return 'suspended';
  if (m.status === 'exempt' && m.presence !== 'present' && rule.setAside.exemptAbsent) return 'exempt_absent';
  if (m.presence === 'absent_excused' && rule.setAside.absentWithApprovedReason) return 'absent_excused';
  return undefined;
}

export interface Tally {
  for: number;
  against: number;
  abstain: number;
}

export type VoteIssue =
  | { code: 'NEGATIVE_OR_FRACTIONAL' }
  | { code: 'MORE_VOTES_THAN_VOTERS'; voters: number; cast: number }
  | { code: 'NOT_A_VOTER'; id: string }
  | { code: 'VOTED_TWICE'; id: string };

/** Checks a tally entered as counts (hands raised in the room) against who may vote. */
export function checkCountedTally(tally: Tally, voters: number): VoteIssue[] {
  const values = [tally.for, tally.against, tally.abstain];
  if (values.some((v) => !Number.isInteger(v) || v < 0)) return [{ code: 'NEGATIVE_OR_FRACTIONAL' }];
  const cast = values.reduce((a, b) => a + b, 0);
  return cast > voters ? [{ code: 'MORE_VOTES_THAN_VOTERS', voters, cast }] : [];
}

export type Ballot = { voterId: string; choice: keyof Tally };

/** A tally from named votes: each voter once, and only those who may vote. */
export function tallyNamed(
  ballots: readonly Ballot[],
  voters: readonly string[],
): { tally: Tally; issues: VoteIssue[] } {
  const tally: Tally = { for: 0, against: 0, abstain: 0 };
  const issues: VoteIssue[] = [];
  const seen = new Set<string>();
  for (const b of ballots) {
    if (!voters.includes(b.voterId)) issues.push({ code: 'NOT_A_VOTER', id: b.voterId });
    else if (seen.has(b.voterId)) issues.push({ code: 'VOTED_TWICE', id: b.voterId });
    else {
      seen.add(b.voterId);
      tally[b.choice] += 1;
    }
  }
  return { tally, issues };
}

export interface VoteResult {
  passed: boolean;
  base: number;
  /** The smallest number of votes for that passes. */
  needed: number;
  tally: Tally;
}

/** More than `passFraction` of the base voted for. A base of 0 passes nothing. */
export function voteResult(
  tally: Tally,
  base: number,
  rule: Readonly<VoteRule> = CELL_VOTE_RULE,
): VoteResult {
  const share = base * rule.passFraction;
  // Floating point: 90 × 0.7 gives 62.99999999999999, which is 63 exactly, and 63 is not more than 63.
  const exactShare = Math.abs(share - Math.round(share)) < 1e-9 ? Math.round(share) : share;
  const needed = Math.floor(exactShare) + 1;
  return { passed: base > 0 && tally.for >= needed, base, needed, tally };
}
