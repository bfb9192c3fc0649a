// Database schema as Kysely sees it. Instants are ISO-8601 UTC text and local dates are
// 'YYYY-MM-DD' text on both engines (docs/decisions/002-portable-column-types.md).
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { AgendaItemKind, AgendaPart, MeetingKind, PartOrder } from '../domain/meetings/agenda.ts';
import type { AttendanceState } from '../domain/meetings/attendance.ts';
import type { MeetingStatus } from '../domain/meetings/meeting-status.ts';
import type { PlanStep } from '../domain/plans/plan-schedule.ts';
import type { PlanStatus } from '../domain/plans/plan-status.ts';
import type { TopicKind } from '../domain/plans/topic-groups.ts';
import type { Disposition } from '../domain/preparation/disposition.ts';
import type { DraftRound, DraftStatus } from '../domain/preparation/draft-status.ts';

export interface OrgUnitTable {
  id: string;
  parent_id: string | null;
  kind: 'committee' | 'cell' | 'group';
  name: string;
  /** Short name for narrow screens and lists, e.g. "Khoa Nội". */
  short_name: string | null;
  /** Place named in dated documents: "<place>, ngày … tháng … năm …". */
  place: string | null;
  /** Set when the unit numbers its documents through its party term, from this day (else by year). */
  numbering_term_from: string | null;
  created_at: string;
  updated_at: string;
}

export interface OrgClosureTable {
  ancestor_id: string;
  descendant_id: string;
  depth: number;
}

export interface PersonTable {
  id: string;
  full_name: string;
  /** Folded (no diacritics, lower case) for search that ignores tones. */
  name_folded: string;
  gender: 'male' | 'female' | null;
  birth_date: string | null;
  phone: string | null;
  email: string | null;
  /** Current home unit: a cell for members, any unit for staff. */
  unit_id: string;
  /** Party group inside the cell, if the cell has groups. */
  group_id: string | null;
  status: 'official' | 'probationary' | 'exempt' | 'transferred_out' | 'staff';
  status_since: string;
  joined_on: string | null;
  official_on: string | null;
  card_number: string | null;
  created_at: string;
  updated_at: string;
}

/** One row per stretch of time a person spent in one unit with one status. */
export interface MembershipPeriodTable {
  id: string;
  person_id: string;
  unit_id: string;
  status: PersonTable['status'];
  started_on: string;
  ended_on: string | null;
  note: string | null;
  recorded_by: string | null;
  recorded_at: string;
}

export interface RoleAssignmentTable {
  id: string;
  person_id: string;
  unit_id: string;
  role: 'secretary' | 'deputy' | 'committee_member' | 'group_leader' | 'officer' | 'inspector';
  started_on: string;
  ended_on: string | null;
  created_by: string | null;
  created_at: string;
}

export interface UserAccountTable {
  id: string;
  person_id: string | null;
  username: string;
  password_hash: string;
  is_admin: number;
  locale: 'vi' | 'en';
  disabled_at: string | null;
  created_at: string;
}

export interface SessionTable {
  /** SHA-256 of the cookie token: a stolen database does not yield live cookies. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface LoginFailureTable {
  id: string;
  username: string;
  ip: string;
  at: string;
}

export interface AuditLogTable {
  id: string;
  at: string;
  actor_user_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  unit_id: string | null;
  before_json: string | null;
  after_json: string | null;
}

export interface GuidanceTable {
  id: string;
  committee_id: string;
  year: number;
  /** e.g. "25-CV/ĐU". */
  reference_number: string;
  issued_on: string;
  title: string;
  theme: string | null;
  documents_json: string;
  topic_groups_json: string;
  plan_deadline: string;
  content: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface TopicRegistrationTable {
  id: string;
  cell_id: string;
  year: number;
  person_id: string;
  title: string;
  topic_group: string | null;
  criterion: string | null;
  reason: string | null;
  preferred_quarter: number | null;
  created_at: string;
}

export interface PlanTable {
  id: string;
  cell_id: string;
  year: number;
  status: PlanStatus;
  legal_bases_json: string;
  purpose: string | null;
  requirements: string | null;
  organisation: string | null;
  adopted_on: string | null;
  submitted_at: string | null;
  reviewed_at: string | null;
  review_remark: string | null;
  /** Document number, assigned when the cell adopts the plan (the plan is issued then). */
  number: number | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface PlanTopicTable {
  id: string;
  plan_id: string;
  position: number;
  title: string;
  topic_group: string | null;
  kind: TopicKind;
  work_content: string | null;
  quarter: number;
  registration_id: string | null;
  model_id: string | null;
  /** The due month of each of the five steps, in order ("1,1,2,2,3"): a copy of plan_step for overviews. */
  due_months: string | null;
}

export interface PlanTopicPreparerTable {
  topic_id: string;
  person_id: string;
}

export interface PlanStepTable {
  id: string;
  topic_id: string;
  step: PlanStep;
  position: number;
  due_month: number;
  responsible_id: string | null;
  note: string | null;
}

export interface PlanEventTable {
  id: string;
  plan_id: string;
  action: string;
  from_status: string;
  to_status: string;
  remark: string | null;
  actor_user_id: string | null;
  at: string;
}

export interface TopicModelTable {
  id: string;
  committee_id: string;
  source_topic_id: string | null;
  source_cell_name: string | null;
  title: string;
  topic_group: string | null;
  kind: TopicKind;
  work_content: string | null;
  published_by: string | null;
  published_at: string;
}

export interface DocumentSequenceTable {
  unit_id: string;
  kind: string;
  /** "2026" for a calendar year, "term:2025-10-15" for a party term (domain/documents/numbering.ts). */
  period: string;
  last_number: number;
}

export interface TopicPreparationTable {
  topic_id: string;
  status: DraftStatus;
  briefing_purpose: string | null;
  briefing_requirements: string | null;
  briefing_content: string | null;
  briefing_method: string | null;
  briefed_on: string | null;
  briefed_by: string | null;
  comment_due_on: string | null;
  outline_saved_at: string | null;
  draft1_approved_at: string | null;
  distributed_at: string | null;
  comments_closed_at: string | null;
  draft2_approved_at: string | null;
  /** The day the topic was presented at the cell meeting (recorded by the secretary until meetings exist). */
  presented_on: string | null;
  final_at: string | null;
  /** The resolution's number ("Số 02-NQ/CB") for a resolution topic, given when it is issued. */
  final_number: number | null;
  created_at: string;
  updated_at: string;
}

export interface TopicVersionTable {
  id: string;
  topic_id: string;
  kind: 'outline' | 'draft';
  /** Which text a draft version belongs to; null for the outline. */
  round: DraftRound | null;
  number: number;
  /** Sanitised on the server before it is stored. */
  html: string;
  /** The text comments anchor to and diffs compare (rich-text.ts, plainText). */
  plain_text: string;
  author_person_id: string | null;
  created_at: string;
}

export interface TopicEventTable {
  id: string;
  topic_id: string;
  action: string;
  from_status: string;
  to_status: string;
  remark: string | null;
  version_id: string | null;
  self_approval: number;
  actor_user_id: string | null;
  at: string;
}

export interface TopicReaderTable {
  topic_id: string;
  round: DraftRound;
  person_id: string;
  version_id: string;
  sent_at: string;
  opened_at: string | null;
}

export interface TopicCommentTable {
  id: string;
  topic_id: string;
  version_id: string;
  person_id: string;
  body: string;
  quote: string | null;
  prefix: string | null;
  suffix: string | null;
  disposition: Disposition | null;
  explanation: string | null;
  disposed_by: string | null;
  disposed_at: string | null;
  created_at: string;
}

export interface TopicAttachmentTable {
  id: string;
  topic_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  content: Uint8Array;
  uploaded_by: string | null;
  created_at: string;
}

export interface MeetingTable {
  id: string;
  cell_id: string;
  /** The plan topic the thematic part is about. */
  topic_id: string | null;
  kind: MeetingKind;
  part_order: PartOrder;
  held_on: string;
  /** Local time 'HH:MM'. */
  starts_at: string;
  place: string;
  status: MeetingStatus;
  chair_id: string | null;
  minute_taker_id: string | null;
  notice_sent_at: string | null;
  /** The notice's number ("Số 05-TB/CB"), given when it is sent. */
  notice_number: number | null;
  started_at: string | null;
  ended_at: string | null;
  conclusion: string | null;
  /** Minutes the Hồ Chí Minh study took, recorded when the meeting ends (seed 002: at least 30). */
  study_minutes: number | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** What the cell chose to put into practice after its Hồ Chí Minh study (seed 002), until achieved. */
export interface PracticeCommitmentTable {
  id: string;
  cell_id: string;
  meeting_id: string;
  text: string;
  owner_id: string | null;
  closed_at: string | null;
  closed_meeting_id: string | null;
  created_by: string | null;
  created_at: string;
}

/** A later meeting's evaluation of a commitment ("tháng kế tiếp đánh giá", seed 002). */
export interface PracticeReviewTable {
  id: string;
  commitment_id: string;
  meeting_id: string;
  note: string;
  achieved: number;
  created_by: string | null;
  created_at: string;
}

export interface MeetingAgendaItemTable {
  id: string;
  meeting_id: string;
  position: number;
  part: AgendaPart;
  kind: AgendaItemKind;
  title: string | null;
  planned_minutes: number;
  started_at: string | null;
  ended_at: string | null;
}

export interface MeetingAttendanceTable {
  meeting_id: string;
  person_id: string;
  member_status: PersonTable['status'];
  state: AttendanceState | null;
  reason: string | null;
  late: number;
  suspended: number;
  updated_at: string;
}

export interface MeetingGuestTable {
  id: string;
  meeting_id: string;
  /** A delegate of a higher committee, or non-member staff of an agency's unit. */
  kind: 'delegate' | 'staff';
  full_name: string;
  title: string | null;
  unit_name: string | null;
  created_at: string;
}

export interface MeetingSpeechTable {
  id: string;
  meeting_id: string;
  person_id: string | null;
  guest_id: string | null;
  status: 'requested' | 'speaking' | 'done' | 'withdrawn';
  position: number;
  requested_at: string;
  started_at: string | null;
  ended_at: string | null;
  note: string | null;
  updated_at: string;
}

export interface MeetingTaskTable {
  id: string;
  meeting_id: string;
  title: string;
  /** Null for a collective task (the whole cell). */
  owner_id: string | null;
  due_on: string | null;
  created_at: string;
}

export interface MeetingVoteTable {
  id: string;
  meeting_id: string;
  subject: string;
  mode: 'count' | 'named';
  votes_for: number;
  votes_against: number;
  votes_abstain: number;
  base: number;
  needed: number;
  passed: number;
  basis_json: string;
  created_at: string;
}

export interface MeetingBallotTable {
  vote_id: string;
  person_id: string;
  choice: 'for' | 'against' | 'abstain';
}

export interface MinutesTable {
  meeting_id: string;
  text: string;
  chair_signed_at: string | null;
  chair_signed_by: string | null;
  taker_signed_at: string | null;
  taker_signed_by: string | null;
  text_hash: string | null;
  locked_at: string | null;
  number: number | null;
  created_at: string;
  updated_at: string;
}

export interface MinutesAddendumTable {
  id: string;
  meeting_id: string;
  text: string;
  text_hash: string;
  added_by: string | null;
  added_at: string;
}

/** One check of a meeting's assignment: appended, never rewritten (domain/follow-up/task-progress.ts). */
export interface TaskReportTable {
  id: string;
  task_id: string;
  status: 'in_progress' | 'done' | 'not_done';
  note: string | null;
  reported_on: string;
  reported_by: string | null;
  created_at: string;
}

/** An interim (sơ kết) or final (tổng kết) review of a resolution topic (domain/follow-up/review.ts). */
export interface ResolutionReviewTable {
  id: string;
  topic_id: string;
  kind: 'interim' | 'final';
  due_on: string;
  results: string | null;
  shortcomings: string | null;
  lessons: string | null;
  next_steps: string | null;
  /** The BC number given when it is issued. */
  number: number | null;
  issued_at: string | null;
  issued_on: string | null;
  issued_by: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** A report as the cell issued it: numbered, and the document frozen as signed (domain/documents/issuing.ts). */
export interface IssuedDocumentTable {
  id: string;
  unit_id: string;
  /** What it reports on, issued once: "meeting_report:…", "period_report:2026-Q3", "review:…". */
  subject: string;
  /** The number's kind: "BC". */
  kind: string;
  number: number;
  title: string;
  /** The PartyDocument with its number and date, rendered again on every download. */
  document_json: string;
  issued_on: string;
  issued_at: string;
  issued_by: string | null;
}

/** The secretary's evaluation of a thematic meeting (domain/meetings/evaluation.ts). */
export interface MeetingEvaluationTable {
  meeting_id: string;
  /** Strengths and weaknesses of the members who prepared the topic. */
  preparer: string | null;
  /** The result and quality of the meeting. */
  result: string | null;
  /** Lessons for the next meetings. */
  lessons: string | null;
  evaluated_by: string | null;
  updated_at: string;
}

export interface DB {
  org_unit: OrgUnitTable;
  org_closure: OrgClosureTable;
  person: PersonTable;
  membership_period: MembershipPeriodTable;
  role_assignment: RoleAssignmentTable;
  user_account: UserAccountTable;
  session: SessionTable;
  login_failure: LoginFailureTable;
  audit_log: AuditLogTable;
  guidance: GuidanceTable;
  topic_registration: TopicRegistrationTable;
  plan: PlanTable;
  plan_topic: PlanTopicTable;
  plan_topic_preparer: PlanTopicPreparerTable;
  plan_step: PlanStepTable;
  plan_event: PlanEventTable;
  topic_model: TopicModelTable;
  document_sequence: DocumentSequenceTable;
  topic_preparation: TopicPreparationTable;
  topic_version: TopicVersionTable;
  topic_event: TopicEventTable;
  topic_reader: TopicReaderTable;
  topic_comment: TopicCommentTable;
  topic_attachment: TopicAttachmentTable;
  meeting: MeetingTable;
  meeting_agenda_item: MeetingAgendaItemTable;
  meeting_attendance: MeetingAttendanceTable;
  meeting_guest: MeetingGuestTable;
  meeting_speech: MeetingSpeechTable;
  meeting_task: MeetingTaskTable;
  meeting_vote: MeetingVoteTable;
  meeting_ballot: MeetingBallotTable;
  minutes: MinutesTable;
  minutes_addendum: MinutesAddendumTable;
  task_report: TaskReportTable;
  resolution_review: ResolutionReviewTable;
  issued_document: IssuedDocumentTable;
  meeting_evaluation: MeetingEvaluationTable;
  practice_commitment: PracticeCommitmentTable;
  practice_review: PracticeReviewTable;
}

export type OrgUnit = Selectable<OrgUnitTable>;
export type NewOrgUnit = Insertable<OrgUnitTable>;
export type Person = Selectable<PersonTable>;
export type PersonUpdate = Updateable<PersonTable>;
export type RoleAssignment = Selectable<RoleAssignmentTable>;
export type UserAccount = Selectable<UserAccountTable>;
export type MemberStatus = PersonTable['status'];
export type Role = RoleAssignmentTable['role'];
export type OrgKind = OrgUnitTable['kind'];
