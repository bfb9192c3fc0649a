// Voters and tallies for the vote rule's tests, shared by the test files beside it.
import type { MemberStatus } from '../members/member-status.ts';
import type { Presence, Tally, VoterFacts } from './vote-rule.ts';

export const member = (
  id: string,
  status: MemberStatus,
  presence: Presence,
  suspended?: boolean,
): VoterFacts => (suspended === undefined ? { id, status, presence } : { id, status, presence, suspended });

export const tally = (forVotes: number, against = 0, abstain = 0): Tally => ({
  for: forVotes,
  against,
  abstain,
});

export const sorted = (ids: readonly string[]) => [...ids].sort();
