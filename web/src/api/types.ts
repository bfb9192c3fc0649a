// Response and request shapes of the HTTP API, as published in /api/openapi.json.
// Dates are local dates 'YYYY-MM-DD'; instants (audit `at`) are ISO 8601 UTC strings.

export type Locale = 'vi' | 'en';
export type OrgKind = 'committee' | 'cell' | 'group';
export type MemberStatus = 'official' | 'probationary' | 'exempt' | 'transferred_out' | 'staff';
/** Statuses a new person can be recorded with (transferred_out comes only from a transfer). */
export type NewMemberStatus = Exclude<MemberStatus, 'transferred_out'>;
export type Gender = 'male' | 'female';
/** Role names as the server sends them; `member`, `staff` and `admin` appear in Me.units. */
export type RoleName = string;
export type LocalDate = string;

export interface ApiErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

export interface MeUnit {
  unitId: string;
  unitName: string;
  unitKind: OrgKind;
  roles: RoleName[];
}

export interface Me {
  id: string;
  username: string;
  isAdmin: boolean;
  locale: Locale;
  csrfToken: string;
  person: { id: string; fullName: string; status: MemberStatus } | null;
  units: MeUnit[];
  canReadAudit: boolean;
}

export interface OrgUnit {
  id: string;
  parentId: string | null;
  kind: OrgKind;
  name: string;
  shortName: string | null;
  place: string | null;
  /** Documents are numbered through the party term from this day; null: by calendar year. */
  numberingTermFrom: string | null;
  memberCount: number;
  canManage: boolean;
}

export interface OrgUnitDetail extends OrgUnit {
  ancestors: { id: string; name: string; kind: OrgKind }[];
  children: OrgUnit[];
  permissions: { manage: boolean; manageMembers: boolean; manageRoles: boolean; readAudit: boolean };
  assignableRoles: RoleName[];
}

export interface OrgList {
  units: OrgUnit[];
}

export interface CreateOrgRequest {
  parentId: string;
  kind: OrgKind;
  name: string;
  shortName?: string;
  place?: string;
}

export interface UpdateOrgRequest {
  name?: string;
  shortName?: string | null;
  place?: string | null;
  parentId?: string;
  numberingTermFrom?: string | null;
}

export interface MemberSummary {
  id: string;
  fullName: string;
  gender: Gender | null;
  birthDate: LocalDate | null;
  status: MemberStatus;
  statusSince: LocalDate;
  unitId: string;
  unitName: string;
  groupId: string | null;
  groupName: string | null;
  joinedOn: LocalDate | null;
  officialOn: LocalDate | null;
  probationEndsOn: LocalDate | null;
  cardNumber: string | null;
  phone: string | null;
  roles: RoleName[];
}

export interface MemberList {
  members: MemberSummary[];
}

export interface MembershipPeriod {
  id: string;
  unitId: string;
  unitName: string;
  status: MemberStatus;
  startedOn: LocalDate;
  endedOn: LocalDate | null;
  note: string | null;
}

export interface RoleAssignment {
  id: string;
  personId: string;
  personName: string;
  unitId: string;
  role: RoleName;
  startedOn: LocalDate;
  endedOn: LocalDate | null;
}

export interface RoleHistoryEntry extends RoleAssignment {
  unitName: string;
}

export interface Member extends MemberSummary {
  email: string | null;
  periods: MembershipPeriod[];
  roleHistory: RoleHistoryEntry[];
  account: { username: string } | null;
  permissions: { manage: boolean; scorecard: boolean };
  nextStatuses: MemberStatus[];
}

export interface CreateMemberRequest {
  unitId: string;
  fullName: string;
  gender?: Gender;
  birthDate?: LocalDate;
  phone?: string;
  email?: string;
  status: NewMemberStatus;
  statusSince: LocalDate;
  joinedOn?: LocalDate;
  officialOn?: LocalDate;
  cardNumber?: string;
  groupId?: string;
}

export interface UpdateMemberRequest {
  fullName?: string;
  gender?: Gender | null;
  birthDate?: LocalDate | null;
  phone?: string | null;
  email?: string | null;
  joinedOn?: LocalDate | null;
  officialOn?: LocalDate | null;
  cardNumber?: string | null;
  groupId?: string | null;
}

export interface ChangeStatusRequest {
  status: MemberStatus;
  on: LocalDate;
  note?: string;
}

export interface TransferRequest {
  toUnitId: string;
  on: LocalDate;
  note?: string;
}

export interface CreateAccountRequest {
  username: string;
  password: string;
}

export interface RoleList {
  roles: RoleAssignment[];
}

export interface AssignRoleRequest {
  personId: string;
  role: RoleName;
  startedOn: LocalDate;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  unitId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface AuditList {
  entries: AuditEntry[];
}

// --- annual plan cycle (tags plans, topics) -----------------------------------------------------------

export type PlanStatus = 'draft' | 'adopted' | 'submitted' | 'acknowledged' | 'returned';
export type PlanAction = 'adopt' | 'reopen' | 'submit' | 'acknowledge' | 'return';
export type PlanStep = 'outline' | 'draft1' | 'comments' | 'draft2' | 'meeting';
export type TopicKind = 'ho_chi_minh' | 'resolution' | 'other';

export interface PersonRef {
  id: string;
  fullName: string;
}

export interface Guidance {
  id: string;
  committeeId: string;
  committeeName: string;
  year: number;
  referenceNumber: string;
  issuedOn: LocalDate;
  title: string;
  theme: string | null;
  documents: string[];
  /** Codes of TOPIC_GROUPS, or free text. */
  topicGroups: string[];
  planDeadline: LocalDate;
  content: string | null;
  /** The signed-in user may correct it. */
  canEdit: boolean;
}

export interface GuidanceList {
  guidance: Guidance[];
}

export interface GuidanceRequest {
  year: number;
  referenceNumber: string;
  issuedOn: LocalDate;
  title: string;
  theme?: string;
  documents: string[];
  topicGroups: string[];
  planDeadline: LocalDate;
  content?: string;
}

export interface CellPlanSummary {
  id: string;
  status: PlanStatus;
  adoptedOn: LocalDate | null;
  submittedAt: string | null;
  reviewedAt: string | null;
}

/** What the signed-in user may do from a unit's plan area (decided by the server's policy). */
export interface PlanAreaPermissions {
  /** Start the cell's plan. */
  createPlan: boolean;
  /** Issue guidance from this committee. */
  issueGuidance: boolean;
  /** Propose a topic in this cell. */
  registerTopic: boolean;
  /** Publish topics into this committee's library. */
  publishModel: boolean;
}

export interface CellPlans {
  year: number;
  permissions: PlanAreaPermissions;
  cells: {
    cellId: string;
    cellName: string;
    parentName: string | null;
    plan: CellPlanSummary | null;
    /** Steps of the plan's topics past their due month and not done. */
    overdueSteps: number;
    /** Reports the cell issued this year, and the day of the latest. */
    reports: { count: number; lastOn: string | null };
  }[];
}

export interface PlanStepRow {
  step: PlanStep;
  dueMonth: number;
  responsibleId: string | null;
  responsibleName: string | null;
  note: string | null;
}

export interface PlanTopic {
  id: string;
  position: number;
  title: string;
  topicGroup: string | null;
  kind: TopicKind;
  workContent: string | null;
  quarter: number;
  meetingMonth: number | null;
  preparers: PersonRef[];
  registrationId: string | null;
  modelId: string | null;
  steps: PlanStepRow[];
  /** Where its preparation stands (null before the plan is adopted). */
  preparation: {
    status: DraftStatus | null;
    progress: {
      step: PlanStep;
      dueBy: LocalDate;
      state: 'done' | 'pending' | 'overdue';
      doneOn: LocalDate | null;
      late: boolean;
    }[];
  } | null;
}

export interface PlanIssue {
  code: string;
  quarter?: number;
  /** Index (0-based) of the topic in the plan's topic list. */
  topic?: number;
}

export interface PlanEvent {
  action: PlanAction;
  fromStatus: PlanStatus;
  toStatus: PlanStatus;
  remark: string | null;
  actorName: string | null;
  at: string;
}

export interface Plan {
  id: string;
  cellId: string;
  cellName: string;
  year: number;
  status: PlanStatus;
  /** The plan's document number once adopted, e.g. 'Số 01-KH/CB'. */
  number: string | null;
  legalBases: string[];
  purpose: string | null;
  requirements: string | null;
  organisation: string | null;
  adoptedOn: LocalDate | null;
  submittedAt: string | null;
  reviewedAt: string | null;
  reviewRemark: string | null;
  /** The plan's version, sent back as `expectedUpdatedAt` when saving. */
  updatedAt: string;
  topics: PlanTopic[];
  events: PlanEvent[];
  checks: { errors: PlanIssue[]; warnings: PlanIssue[] };
  /** Who can be named as preparer or responsible. */
  people: PersonRef[];
  permissions: {
    edit: boolean;
    review: boolean;
    actions: PlanAction[];
    /** Committees whose library the user may publish the plan's topics to (once acknowledged). */
    publishTo: { id: string; name: string }[];
  };
}

export interface PlanTopicRequest {
  id?: string | null;
  title: string;
  topicGroup?: string;
  kind: TopicKind;
  workContent?: string;
  quarter: number;
  preparerIds: string[];
  registrationId?: string | null;
  modelId?: string | null;
  steps?: { step: PlanStep; dueMonth: number; responsibleId?: string | null; note?: string }[];
}

export interface PlanRequest {
  legalBases: string[];
  purpose?: string;
  requirements?: string;
  organisation?: string;
  topics: PlanTopicRequest[];
  /** The plan's `updatedAt` the editor started from: the save is refused (PLAN_CHANGED) if it changed since. */
  expectedUpdatedAt?: string;
}

export interface Registration {
  id: string;
  cellId: string;
  year: number;
  personId: string;
  personName: string;
  title: string;
  topicGroup: string | null;
  criterion: string | null;
  reason: string | null;
  preferredQuarter: number | null;
  usedInPlan: boolean;
  /** The signed-in user may withdraw it. */
  canWithdraw: boolean;
}

export interface RegistrationList {
  /** The signed-in user may propose a topic in this cell. */
  canRegister: boolean;
  registrations: Registration[];
}

export interface RegistrationRequest {
  year: number;
  title: string;
  topicGroup?: string;
  criterion?: string;
  reason?: string;
  preferredQuarter?: number | null;
}

export interface TopicModel {
  id: string;
  committeeId: string;
  committeeName: string;
  sourceCellName: string | null;
  sourceTopicId: string | null;
  title: string;
  topicGroup: string | null;
  kind: TopicKind;
  workContent: string | null;
  publishedAt: string;
  /** The signed-in user may withdraw it from the library. */
  canWithdraw: boolean;
}

export interface Library {
  models: TopicModel[];
}

export interface MyAssignments {
  year: number;
  topics: {
    topicId: string;
    title: string;
    quarter: number;
    kind: TopicKind;
    planId: string;
    planStatus: PlanStatus;
    cellName: string;
  }[];
  steps: {
    id: string;
    step: PlanStep;
    dueMonth: number;
    note: string | null;
    topicId: string;
    topicTitle: string;
    planId: string;
    planStatus: PlanStatus;
    cellName: string;
  }[];
  /** Texts sent to me to study (every member studies and comments on draft 1). */
  reading: {
    topicId: string;
    title: string;
    cellName: string;
    round: DraftRound;
    sentAt: string;
    openedAt: string | null;
    /** Comments are asked for on draft 1 until this day. */
    commentDueOn: LocalDate | null;
    commentsOpen: boolean;
    commented: boolean;
  }[];
  /** Meetings I was given notice of, not yet ended (the notice: topic, time, place). */
  meetings: {
    meetingId: string;
    heldOn: LocalDate;
    startsAt: string;
    place: string;
    status: MeetingStatus;
    topicId: string | null;
    topicTitle: string | null;
    cellName: string;
  }[];
}

// --- topic preparation (GET /api/topics/{id}: TopicPreparation) --------------------------------------

export type DraftStatus =
  | 'draft1_writing'
  | 'draft1_submitted'
  | 'draft1_refused'
  | 'draft1_approved'
  | 'distributed'
  | 'comments_closed'
  | 'draft2_writing'
  | 'draft2_submitted'
  | 'draft2_refused'
  | 'draft2_approved'
  | 'presented'
  | 'final';
export type DraftAction =
  | 'submit'
  | 'withdraw'
  | 'approve'
  | 'refuse'
  | 'distribute'
  | 'close_comments'
  | 'reopen_comments'
  | 'start_draft2'
  | 'present'
  | 'finalise';
/** Which text a draft version belongs to. */
export type DraftRound = 'draft1' | 'draft2' | 'final';
export type VersionKind = 'outline' | 'draft';
export type Disposition = 'accepted' | 'partly_accepted' | 'not_accepted';

/** Offsets (UTF-16, end exclusive) into `draft.plainText`. */
export interface TextRange {
  start: number;
  end: number;
}

/** A W3C TextQuoteSelector on the draft's plain text (src/domain/preparation/anchors.ts). */
export interface TextAnchor {
  quote: string;
  prefix: string;
  suffix: string;
}

export interface TopicStepProgress {
  step: PlanStep;
  dueBy: LocalDate;
  state: 'done' | 'pending' | 'overdue';
  doneOn?: LocalDate;
  late?: boolean;
  /** Done because a later step is done. */
  implied?: boolean;
  responsibleName: string | null;
}

export interface TopicVersionSummary {
  id: string;
  kind: VersionKind;
  round: DraftRound | null;
  number: number;
  createdAt: string;
  authorName: string | null;
  /** This text was sent to members. */
  sent: boolean;
}

export interface TopicComment {
  id: string;
  personId: string;
  personName: string;
  body: string;
  quote: string | null;
  prefix: string | null;
  suffix: string | null;
  versionId: string;
  /** Where the passage is in `draft.plainText`; null when it is no longer there (or on the whole draft). */
  range: TextRange | null;
  createdAt: string;
  disposition: Disposition | null;
  explanation: string | null;
  disposedByName: string | null;
  disposedAt: string | null;
}

export interface TopicReader {
  round: DraftRound;
  personId: string;
  name: string;
  groupName: string | null;
  sentAt: string;
  openedAt: string | null;
  commented: boolean;
}

export interface TopicAttachment {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  createdAt: string;
  uploadedByName: string | null;
}

export interface TopicEvent {
  id: string;
  action: DraftAction;
  fromStatus: DraftStatus;
  toStatus: DraftStatus;
  remark: string | null;
  versionId: string | null;
  selfApproval: boolean;
  actorName: string | null;
  at: string;
}

export interface TopicPreparation {
  topic: {
    id: string;
    planId: string;
    year: number;
    planStatus: PlanStatus;
    cellId: string;
    cellName: string;
    title: string;
    kind: TopicKind;
    quarter: number;
    workContent: string | null;
  };
  status: DraftStatus;
  /** False until the first step (briefing, outline, draft) is recorded. */
  started: boolean;
  preparers: { id: string; name: string }[];
  briefing: {
    purpose: string | null;
    requirements: string | null;
    content: string | null;
    method: string | null;
    briefedOn: LocalDate | null;
  };
  dates: {
    outlineSavedAt: string | null;
    draft1ApprovedAt: string | null;
    distributedAt: string | null;
    commentDueOn: LocalDate | null;
    commentsClosedAt: string | null;
    draft2ApprovedAt: string | null;
    presentedOn: LocalDate | null;
    finalAt: string | null;
  };
  commentsOpen: boolean;
  steps: TopicStepProgress[];
  versions: TopicVersionSummary[];
  outline: { id: string; number: number; html: string; createdAt: string } | null;
  /** The draft this user reads: the latest for the preparers and approvers, else the latest sent. */
  draft: {
    id: string;
    round: DraftRound | null;
    number: number;
    html: string;
    plainText: string;
    createdAt: string;
  } | null;
  comments: TopicComment[];
  dispositionSummary: {
    total: number;
    accepted: number;
    partly_accepted: number;
    not_accepted: number;
    pending: number;
  };
  /** Who each text was sent to, opened it and commented: for the preparers and approvers only. */
  readers: TopicReader[];
  expectedReaderCount: number;
  myReading: { round: DraftRound; sentAt: string; openedAt: string | null }[];
  attachments: TopicAttachment[];
  meetings: { id: string; heldOn: string; startsAt: string; status: MeetingStatus }[];
  attachmentRules: { maxBytes: number; accept: string[] };
  events: TopicEvent[];
  permissions: {
    actions: DraftAction[];
    brief: boolean;
    editOutline: boolean;
    editDraft: boolean;
    attach: boolean;
    comment: boolean;
    dispose: boolean;
  };
}

export interface BriefingRequest {
  purpose: string | null;
  requirements: string | null;
  content: string | null;
  method: string | null;
  briefedOn: LocalDate | null;
}

export interface SaveVersionRequest {
  kind: VersionKind;
  html: string;
  /** The latest version of this kind the editor started from; null for the first. */
  baseVersionId: string | null;
}

export interface TopicVersion {
  id: string;
  kind: VersionKind;
  round: DraftRound | null;
  number: number;
  html: string;
  plainText: string;
  createdAt: string;
}

export interface TopicVersionDiff {
  from: TopicVersion;
  to: TopicVersion;
  segments: { kind: 'same' | 'added' | 'removed'; text: string }[];
}

export interface CommentRequest {
  body: string;
  anchor?: TextAnchor | null;
}

export interface DispositionRequest {
  disposition: Disposition;
  explanation?: string | null;
}

// --- meetings (tag meetings: GET /api/meetings/{id}: Meeting) ------------------------------------------

export type MeetingKind = 'thematic' | 'combined';
export type PartOrder = 'regular_first' | 'thematic_first';
export type MeetingStatus = 'scheduled' | 'in_progress' | 'ended' | 'cancelled';
export type MeetingAction = 'start' | 'end' | 'cancel';
export type AgendaPart = 'opening' | 'thematic' | 'regular' | 'closing';
export type AgendaItemKind =
  | 'reason_and_delegates'
  | 'appoint_minute_taker'
  | 'attendance'
  | 'adopt_agenda'
  | 'purpose'
  | 'presentation'
  | 'discussion'
  | 'absorption'
  | 'regular_business'
  | 'evaluation'
  | 'conclusion'
  | 'assignments'
  | 'other';
export type AttendanceState = 'present' | 'absent_excused' | 'absent_unexcused';
export type SpeechStatus = 'requested' | 'speaking' | 'done' | 'withdrawn';
export type VoteChoice = 'for' | 'against' | 'abstain';
export type MinutesStatus = 'draft' | 'signed_by_one' | 'locked';

export interface MeetingAgendaItem {
  id: string;
  part: AgendaPart;
  kind: AgendaItemKind;
  title: string | null;
  plannedMinutes: number;
  startedAt: string | null;
  endedAt: string | null;
}

export interface MeetingAttendee {
  personId: string;
  name: string;
  groupName: string | null;
  memberStatus: MemberStatus;
  /** Not yet marked: null. */
  state: AttendanceState | null;
  reason: string | null;
  late: boolean;
  /** Suspended, prosecuted or detained: set aside from the vote base. */
  suspended: boolean;
}

export interface MeetingCounts {
  total: number;
  official: number;
  probationary: number;
  exempt: number;
  present: number;
  absentExcused: number;
  absentUnexcused: number;
  unmarked: number;
  expected: number;
  /** present / expected, 0–1. */
  rate: number | null;
}

export interface MeetingGuest {
  id: string;
  kind: 'delegate' | 'staff';
  fullName: string;
  title: string | null;
  unitName: string | null;
}

export interface MeetingSpeech {
  id: string;
  personId: string | null;
  guestId: string | null;
  speaker: string;
  status: SpeechStatus;
  position: number;
  requestedAt: string;
  startedAt: string | null;
  endedAt: string | null;
  note: string | null;
}

export interface MeetingTask {
  id: string;
  title: string;
  ownerId: string | null;
  ownerName: string | null;
  dueOn: LocalDate | null;
}

export interface MeetingVote {
  id: string;
  subject: string;
  mode: 'count' | 'named';
  for: number;
  against: number;
  abstain: number;
  /** The denominator: official members counted under the rule. */
  base: number;
  /** Votes for needed to pass. */
  needed: number;
  passed: boolean;
  basis: {
    rule: string;
    counted: string[];
    setAside: { id: string; reason: string }[];
    voters: string[];
  };
  createdAt: string;
}

export interface MeetingMinutes {
  text: string;
  status: MinutesStatus;
  chairSignedAt: string | null;
  minuteTakerSignedAt: string | null;
  /** SHA-256 (hex) of the signed text. */
  textHash: string | null;
  lockedAt: string | null;
  number: number | null;
  /** Send back as `expectedUpdatedAt` when saving the text. */
  updatedAt: string;
  addenda: { id: string; text: string; textHash: string; addedByName: string | null; addedAt: string }[];
}

export interface Meeting {
  id: string;
  cellId: string;
  cellName: string;
  topic: { id: string; title: string; kind: TopicKind; quarter: number } | null;
  kind: MeetingKind;
  partOrder: PartOrder;
  heldOn: LocalDate;
  /** 'HH:MM'. */
  startsAt: string;
  place: string;
  status: MeetingStatus;
  chair: { id: string; name: string | null } | null;
  minuteTaker: { id: string; name: string | null } | null;
  noticeSentAt: string | null;
  /** The notice's number ("TB"), given when it is first sent. */
  noticeNumber: number | null;
  /** The meeting's report to the committee, once issued (BC). */
  reportIssued: { id: string; number: number; issuedOn: string } | null;
  /** The secretary's evaluation after the meeting (seed 001), which goes up with the report. */
  evaluation: MeetingEvaluation | null;
  startedAt: string | null;
  endedAt: string | null;
  conclusion: string | null;
  /** Send back as `expectedUpdatedAt` when saving the schedule. */
  updatedAt: string;
  agenda: MeetingAgendaItem[];
  agendaIssues: string[];
  thematicMinutes: number;
  /** Set once the thematic part of a Hồ Chí Minh topic ended under 30 minutes. */
  studyTimeWarning: { code: 'HO_CHI_MINH_UNDER_30'; minutes: number; required: number } | null;
  attendance: MeetingAttendee[];
  counts: MeetingCounts;
  guests: MeetingGuest[];
  speeches: MeetingSpeech[];
  tasks: MeetingTask[];
  votes: MeetingVote[];
  voteRule: string;
  minutes: MeetingMinutes | null;
  me: { personId: string | null; onRoll: boolean; waitingToSpeak: boolean };
  permissions: {
    /** Schedule, start, end, chair (the cell's secretary or deputy). */
    manage: boolean;
    /** Write the evaluation: once the meeting ended, until its report is issued. */
    evaluate: boolean;
    /** Keep the record (the chair's side or the minute-taker). */
    record: boolean;
    actions: MeetingAction[];
    askToSpeak: boolean;
    sign: boolean;
  };
}

export interface MinuteBook {
  cellId: string;
  cellName: string;
  canSchedule: boolean;
  meetings: {
    id: string;
    heldOn: LocalDate;
    startsAt: string;
    place: string;
    kind: MeetingKind;
    status: MeetingStatus;
    topicTitle: string | null;
    /** The Hồ Chí Minh study part, marked in the minute book. */
    hoChiMinhStudy: boolean;
    minutesLocked: boolean;
    minutesNumber: number | null;
  }[];
}

export interface MeetingStats {
  year: number;
  members: {
    personId: string;
    name: string;
    meetings: number;
    present: number;
    absentExcused: number;
    absentUnexcused: number;
    spoke: number;
  }[];
}

export interface ScheduleMeetingRequest {
  topicId?: string | null;
  kind: MeetingKind;
  partOrder?: PartOrder | null;
  heldOn: LocalDate;
  startsAt: string;
  place: string;
}

export interface MeetingDetailsRequest extends ScheduleMeetingRequest {
  agenda: { part: AgendaPart; kind: AgendaItemKind; title?: string | null; minutes: number }[];
  expectedUpdatedAt?: string | null;
}

export interface AttendanceRequest {
  state: AttendanceState | null;
  reason?: string | null;
  late?: boolean;
  suspended?: boolean;
}

export interface GuestRequest {
  kind: 'delegate' | 'staff';
  fullName: string;
  title?: string | null;
  unitName?: string | null;
}

export interface SpeechUpdate {
  status?: SpeechStatus;
  position?: number;
  note?: string | null;
}

export interface TaskRequest {
  title: string;
  ownerId?: string | null;
  dueOn?: LocalDate | null;
}

export interface VoteRequest {
  subject: string;
  mode: 'count' | 'named';
  tally?: { for: number; against: number; abstain: number } | null;
  ballots?: { personId: string; choice: VoteChoice }[] | null;
}

// --- follow-up (tag follow-up: assignments' progress reports; a resolution's interim and final reviews) ------

export type TaskReportStatus = 'in_progress' | 'done' | 'not_done';
/** Where an assignment stands: `open` until its first report. */
export type TaskState = 'open' | TaskReportStatus;

export interface FollowUpTask {
  id: string;
  title: string;
  /** Null for a collective assignment (the whole cell). */
  owner: { id: string; name: string } | null;
  dueOn: LocalDate | null;
  meeting: { id: string; heldOn: LocalDate; topicId: string | null; topicTitle: string | null };
  state: TaskState;
  /** Past its due date and not done. */
  overdue: boolean;
  /** Done after its due date. */
  doneLate: boolean;
  lastReportedOn: LocalDate | null;
  lastNote: string | null;
  /** The signed-in user may report on it: the person assigned, or the secretary (or deputy). */
  mayReport: boolean;
}

export interface TaskReport {
  id: string;
  status: TaskReportStatus;
  note: string | null;
  reportedOn: LocalDate;
  reporterName: string | null;
  recordedAt: string;
}

export interface FollowUpTaskDetail extends FollowUpTask {
  /** Oldest first. */
  reports: TaskReport[];
}

export interface TaskCounts {
  total: number;
  done: number;
  inProgress: number;
  notDone: number;
  open: number;
  overdue: number;
}

export interface CellTasks {
  year: number;
  tasks: FollowUpTask[];
  counts: TaskCounts;
}

export interface MyTasks {
  year: number;
  tasks: FollowUpTask[];
  /** Reviews the signed-in secretary (or deputy) has to write: planned, not issued, due this year. */
  reviews: (Pick<ReviewSummary, 'id' | 'kind' | 'dueOn' | 'state'> & {
    topic: { id: string; title: string };
  })[];
}

export interface TaskReportRequest {
  status: TaskReportStatus;
  note?: string | null;
  /** Defaults to today. */
  reportedOn?: LocalDate | null;
}

export type ReviewKind = 'interim' | 'final';
export type ReviewState = 'planned' | 'overdue' | 'issued';
export type ReviewTextField = 'results' | 'shortcomings' | 'lessons' | 'nextSteps';

export interface Resolution {
  /** The topic's kind: only 'resolution' topics are reviewed. */
  kind: string;
  /** The NQ number, once issued. */
  number: number | null;
  issuedOn: LocalDate | null;
}

export interface ReviewSummary {
  id: string;
  kind: ReviewKind;
  dueOn: LocalDate;
  state: ReviewState;
  /** The BC number, once issued. */
  number: number | null;
  issuedOn: LocalDate | null;
}

export interface TopicReviews {
  resolution: Resolution;
  /** The secretary (or deputy) of an issued, still open resolution. */
  mayPlan: boolean;
  /** Managers see the planned ones too; others only the issued ones. */
  reviews: ReviewSummary[];
  taskCounts: TaskCounts;
}

export interface ResolutionReview extends ReviewSummary, Record<ReviewTextField, string | null> {
  topic: { id: string; title: string; cellId: string };
  resolution: Resolution;
  /** The resolution's tasks as they stand (or stood when the review was issued). */
  tasks: FollowUpTask[];
  taskCounts: TaskCounts;
  mayEdit: boolean;
  /** Send back as `expectedUpdatedAt` when saving. */
  updatedAt: string;
}

export interface PlanReviewRequest {
  kind: ReviewKind;
  dueOn: LocalDate;
}

export interface ReviewRequest extends Record<ReviewTextField, string | null> {
  dueOn: LocalDate;
  expectedUpdatedAt: string | null;
}

/** A report the cell issued to the committee above, numbered BC and kept as issued. */
export interface IssuedReport {
  id: string;
  /** "meeting_report:<id>", "period_report:2026-Q3", "period_report:2026", "review:<id>". */
  subject: string;
  number: number;
  title: string;
  issuedOn: string;
  issuedBy: string | null;
}

export interface IssuedReports {
  reports: IssuedReport[];
  /** The signed-in user may issue the cell's reports (its secretary or deputy). */
  mayIssue: boolean;
}

export interface MeetingEvaluation {
  /** Strengths and weaknesses of the members who prepared the topic. */
  preparer: string | null;
  /** The result and quality of the meeting. */
  result: string | null;
  /** Lessons for the next meetings. */
  lessons: string | null;
  updatedAt: string;
}
