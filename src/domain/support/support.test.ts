import { describe, expect, it } from 'vitest';
import {
  endDateIssue,
  entryDateIssue,
  guestMayComment,
  hasOpenRecord,
  isInvitedGuest,
  isSupportChangeAllowed,
  mayBeAssigned,
  supportStatus,
} from './support.ts';

// A ward → hospital committee → cell; a sibling committee beside the hospital's.
const WARD = 'ward';
const HOSPITAL = 'hospital';
const CELL = 'cell';
const SIBLING = 'sibling';
const ABOVE_CELL = [HOSPITAL, WARD];

describe('mayBeAssigned (seed 000: the committee above follows the cell)', () => {
  it('accepts a committee member or an officer of the cell’s committee or of any committee above it', () => {
    expect(mayBeAssigned([{ unitId: HOSPITAL, role: 'committee_member' }], ABOVE_CELL)).toBe(true);
    expect(mayBeAssigned([{ unitId: HOSPITAL, role: 'officer' }], ABOVE_CELL)).toBe(true);
    expect(mayBeAssigned([{ unitId: WARD, role: 'committee_member' }], ABOVE_CELL)).toBe(true);
  });

  it('refuses an inspector, a role in the cell itself (its chi ủy viên) or in a sibling committee', () => {
    expect(mayBeAssigned([{ unitId: HOSPITAL, role: 'inspector' }], ABOVE_CELL)).toBe(false);
    expect(mayBeAssigned([{ unitId: CELL, role: 'committee_member' }], ABOVE_CELL)).toBe(false);
    expect(mayBeAssigned([{ unitId: CELL, role: 'secretary' }], ABOVE_CELL)).toBe(false);
    expect(mayBeAssigned([{ unitId: SIBLING, role: 'officer' }], ABOVE_CELL)).toBe(false);
    expect(mayBeAssigned([], ABOVE_CELL)).toBe(false);
  });

  it('accepts when any one of several roles qualifies', () => {
    const roles = [
      { unitId: CELL, role: 'secretary' },
      { unitId: WARD, role: 'officer' },
    ];
    expect(mayBeAssigned(roles, ABOVE_CELL)).toBe(true);
  });
});

describe('one open record per cell', () => {
  it('sees an open record among ended ones', () => {
    expect(hasOpenRecord([])).toBe(false);
    expect(hasOpenRecord([{ endedOn: '2026-03-01' }])).toBe(false);
    expect(hasOpenRecord([{ endedOn: '2026-03-01' }, { endedOn: null }])).toBe(true);
  });

  it('lets an open record change, be ended and take entries; an ended one nothing', () => {
    expect(supportStatus({ endedOn: null })).toBe('open');
    expect(supportStatus({ endedOn: '2026-03-01' })).toBe('ended');
    for (const change of ['reassign', 'edit', 'end', 'record_entry'] as const) {
      expect(isSupportChangeAllowed('open', change)).toBe(true);
      expect(isSupportChangeAllowed('ended', change)).toBe(false);
    }
  });
});

describe('dates', () => {
  it('ends on or after the start', () => {
    expect(endDateIssue('2026-03-01', '2026-03-01')).toBeNull();
    expect(endDateIssue('2026-03-01', '2026-02-28')).toBe('ENDED_BEFORE_START');
  });

  it('dates an entry between the start and today', () => {
    expect(entryDateIssue('2026-03-01', '2026-03-01', '2026-03-10')).toBeNull();
    expect(entryDateIssue('2026-03-01', '2026-03-10', '2026-03-10')).toBeNull();
    expect(entryDateIssue('2026-03-01', '2026-02-28', '2026-03-10')).toBe('ENTRY_BEFORE_START');
    expect(entryDateIssue('2026-03-01', '2026-03-11', '2026-03-10')).toBe('ENTRY_IN_FUTURE');
  });
});

describe("the cell's invitation to the committee above", () => {
  it('lets the assigned person or an officer of the committee directly above in, only while it is open', () => {
    expect(isInvitedGuest({ invitationOpen: true, isAssignedToCell: true, isParentOfficer: false })).toBe(
      true,
    );
    expect(isInvitedGuest({ invitationOpen: true, isAssignedToCell: false, isParentOfficer: true })).toBe(
      true,
    );
    expect(isInvitedGuest({ invitationOpen: true, isAssignedToCell: false, isParentOfficer: false })).toBe(
      false,
    );
    expect(isInvitedGuest({ invitationOpen: false, isAssignedToCell: true, isParentOfficer: true })).toBe(
      false,
    );
  });

  it('takes the guest’s comments on a written draft until draft 2 is approved', () => {
    expect(guestMayComment('draft1_writing', true)).toBe(true);
    expect(guestMayComment('draft1_writing', false)).toBe(false);
    expect(guestMayComment('distributed', true)).toBe(true);
    expect(guestMayComment('draft2_submitted', true)).toBe(true);
    expect(guestMayComment('draft2_approved', true)).toBe(false);
    expect(guestMayComment('presented', true)).toBe(false);
    expect(guestMayComment('final', true)).toBe(false);
  });
});
