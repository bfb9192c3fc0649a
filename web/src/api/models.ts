// Names for the API's shapes, each one line derived from the types generated from the OpenAPI document
// (./generated/openapi.ts, `npm run api:types`): never a hand-written copy of a server schema.
import type { components } from './generated/openapi.ts';

type Schemas = components['schemas'];
type Item<T> = T extends readonly (infer E)[] ? E : never;

export type ApiErrorBody = Schemas['Error'];

// --- auth, organisation, members, roles, audit -----------------------------------------------------
export type Me = Schemas['Me'];
export type MeUnit = Item<Me['units']>;
export type Locale = Me['locale'];
export type TextSize = Me['textSize'];
export type OrgUnit = Schemas['OrgUnit'];
export type OrgUnitDetail = Schemas['OrgUnitDetail'];
export type OrgTreeUnit = Schemas['OrgTreeUnit'];
export type OrgUnitChoice = Schemas['OrgUnitChoice'];
export type OrgKind = OrgUnit['kind'];
export type UpdateOrgRequest = Schemas['UpdateUnitRequest'];
export type Member = Schemas['Member'];
export type MemberStatus = Member['status'];
/** Statuses a new person can be recorded with (transferred_out comes only from a transfer). */
export type NewMemberStatus = Schemas['CreateMemberRequest']['status'];
export type Gender = NonNullable<Member['gender']>;
export type UpdateMemberRequest = Schemas['UpdateMemberRequest'];
export type RoleAssignment = Schemas['RoleAssignment'];
export type AuditEntry = Schemas['AuditEntry'];

// --- annual plan cycle -----------------------------------------------------------------------------
export type Guidance = Schemas['Guidance'];
export type GuidanceRequest = Schemas['GuidanceRequest'];
export type { CellPlans, CellRow, CommitteeRow } from './cell-plans.ts';
export type Plan = Schemas['Plan'];
export type PlanStatus = Plan['status'];
export type PlanAction = Item<Plan['permissions']['actions']>;
export type PlanIssue = Item<Plan['checks']['errors']>;
export type PlanTopic = Schemas['PlanTopic'];
export type PlanStep = Item<PlanTopic['steps']>['step'];
export type TopicKind = PlanTopic['kind'];
/** Where a step of a plan's topic stands, as the plan shows it. */
export type PlanStepProgress = Item<NonNullable<PlanTopic['preparation']>['progress']>;
export type PlanRequest = Schemas['PlanRequest'];
export type Registration = Schemas['TopicRegistration'];
export type TopicModel = Schemas['TopicModel'];
export type MyAssignments = Schemas['MyAssignments'];
export type CommitteeReminders = Schemas['CommitteeReminders'];
export type CommitteeReminderItem = Item<CommitteeReminders['items']>;

// --- topic preparation -----------------------------------------------------------------------------
export type TopicPreparation = Schemas['TopicPreparation'];
/** A decision of a resolution topic ("CHI BỘ QUYẾT NGHỊ:"). */
export type TopicDecision = Item<TopicPreparation['decisions']>;
export type ResolutionState = Schemas['ResolutionState'];
export type DraftStatus = TopicPreparation['status'];
/** Where a step of the topic stands, as the topic page shows it. */
export type TopicStepProgress = Item<TopicPreparation['steps']>;
export type DraftAction = Item<TopicPreparation['permissions']['actions']>;
export type TopicComment = Item<TopicPreparation['comments']>;
export type TopicReader = Item<TopicPreparation['readers']>;
export type TextRange = NonNullable<TopicComment['range']>;
export type TextAnchor = NonNullable<Schemas['CommentRequest']['anchor']>;
export type Disposition = NonNullable<TopicComment['disposition']>;
export type TopicVersionSummary = Item<TopicPreparation['versions']>;
export type TopicVersion = Schemas['TopicVersion'];
export type VersionKind = TopicVersion['kind'];
export type DraftRound = NonNullable<TopicVersion['round']>;

// --- meetings --------------------------------------------------------------------------------------
export type MinuteBook = Schemas['MinuteBook'];
export type Meeting = Schemas['Meeting'];
export type MeetingKind = Meeting['kind'];
export type MeetingStatus = Meeting['status'];
export type MeetingAction = Item<Meeting['permissions']['actions']>;
export type PartOrder = Meeting['partOrder'];
export type MeetingAgendaItem = Item<Meeting['agenda']>;
export type AgendaPart = MeetingAgendaItem['part'];
export type AgendaItemKind = MeetingAgendaItem['kind'];
export type MeetingAttendee = Item<Meeting['attendance']>;
export type AttendanceState = NonNullable<MeetingAttendee['state']>;
export type MeetingCounts = Meeting['counts'];
export type MeetingGuest = Item<Meeting['guests']>;
export type MeetingDelegate = Item<Meeting['delegates']>;
export type MeetingCalendar = Schemas['MeetingCalendar'];
export type ModelMeeting = Schemas['ModelMeeting'];
export type CalendarMeeting = Item<MeetingCalendar['meetings']>;
export type MeetingSpeech = Item<Meeting['speeches']>;
export type MeetingTask = Item<Meeting['tasks']>;
export type CarriedCommitment = Item<Meeting['practice']['carried']>;
export type MeetingTaskCheck = Item<Meeting['taskChecks']>;
export type MeetingVote = Item<Meeting['votes']>;
/** A numbered decision of the meeting's resolution topic, voted on at the meeting (seed 003). */
export type MeetingDecision = Item<Meeting['decisions']>;
export type MeetingMinutes = NonNullable<Meeting['minutes']>;
export type VoteChoice = Item<NonNullable<Schemas['VoteRequest']['ballots']>>['choice'];
export type AttendanceRequest = Schemas['AttendanceRequest'];
export type SpeechUpdate = Schemas['SpeechUpdate'];

// --- follow-up -------------------------------------------------------------------------------------
export type FollowUpTask = Schemas['FollowUpTask'];
export type FollowUpTaskDetail = Schemas['FollowUpTaskDetail'];
export type TaskState = FollowUpTask['state'];
export type TaskCounts = Schemas['TaskCounts'];
export type TaskReportStatus = Schemas['TaskReportRequest']['status'];
export type MyTasks = Schemas['MyTasks'];
export type TopicReviews = Schemas['TopicReviews'];
export type ReviewSummary = Schemas['ReviewSummary'];
export type ReviewKind = ReviewSummary['kind'];
export type ReviewState = ReviewSummary['state'];
export type Resolution = TopicReviews['resolution'];
export type ResolutionReview = Schemas['ResolutionReview'];
/** The review's four text parts. */
export type ReviewTextField = Extract<
  keyof Schemas['ReviewRequest'],
  'results' | 'shortcomings' | 'lessons' | 'nextSteps'
>;
export type IssuedReport = Schemas['IssuedReport'];
export type CellIssuedReport = Schemas['CellIssuedReport'];
export type PeriodReportDue = Schemas['PeriodReportDue'];
export type ReceivedReports = Schemas['ReceivedReports'];
export type ReceivedReport = Schemas['ReceivedReport'];
export type MissingReport = Item<ReceivedReports['missing']>;
export type Notification = Schemas['Notification'];
export type InboxItem = Schemas['InboxItem'];
export type NotificationSettings = Schemas['NotificationSettings'];
export type CalendarFeed = Schemas['CalendarFeed'];

// --- oversight (issue 15) --------------------------------------------------------------------------
export type Oversight = Schemas['Oversight'];
export type OversightRow = Item<Oversight['rows']>;
export type OversightFigures = OversightRow['figures'];
export type OversightQuarter = Item<Oversight['quarters']>;
// --- a committee's report upward ------------------------------------------------------------------
export type CommitteeReport = Schemas['CommitteeReport'];
export type CommitteeReportFigures = Schemas['CommitteeReportFigures'];
// Guidance of cells that struggle (issue 15).
export type SupportOverview = Schemas['SupportOverview'];
export type SupportRecord = Schemas['SupportRecord'];
export type SupportEntry = Schemas['SupportEntry'];
// --- search (issue 18)
export type SearchResult = Schemas['SearchResult'];
export type SearchHit = Schemas['SearchHit'];
export type SearchSegment = Schemas['SearchSegment'];
// --- commendations (issue 16)
export type Commendation = Schemas['Commendation'];
export type CommendationList = Schemas['CommendationList'];
export type InspectionList = Schemas['InspectionList'];
export type InspectionSummary = Schemas['InspectionSummary'];
export type Inspection = Schemas['Inspection'];
export type InspectionRequest = Schemas['InspectionRequest'];
