// Database schema as Kysely sees it, one file a part of the domain under schema/. Instants are ISO-8601 UTC
// text and local dates are 'YYYY-MM-DD' text on both engines (docs/decisions/002-portable-column-types.md).
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { AuditLogTable, LoginFailureTable, SessionTable, UserAccountTable } from './schema/accounts.ts';
import type { CellMonthActivityTable, CellTaskDueTable } from './schema/activity-summaries.ts';
import type { CommendationTable } from './schema/commendations.ts';
import type { CommitteeReportDraftTable } from './schema/committee-reports.ts';
import type {
  CommitteeCellDayTable,
  CommitteeDueTable,
  CommitteeMonthRollupTable,
  CommitteeQualityTable,
  CommitteeYearRollupTable,
} from './schema/committee-rollups.ts';
import type {
  IssuedDocumentTable,
  MeetingEvaluationTable,
  ReportReadTable,
  ReportReceiptTable,
  ResolutionReviewTable,
  TaskReportTable,
} from './schema/follow-up.ts';
import type { InspectionPersonTable, InspectionRequestTable, InspectionTable } from './schema/inspections.ts';
import type {
  MeetingAgendaItemTable,
  MeetingAttendanceTable,
  MeetingBallotTable,
  MeetingGuestTable,
  MeetingPaperMinutesTable,
  MeetingSpeechTable,
  MeetingTable,
  MeetingTaskTable,
  MeetingVoteTable,
  MinutesAddendumTable,
  MinutesTable,
  PracticeCommitmentTable,
  PracticeReviewTable,
} from './schema/meetings.ts';
import type { ModelMeetingInvitationTable, ModelMeetingTable } from './schema/model-meetings.ts';
import type {
  AppSettingTable,
  CalendarTokenTable,
  CommitteeReminderTable,
  JobLeaseTable,
  MailOutboxTable,
  NotificationPreferenceTable,
  NotificationTable,
  PushSubscriptionTable,
  ReminderSentTable,
} from './schema/notifications.ts';
import type {
  MembershipPeriodTable,
  OrgClosureTable,
  OrgUnitNameTable,
  OrgUnitTable,
  PersonTable,
  RoleAssignmentTable,
} from './schema/organisation.ts';
import type {
  DocumentSequenceTable,
  DocumentSignerTable,
  GuidanceTable,
  PlanEventTable,
  PlanPageVersionTable,
  PlanStepTable,
  PlanTable,
  PlanTopicPreparerTable,
  PlanTopicTable,
  TopicModelTable,
  TopicRegistrationTable,
} from './schema/plans.ts';
import type {
  ResolutionDecisionTable,
  TopicAttachmentTable,
  TopicCommentTable,
  TopicEventTable,
  TopicGroupSendingTable,
  TopicPreparationTable,
  TopicReaderTable,
  TopicVersionTable,
} from './schema/preparation.ts';
import type { MeetingQualityTable, QualityRubricTable } from './schema/quality.ts';
import type { SearchEntryTable } from './schema/search.ts';
import type { CellStepDueTable, CellYearSummaryTable } from './schema/summaries.ts';
import type { CellSupportTable, SupportEntryTable, TopicCommitteeInvitationTable } from './schema/support.ts';
import type {
  YearReviewAssessmentTable,
  YearReviewTable,
  YearReviewThresholdTable,
} from './schema/year-review.ts';

export type * from './schema/accounts.ts';
export type * from './schema/activity-summaries.ts';
export type * from './schema/commendations.ts';
export type * from './schema/committee-reports.ts';
export type * from './schema/committee-rollups.ts';
export type * from './schema/follow-up.ts';
export type * from './schema/inspections.ts';
export type * from './schema/meetings.ts';
export type * from './schema/model-meetings.ts';
export type * from './schema/notifications.ts';
export type * from './schema/organisation.ts';
export type * from './schema/plans.ts';
export type * from './schema/preparation.ts';
export type * from './schema/quality.ts';
export type * from './schema/search.ts';
export type * from './schema/summaries.ts';
export type * from './schema/support.ts';
export type * from './schema/year-review.ts';

export interface DB {
  org_unit: OrgUnitTable;
  org_closure: OrgClosureTable;
  org_unit_name: OrgUnitNameTable;
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
  plan_page_version: PlanPageVersionTable;
  plan_topic: PlanTopicTable;
  plan_topic_preparer: PlanTopicPreparerTable;
  plan_step: PlanStepTable;
  plan_event: PlanEventTable;
  topic_model: TopicModelTable;
  document_sequence: DocumentSequenceTable;
  document_signer: DocumentSignerTable;
  topic_preparation: TopicPreparationTable;
  topic_version: TopicVersionTable;
  topic_event: TopicEventTable;
  topic_reader: TopicReaderTable;
  topic_comment: TopicCommentTable;
  topic_attachment: TopicAttachmentTable;
  resolution_decision: ResolutionDecisionTable;
  topic_group_sending: TopicGroupSendingTable;
  meeting: MeetingTable;
  meeting_agenda_item: MeetingAgendaItemTable;
  meeting_attendance: MeetingAttendanceTable;
  meeting_paper_minutes: MeetingPaperMinutesTable;
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
  report_read: ReportReadTable;
  report_receipt: ReportReceiptTable;
  meeting_evaluation: MeetingEvaluationTable;
  practice_commitment: PracticeCommitmentTable;
  practice_review: PracticeReviewTable;
  notification: NotificationTable;
  mail_outbox: MailOutboxTable;
  notification_preference: NotificationPreferenceTable;
  calendar_token: CalendarTokenTable;
  job_lease: JobLeaseTable;
  reminder_sent: ReminderSentTable;
  committee_reminder: CommitteeReminderTable;
  app_setting: AppSettingTable;
  push_subscription: PushSubscriptionTable;
  committee_report_draft: CommitteeReportDraftTable;
  cell_support: CellSupportTable;
  support_entry: SupportEntryTable;
  quality_rubric: QualityRubricTable;
  meeting_quality: MeetingQualityTable;
  search_entry: SearchEntryTable;
  cell_year_summary: CellYearSummaryTable;
  cell_step_due: CellStepDueTable;
  cell_month_activity: CellMonthActivityTable;
  cell_task_due: CellTaskDueTable;
  committee_cell_day: CommitteeCellDayTable;
  committee_year_rollup: CommitteeYearRollupTable;
  committee_month_rollup: CommitteeMonthRollupTable;
  committee_due: CommitteeDueTable;
  committee_quality: CommitteeQualityTable;
  topic_committee_invitation: TopicCommitteeInvitationTable;
  commendation: CommendationTable;
  model_meeting: ModelMeetingTable;
  model_meeting_invitation: ModelMeetingInvitationTable;
  inspection: InspectionTable;
  inspection_person: InspectionPersonTable;
  inspection_request: InspectionRequestTable;
  year_review_threshold: YearReviewThresholdTable;
  year_review: YearReviewTable;
  year_review_assessment: YearReviewAssessmentTable;
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
