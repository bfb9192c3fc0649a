import type { Role } from './roles.ts';

/**
 * Who may do what, as data. A grant is a role held in a unit; membership of a cell is the grant
 * `member`, non-member staff of a unit hold `staff`. A rule names the roles that allow an action and
 * where the grant must sit relative to the target unit:
 * - `self`: in the target unit itself;
 * - `self_or_above`: in the target unit or any committee above it (committee officers see their subtree);
 * - `above`: strictly above it (nobody promotes themselves);
 * - `parent`: in the committee directly above it (cấp trên trực tiếp), not higher.
 */
export type GrantRole = Role | 'member' | 'staff';
export interface Grant {
  unitId: string;
  role: GrantRole;
}
export interface Actor {
  userId: string;
  personId: string | null;
  isAdmin: boolean;
  grants: readonly Grant[];
}

export const ACTIONS = [
  'org.read',
  'org.manage',
  'members.read',
  'members.read_personal',
  'members.manage',
  'members.import',
  'roles.manage',
  'audit.read',
  'plan.read',
  'plan.edit',
  'plan.review',
  'guidance.issue',
  'committee.remind',
  'oversight.read',
  'topic.register',
  'library.publish',
  'topic.read',
  'topic.comment',
  'topic.approve',
  'resolution.issue',
  'meeting.read',
  'meeting.manage',
  'meeting.speak',
  'meeting.attend',
  'committee.calendar',
  'upward_report.read',
  'upward_report.write',
  'report.receive',
  'report.list_received',
  'support.read',
  'support.overview',
  'support.manage',
  'support.record',
  'topic.invite_committee',
  'commendation.read',
  'commendation.write',
  'inspection.read',
  'inspection.manage',
  'inspection.read_own',
  'inspection.answer',
  'quality.rubric_write',
  'quality.propose',
  'quality.confirm',
  'year_review.read',
  'year_review.read_all',
  'year_review.write',
  'year_review.finalise',
  'year_review.thresholds_write',
  'accounts.manage',
  'numbering.set',
  'document_signer.set',
  'model_meeting.designate',
  'model_meeting.lessons',
] as const;
export type Action = (typeof ACTIONS)[number];

type Scope = 'self' | 'self_or_above' | 'above' | 'parent';
interface Rule {
  roles: readonly GrantRole[];
  scope: Scope;
}

const EVERYONE_IN_UNIT: readonly GrantRole[] = [
  'secretary',
  'deputy',
  'committee_member',
  'group_leader',
  'officer',
  'inspector',
  'member',
  'staff',
];

/** Staff are not party members: they do not read the party's own records (roster, plan, topics, meetings). */
const PARTY_READERS = EVERYONE_IN_UNIT.filter((r) => r !== 'staff');

export const POLICY: Record<Action, readonly Rule[]> = {
  // Anyone who belongs to a unit or to a committee above it sees it; a cell member sees only their cell.
  'org.read': [{ roles: EVERYONE_IN_UNIT, scope: 'self_or_above' }],
  // Staff read their own record only (members/service.ts), not the party roster (issue 19).
  'members.read': [{ roles: PARTY_READERS, scope: 'self_or_above' }],
  // Party card numbers and birth dates are kept by the cell's committee (cấp ủy chi bộ) and the committee's
  // officers who keep the records (tổ chức); the other members see names, status and contacts (issue 19).
  'members.read_personal': [
    { roles: ['secretary', 'deputy', 'committee_member'], scope: 'self' },
    { roles: ['officer'], scope: 'self_or_above' },
  ],
  // The organisation and its people are kept by the committee's officers (tổ chức) for their subtree.
  'org.manage': [{ roles: ['officer'], scope: 'self_or_above' }],
  'members.manage': [{ roles: ['officer'], scope: 'self_or_above' }],
  // Cells keep their rosters in Excel (issue 18, *practice*): the cell's secretary or deputy brings the roster in
  // from a file, as do the officers who keep the records above it. Cell posts in the file still follow
  // `roles.manage` (roster-import rules).
  'members.import': [
    { roles: ['secretary', 'deputy'], scope: 'self' },
    { roles: ['officer'], scope: 'self_or_above' },
  ],
  // Roles are set from above: an officer cannot make themselves or a colleague officer of their own committee.
  'roles.manage': [{ roles: ['officer'], scope: 'above' }],
  'audit.read': [{ roles: ['officer', 'inspector'], scope: 'self_or_above' }],
  // The cell owns its plan: the secretary (or deputy) builds it; everyone in the cell and the committees
  // above read it; only the committee directly above acknowledges or returns it — seed 000: the cell's plan
  // goes to "Đảng ủy cấp trên trực tiếp"; committees higher up read it.
  'plan.read': [{ roles: PARTY_READERS, scope: 'self_or_above' }],
  'plan.edit': [{ roles: ['secretary', 'deputy'], scope: 'self' }],
  'plan.review': [{ roles: ['officer'], scope: 'parent' }],
  'guidance.issue': [{ roles: ['officer'], scope: 'self_or_above' }],
  // A committee's officers follow its cells' plans and remind a lagging cell (seed 000: the committee
  // "theo dõi, đôn đốc"): from their own committee's overview, to the cells under it.
  'committee.remind': [{ roles: ['officer'], scope: 'self' }],
  // The committee supervises its cells (seed 000: "dưới sự giám sát, chỉ đạo của cấp trên") and checks them
  // (seed 002: "thường xuyên kiểm tra, nhắc nhở các chi bộ"; its propaganda board inspects): the oversight
  // dashboard of a committee's subtree is read by the officers and inspectors of it or of a committee above.
  'oversight.read': [{ roles: ['officer', 'inspector'], scope: 'self_or_above' }],
  // Members register the topics they want to present (seed 001); staff are not party members.
  'topic.register': [{ roles: ['member', 'secretary', 'deputy', 'committee_member'], scope: 'self' }],
  'library.publish': [{ roles: ['officer'], scope: 'self_or_above' }],
  // Preparing a topic (seeds 000, 001): the cell studies and comments on the drafts; the committees above
  // follow progress and receive the finished topic. Staff are not party members and do not read drafts.
  // Which drafts a reader sees, and who of the cell may comment or approve, the preparation rules decide.
  'topic.read': [{ roles: PARTY_READERS, scope: 'self_or_above' }],
  'topic.comment': [
    { roles: ['member', 'secretary', 'deputy', 'committee_member', 'group_leader'], scope: 'self' },
  ],
  'topic.approve': [{ roles: ['secretary', 'deputy', 'committee_member'], scope: 'self' }],
  // A resolution topic is issued for the cell by its secretary, signed "T/M CHI BỘ — BÍ THƯ" (seeds 001, 003),
  // after the cell's vote and the committee's final approval (resolution-issue.ts).
  'resolution.issue': [{ roles: ['secretary'], scope: 'self' }],
  // The meeting (seed 000): the secretary (or deputy) schedules and chairs it; the appointed minute-taker
  // keeps the record (checked per meeting); members ask to speak; the committees above read the minute book.
  'meeting.read': [{ roles: PARTY_READERS, scope: 'self_or_above' }],
  'meeting.manage': [{ roles: ['secretary', 'deputy'], scope: 'self' }],
  'meeting.speak': [
    { roles: ['member', 'secretary', 'deputy', 'committee_member', 'group_leader'], scope: 'self' },
  ],
  // Seed 000: "đại biểu cấp ủy cấp trên dự" — the committee's people above a cell attend its meetings as
  // delegates: its officers and inspectors, and its committee members where the committee has that role
  // (a cell's own committee_member sits in the cell itself, never above it, so the rule never applies to them).
  'meeting.attend': [{ roles: ['officer', 'inspector', 'committee_member'], scope: 'above' }],
  // The committee's calendar of its subtree's meetings, where they choose which to attend (seed 000: the
  // committee "theo dõi, chỉ đạo" its cells): the same people, for their committee and those below it.
  'committee.calendar': [{ roles: ['officer', 'inspector', 'committee_member'], scope: 'self_or_above' }],
  // A committee reports upward on its subtree's thematic meetings (seeds 001, 004: "Báo cáo đảng ủy xã… kết
  // quả"): its own officers write and issue the report; its staff (inspectors) and the committees above read it.
  'upward_report.read': [{ roles: ['officer', 'inspector'], scope: 'self_or_above' }],
  'upward_report.write': [{ roles: ['officer'], scope: 'self' }],
  // A unit's reports go to "Đảng ủy cấp trên trực tiếp" (seed 000): the officers of the committee directly above
  // mark them received and may answer with a remark (the target is the issuing unit); committees higher up read
  // them (meeting.read) but do not receive them.
  'report.receive': [{ roles: ['officer'], scope: 'parent' }],
  // A committee's list of the reports received from the units under it (seeds 001, 004: "Báo cáo đảng ủy…"):
  // its officers and inspection staff, and the committees above it, follow it.
  'report.list_received': [{ roles: ['officer', 'inspector'], scope: 'self_or_above' }],
  // Guidance of cells that struggle (seed 000: "đảng ủy cấp trên trực tiếp chỉ đạo, hướng dẫn cách sinh hoạt").
  // A cell's record is read by the committees above (officers, inspectors, committee members — đảng ủy viên)
  // and by the cell's secretary and deputy; the committee's list of its cells under guidance by its people.
  // An officer of a committee above marks the cell, assigns and ends; visits and notes are recorded by an
  // officer above or by the person assigned (a record-level rule, support/access.ts).
  'support.read': [
    { roles: ['officer', 'inspector', 'committee_member'], scope: 'above' },
    { roles: ['secretary', 'deputy'], scope: 'self' },
  ],
  'support.overview': [{ roles: ['officer', 'inspector', 'committee_member'], scope: 'self_or_above' }],
  'support.manage': [{ roles: ['officer'], scope: 'above' }],
  'support.record': [{ roles: ['officer'], scope: 'above' }],
  // The cell invites the committee above to comment on a topic's drafts (seed 000: the committee "chỉ đạo,
  // hướng dẫn cách sinh hoạt"); who then reads is the preparation rule (preparation/access.ts).
  'topic.invite_committee': [{ roles: ['secretary', 'deputy'], scope: 'self' }],
  // Seed 000: the committee "kịp thời biểu dương, khen thưởng những nhân tố tích cực": its officers (or those of
  // a committee above) record, correct and withdraw the commendations of its subtree (the target is the
  // committee; the subject must lie below it, commendations.ts); praise is public: whoever sees a unit reads
  // its commendations (a cell its own, a committee its subtree's).
  'commendation.read': [{ roles: EVERYONE_IN_UNIT, scope: 'self_or_above' }],
  'commendation.write': [{ roles: ['officer'], scope: 'self_or_above' }],
  // Inspection and supervision (seed 002: the committee "thường xuyên kiểm tra, nhắc nhở các chi bộ"; its
  // inspectors do kiểm tra, giám sát). Checked on the inspecting committee: its inspectors and officers plan,
  // record the visit, issue the conclusion and follow the requests up; they, its committee members and the
  // committees above read its inspections (on a cell, only grants above the cell count: inspections/access.ts).
  'inspection.read': [{ roles: ['officer', 'inspector', 'committee_member'], scope: 'self_or_above' }],
  'inspection.manage': [{ roles: ['officer', 'inspector'], scope: 'self' }],
  // The inspected cell reads its own inspections once the conclusion is issued (party members of the cell),
  // and its secretary or deputy answers each request.
  'inspection.read_own': [{ roles: PARTY_READERS, scope: 'self' }],
  'inspection.answer': [{ roles: ['secretary', 'deputy'], scope: 'self' }],
  // The quality of meetings (seed 004: "tiêu chí đánh giá chất lượng sinh hoạt chi bộ" set by the committees;
  // seed 001: the secretary evaluates the meeting). A committee's officers keep its rubric; the cell's secretary
  // (or deputy) proposes a meeting's score; the committee directly above ("cấp trên trực tiếp", seed 000)
  // confirms or adjusts it. Reading follows org.read (the rubric) and meeting.read (the score).
  'quality.rubric_write': [{ roles: ['officer'], scope: 'self' }],
  'quality.propose': [{ roles: ['secretary', 'deputy'], scope: 'self' }],
  'quality.confirm': [{ roles: ['officer'], scope: 'parent' }],
  // The year-end review (seed 001: participation is "căn cứ để Chi bộ đánh giá, bình xét thi đua cuối năm"; the
  // cell's committee — secretary, deputy — assesses, the secretary signs for the cell "T/M CHI BỘ"). The cell's
  // party members read it (each their own line only: year-review/service.ts), its committee and the committees
  // above read it all (it "goes up" with the annual report, seed 000); a committee's officers set the thresholds
  // of the proposed level for their subtree.
  'year_review.read': [
    { roles: PARTY_READERS, scope: 'self' },
    { roles: ['officer', 'inspector', 'committee_member'], scope: 'above' },
  ],
  'year_review.read_all': [
    { roles: ['secretary', 'deputy', 'committee_member'], scope: 'self' },
    { roles: ['officer', 'inspector', 'committee_member'], scope: 'above' },
  ],
  'year_review.write': [{ roles: ['secretary', 'deputy'], scope: 'self' }],
  'year_review.finalise': [{ roles: ['secretary'], scope: 'self' }],
  'year_review.thresholds_write': [{ roles: ['officer'], scope: 'self' }],
  // Logins are kept with the people (practice, issue 19 "Accounts"): the committee's officers (tổ chức) reset
  // a forgotten password and disable or re-enable an account for the people of their subtree; administrators
  // everywhere. Nobody resets their own (they change it with the current one).
  'accounts.manage': [{ roles: ['officer'], scope: 'self_or_above' }],
  // A unit that starts mid-year with paper documents continues their numbers (Hướng dẫn 36-HD/VPTW numbers each
  // kind in one run per year or term; issue 17): the cell's secretary sets its first numbers, as do the officers
  // who keep the organisation (org.manage) for their committee and its subtree.
  'numbering.set': [
    { roles: ['secretary'], scope: 'self' },
    { roles: ['officer'], scope: 'self_or_above' },
  ],
  // Who signs a committee's documents "T/M ĐẢNG ỦY / BÍ THƯ" (issue 17, item 5): the committee's own officers
  // (the office that keeps its papers) set it for their committee, not those above nor the cells (practice).
  'document_signer.set': [{ roles: ['officer'], scope: 'self' }],
  // Seed 001: "sinh hoạt chuyên đề mẫu" — a committee chooses a cell's thematic meeting as a model for its other
  // cells: its officers (of a committee strictly above the cell) designate it, invite the other cells'
  // secretaries and withdraw it; after the meeting the lessons drawn ("rút kinh nghiệm") are recorded by those
  // officers or by the host cell's secretary. Invited secretaries read the invitation (model-meetings/service.ts).
  'model_meeting.designate': [{ roles: ['officer'], scope: 'above' }],
  'model_meeting.lessons': [
    { roles: ['officer'], scope: 'above' },
    { roles: ['secretary'], scope: 'self' },
  ],
};

/**
 * @param chain the target unit first, then its ancestors up to the root (as the closure table gives them).
 */
export function isAllowed(actor: Actor, action: Action, chain: readonly string[]): boolean {
  if (actor.isAdmin) return true;
  const rules = POLICY[action];
  return actor.grants.some((grant) => {
    const depth = chain.indexOf(grant.unitId);
    if (depth < 0) return false;
    return rules.some((rule) => rule.roles.includes(grant.role) && inScope(rule.scope, depth));
  });
}

function inScope(scope: Scope, depth: number): boolean {
  if (scope === 'self') return depth === 0;
  if (scope === 'above') return depth > 0;
  if (scope === 'parent') return depth === 1;
  return true;
}

/** Units whose whole subtree the actor can see: the roots of their visibility. */
export function visibleRoots(actor: Actor): string[] {
  return [...new Set(actor.grants.map((g) => g.unitId))];
}
