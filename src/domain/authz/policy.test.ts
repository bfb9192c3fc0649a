import { describe, expect, it } from 'vitest';
import { ACTIONS, type Action, type Actor, type GrantRole, isAllowed, visibleRoots } from './policy.ts';

// A tree: province → commune committee → cell → party group; and a foreign committee elsewhere.
const PROVINCE = 'province';
const COMMUNE = 'commune';
const CELL = 'cell';
const GROUP = 'group';
const FOREIGN = 'foreign';
/** The target unit first, then its ancestors: the shape the closure table gives. */
const CHAIN_OF_CELL = [CELL, COMMUNE, PROVINCE];
const CHAIN_OF_GROUP = [GROUP, CELL, COMMUNE, PROVINCE];

const GRANT_ROLES: readonly GrantRole[] = [
  'secretary',
  'deputy',
  'committee_member',
  'group_leader',
  'officer',
  'inspector',
  'member',
  'staff',
];

function actorWith(role: GrantRole, unitId: string): Actor {
  return { userId: 'u1', personId: 'p1', isAdmin: false, grants: [{ unitId, role }] };
}

type Where = 'self' | 'above' | 'foreign';
/** Where the grant sits relative to the target cell. */
const GRANT_UNIT: Record<Where, string> = { self: CELL, above: COMMUNE, foreign: FOREIGN };

// The expected answer for every action × role × position, written out by hand (not derived from POLICY).
const EVERYONE = new Set<GrantRole>(GRANT_ROLES);
/** Staff are not party members. */
const PARTY = new Set<GrantRole>(GRANT_ROLES.filter((r) => r !== 'staff'));
const EXPECTED: Record<Action, Record<Where, ReadonlySet<GrantRole>>> = {
  'org.read': { self: EVERYONE, above: EVERYONE, foreign: new Set() },
  // Issue 19: staff read their own record only (the service), not the party roster.
  'members.read': { self: PARTY, above: PARTY, foreign: new Set() },
  // Card numbers and birth dates: the cell's committee and the officers who keep the records.
  'members.read_personal': {
    self: new Set(['secretary', 'deputy', 'committee_member', 'officer']),
    above: new Set(['officer']),
    foreign: new Set(),
  },
  'org.manage': { self: new Set(['officer']), above: new Set(['officer']), foreign: new Set() },
  'members.manage': { self: new Set(['officer']), above: new Set(['officer']), foreign: new Set() },
  // Issue 18: the cell's secretary or deputy imports its roster from a file, as do the officers above.
  'members.import': {
    self: new Set(['secretary', 'deputy', 'officer']),
    above: new Set(['officer']),
    foreign: new Set(),
  },
  'roles.manage': { self: new Set(), above: new Set(['officer']), foreign: new Set() },
  'audit.read': {
    self: new Set(['officer', 'inspector']),
    above: new Set(['officer', 'inspector']),
    foreign: new Set(),
  },
  'plan.read': { self: PARTY, above: PARTY, foreign: new Set() },
  'plan.edit': { self: new Set(['secretary', 'deputy']), above: new Set(), foreign: new Set() },
  'plan.review': { self: new Set(), above: new Set(['officer']), foreign: new Set() },
  'guidance.issue': { self: new Set(['officer']), above: new Set(['officer']), foreign: new Set() },
  // Issue 14: an officer reminds lagging cells from their own committee's overview (the committee is the target).
  'committee.remind': { self: new Set(['officer']), above: new Set(), foreign: new Set() },
  // Issue 15: the oversight dashboard, read by the committee's officers and inspectors and those above.
  'oversight.read': {
    self: new Set(['officer', 'inspector']),
    above: new Set(['officer', 'inspector']),
    foreign: new Set(),
  },
  'topic.register': {
    self: new Set(['member', 'secretary', 'deputy', 'committee_member']),
    above: new Set(),
    foreign: new Set(),
  },
  'library.publish': { self: new Set(['officer']), above: new Set(['officer']), foreign: new Set() },
  'topic.read': {
    self: new Set(GRANT_ROLES.filter((r) => r !== 'staff')),
    above: new Set(GRANT_ROLES.filter((r) => r !== 'staff')),
    foreign: new Set(),
  },
  'topic.comment': {
    self: new Set(['member', 'secretary', 'deputy', 'committee_member', 'group_leader']),
    above: new Set(),
    foreign: new Set(),
  },
  'topic.approve': {
    self: new Set(['secretary', 'deputy', 'committee_member']),
    above: new Set(),
    foreign: new Set(),
  },
  // Seeds 001, 003: the secretary issues the resolution for the cell ("T/M CHI BỘ — BÍ THƯ").
  'resolution.issue': { self: new Set(['secretary']), above: new Set(), foreign: new Set() },
  'meeting.read': {
    self: new Set(GRANT_ROLES.filter((r) => r !== 'staff')),
    above: new Set(GRANT_ROLES.filter((r) => r !== 'staff')),
    foreign: new Set(),
  },
  'meeting.manage': { self: new Set(['secretary', 'deputy']), above: new Set(), foreign: new Set() },
  'meeting.speak': {
    self: new Set(['member', 'secretary', 'deputy', 'committee_member', 'group_leader']),
    above: new Set(),
    foreign: new Set(),
  },
  // Seed 000: the committee above sends delegates to the cell's meetings; nobody attends their own cell so.
  'meeting.attend': {
    self: new Set(),
    above: new Set(['officer', 'inspector', 'committee_member']),
    foreign: new Set(),
  },
  // The committee's calendar of its subtree (the target is the committee, or a committee below it).
  'committee.calendar': {
    self: new Set(['officer', 'inspector', 'committee_member']),
    above: new Set(['officer', 'inspector', 'committee_member']),
    foreign: new Set(),
  },
  // A committee's report upward: its officers write and issue it; its inspectors and the committees above read.
  'upward_report.read': {
    self: new Set(['officer', 'inspector']),
    above: new Set(['officer', 'inspector']),
    foreign: new Set(),
  },
  'upward_report.write': { self: new Set(['officer']), above: new Set(), foreign: new Set() },
  // Seed 000: the committee directly above receives the cell's reports (the target is the issuing unit).
  'report.receive': { self: new Set(), above: new Set(['officer']), foreign: new Set() },
  'report.list_received': {
    self: new Set(['officer', 'inspector']),
    above: new Set(['officer', 'inspector']),
    foreign: new Set(),
  },
  // Issue 15, guidance of cells that struggle (seed 000: "chỉ đạo, hướng dẫn cách sinh hoạt").
  'support.read': {
    self: new Set(['secretary', 'deputy']),
    above: new Set(['officer', 'inspector', 'committee_member']),
    foreign: new Set(),
  },
  'support.overview': {
    self: new Set(['officer', 'inspector', 'committee_member']),
    above: new Set(['officer', 'inspector', 'committee_member']),
    foreign: new Set(),
  },
  'support.manage': { self: new Set(), above: new Set(['officer']), foreign: new Set() },
  'support.record': { self: new Set(), above: new Set(['officer']), foreign: new Set() },
  'topic.invite_committee': { self: new Set(['secretary', 'deputy']), above: new Set(), foreign: new Set() },
  'commendation.read': { self: EVERYONE, above: EVERYONE, foreign: new Set() },
  'commendation.write': { self: new Set(['officer']), above: new Set(['officer']), foreign: new Set() },
  // Issue 16 (seed 002: "kiểm tra, nhắc nhở các chi bộ"): the committee's inspections are read by its people and
  // those above, run by its own inspectors and officers; the cell reads its own and its secretary answers.
  'inspection.read': {
    self: new Set(['officer', 'inspector', 'committee_member']),
    above: new Set(['officer', 'inspector', 'committee_member']),
    foreign: new Set(),
  },
  'inspection.manage': { self: new Set(['officer', 'inspector']), above: new Set(), foreign: new Set() },
  'inspection.read_own': {
    self: new Set(GRANT_ROLES.filter((r) => r !== 'staff')),
    above: new Set(),
    foreign: new Set(),
  },
  'inspection.answer': { self: new Set(['secretary', 'deputy']), above: new Set(), foreign: new Set() },
  // Issue 16: a committee's officers keep its rubric; the secretary proposes, the committee above confirms.
  'quality.rubric_write': { self: new Set(['officer']), above: new Set(), foreign: new Set() },
  'quality.propose': { self: new Set(['secretary', 'deputy']), above: new Set(), foreign: new Set() },
  'quality.confirm': { self: new Set(), above: new Set(['officer']), foreign: new Set() },
  // Issue 16, the year-end review: the cell's party members read it (their own line, service), its committee and
  // those above read it whole; the secretary or deputy writes, the secretary finalises; officers set thresholds.
  'year_review.read': {
    self: new Set([
      'secretary',
      'deputy',
      'committee_member',
      'group_leader',
      'officer',
      'inspector',
      'member',
    ]),
    above: new Set(['officer', 'inspector', 'committee_member']),
    foreign: new Set(),
  },
  'year_review.read_all': {
    self: new Set(['secretary', 'deputy', 'committee_member']),
    above: new Set(['officer', 'inspector', 'committee_member']),
    foreign: new Set(),
  },
  'year_review.write': { self: new Set(['secretary', 'deputy']), above: new Set(), foreign: new Set() },
  'year_review.finalise': { self: new Set(['secretary']), above: new Set(), foreign: new Set() },
  'year_review.thresholds_write': { self: new Set(['officer']), above: new Set(), foreign: new Set() },
  // Issue 19: the committee's officers reset passwords and disable accounts of their subtree's people.
  'accounts.manage': { self: new Set(['officer']), above: new Set(['officer']), foreign: new Set() },
  // Issue 17: the cell's secretary, and the officers of the unit or above, set the first numbers.
  'numbering.set': {
    self: new Set(['secretary', 'officer']),
    above: new Set(['officer']),
    foreign: new Set(),
  },
  // Issue 17: a committee's own officers set who signs its documents; those above do not.
  'document_signer.set': { self: new Set(['officer']), above: new Set(), foreign: new Set() },
  // Seed 001: a committee above the cell designates its model meeting; lessons by it or the host's secretary.
  'model_meeting.designate': { self: new Set(), above: new Set(['officer']), foreign: new Set() },
  'model_meeting.lessons': {
    self: new Set(['secretary']),
    above: new Set(['officer']),
    foreign: new Set(),
  },
};

describe('isAllowed, for every action × role × position of the grant', () => {
  for (const action of ACTIONS) {
    for (const where of ['self', 'above', 'foreign'] as const) {
      for (const role of GRANT_ROLES) {
        const allowed = EXPECTED[action][where].has(role);
        it(`${allowed ? 'allows' : 'refuses'} ${action} to a ${role} whose grant is ${where}`, () => {
          expect(isAllowed(actorWith(role, GRANT_UNIT[where]), action, CHAIN_OF_CELL)).toBe(allowed);
        });
      }
    }
  }
});

describe('isAllowed, special cases', () => {
  it('lets an administrator without grants do every action anywhere', () => {
    const admin: Actor = { userId: 'a', personId: null, isAdmin: true, grants: [] };
    for (const action of ACTIONS) {
      expect(isAllowed(admin, action, CHAIN_OF_CELL)).toBe(true);
      expect(isAllowed(admin, action, [FOREIGN])).toBe(true);
    }
  });

  it('refuses an officer the roles of their own committee (scope "above" excludes self)', () => {
    expect(isAllowed(actorWith('officer', COMMUNE), 'roles.manage', [COMMUNE, PROVINCE])).toBe(false);
  });

  it('lets an officer of the province set the roles of the commune committee below', () => {
    expect(isAllowed(actorWith('officer', PROVINCE), 'roles.manage', [COMMUNE, PROVINCE])).toBe(true);
  });

  // Seed 000: the plan goes to "Đảng ủy cấp trên trực tiếp"; a committee higher up reads it, no more.
  it('lets only the committee directly above a cell acknowledge or return its plan', () => {
    expect(isAllowed(actorWith('officer', COMMUNE), 'plan.review', CHAIN_OF_CELL)).toBe(true);
    const province = actorWith('officer', PROVINCE);
    expect(isAllowed(province, 'plan.review', CHAIN_OF_CELL)).toBe(false);
    expect(isAllowed(province, 'plan.read', CHAIN_OF_CELL)).toBe(true);
  });

  it('lets only the committee directly above receive a report; the province reads it', () => {
    expect(isAllowed(actorWith('officer', COMMUNE), 'report.receive', CHAIN_OF_CELL)).toBe(true);
    expect(isAllowed(actorWith('officer', PROVINCE), 'report.receive', CHAIN_OF_CELL)).toBe(false);
    expect(isAllowed(actorWith('inspector', COMMUNE), 'report.receive', CHAIN_OF_CELL)).toBe(false);
    expect(isAllowed(actorWith('officer', PROVINCE), 'meeting.read', CHAIN_OF_CELL)).toBe(true);
  });

  it('lets an officer act two levels down, on a party group', () => {
    const officer = actorWith('officer', COMMUNE);
    expect(isAllowed(officer, 'members.manage', CHAIN_OF_GROUP)).toBe(true);
    expect(isAllowed(officer, 'roles.manage', CHAIN_OF_GROUP)).toBe(true);
  });

  it('lets a cell member see the party groups of their cell but not their committee', () => {
    const member = actorWith('member', CELL);
    expect(isAllowed(member, 'org.read', CHAIN_OF_GROUP)).toBe(true);
    expect(isAllowed(member, 'org.read', [COMMUNE, PROVINCE])).toBe(false);
  });

  it('lets a secretary set no roles, not even in the groups of their own cell', () => {
    const secretary = actorWith('secretary', CELL);
    expect(isAllowed(secretary, 'roles.manage', CHAIN_OF_CELL)).toBe(false);
    expect(isAllowed(secretary, 'roles.manage', CHAIN_OF_GROUP)).toBe(false);
  });

  // Issue 15: a committee's own committee member (đảng ủy viên) reads its subtree and manages nothing.
  it('lets a committee member of the commune read the cells below and manage nothing', () => {
    const member = actorWith('committee_member', COMMUNE);
    for (const action of [
      'org.read',
      'members.read',
      'plan.read',
      'topic.read',
      'meeting.read',
      'support.read',
    ] as const)
      expect(isAllowed(member, action, CHAIN_OF_CELL)).toBe(true);
    const manages: Action[] = [
      'org.manage',
      'members.manage',
      'roles.manage',
      'audit.read',
      'plan.review',
      'guidance.issue',
      'committee.remind',
      'library.publish',
      'support.manage',
      'support.record',
      'inspection.manage',
      'topic.comment',
      'topic.approve',
      'meeting.manage',
    ];
    for (const action of manages) {
      expect(isAllowed(member, action, CHAIN_OF_CELL)).toBe(false);
      expect(isAllowed(member, action, CHAIN_OF_GROUP)).toBe(false);
    }
    // On their own committee: nothing of the committee's work. (The cell-level `self` rules for topics and
    // meetings name the same role, but topics and meetings belong to cells only: a committee has none.)
    const committeeWork: Action[] = [
      'org.manage',
      'members.manage',
      'roles.manage',
      'audit.read',
      'guidance.issue',
      'committee.remind',
      'library.publish',
      'support.manage',
      'support.record',
      'inspection.manage',
    ];
    for (const action of committeeWork) expect(isAllowed(member, action, [COMMUNE, PROVINCE])).toBe(false);
    expect(isAllowed(member, 'support.overview', [COMMUNE, PROVINCE])).toBe(true);
  });

  it('refuses a person without grants everything', () => {
    const nobody: Actor = { userId: 'n', personId: null, isAdmin: false, grants: [] };
    for (const action of ACTIONS) expect(isAllowed(nobody, action, CHAIN_OF_CELL)).toBe(false);
  });

  it('refuses a non-administrator on an unknown unit (empty chain)', () => {
    for (const action of ACTIONS) expect(isAllowed(actorWith('officer', COMMUNE), action, [])).toBe(false);
  });

  it('allows when any one of several grants allows', () => {
    const actor: Actor = {
      userId: 'u',
      personId: 'p',
      isAdmin: false,
      grants: [
        { unitId: CELL, role: 'member' },
        { unitId: COMMUNE, role: 'officer' },
      ],
    };
    expect(isAllowed(actor, 'members.manage', CHAIN_OF_CELL)).toBe(true);
  });

  it('does not let a role held in a foreign tree reach into this one', () => {
    expect(isAllowed(actorWith('officer', FOREIGN), 'org.read', CHAIN_OF_CELL)).toBe(false);
  });
});

describe('visibleRoots', () => {
  it('lists each granted unit once', () => {
    const actor: Actor = {
      userId: 'u',
      personId: 'p',
      isAdmin: false,
      grants: [
        { unitId: CELL, role: 'member' },
        { unitId: CELL, role: 'secretary' },
        { unitId: COMMUNE, role: 'inspector' },
      ],
    };
    expect(visibleRoots(actor).sort()).toEqual([CELL, COMMUNE].sort());
  });

  it('is empty for a person without grants', () => {
    expect(visibleRoots({ userId: 'u', personId: null, isAdmin: false, grants: [] })).toEqual([]);
  });
});
