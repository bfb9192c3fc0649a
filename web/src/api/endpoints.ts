// One function per API call, and the TanStack Query keys and options that read them.
import { queryOptions } from '@tanstack/react-query';
import { http, isApiError, setCsrfToken } from './client.ts';
import type {
  AssignRoleRequest,
  AttendanceRequest,
  AuditList,
  BriefingRequest,
  CellPlans,
  CellTasks,
  ChangeStatusRequest,
  CommentRequest,
  CreateAccountRequest,
  CreateMemberRequest,
  CreateOrgRequest,
  DispositionRequest,
  FollowUpTaskDetail,
  GuestRequest,
  Guidance,
  GuidanceList,
  GuidanceRequest,
  IssuedReport,
  IssuedReports,
  Library,
  Locale,
  Me,
  Meeting,
  MeetingDetailsRequest,
  MeetingStats,
  Member,
  MemberList,
  MemberStatus,
  MinuteBook,
  MyAssignments,
  MyTasks,
  OrgList,
  OrgUnit,
  OrgUnitDetail,
  Plan,
  PlanRequest,
  PlanReviewRequest,
  Registration,
  RegistrationList,
  RegistrationRequest,
  ResolutionReview,
  ReviewRequest,
  RoleAssignment,
  RoleList,
  SaveVersionRequest,
  ScheduleMeetingRequest,
  SpeechUpdate,
  TaskReportRequest,
  TaskRequest,
  TopicModel,
  TopicPreparation,
  TopicReviews,
  TopicVersion,
  TopicVersionDiff,
  TransferRequest,
  UpdateMemberRequest,
  UpdateOrgRequest,
  VoteRequest,
} from './types.ts';

export const keys = {
  me: ['me'] as const,
  orgs: ['orgs'] as const,
  org: (id: string) => ['org', id] as const,
  members: (unitId: string, filter: { status?: string; q?: string; scope?: string } = {}) =>
    ['members', unitId, filter] as const,
  membersOf: (unitId: string) => ['members', unitId] as const,
  roles: (unitId: string) => ['roles', unitId] as const,
  member: (id: string) => ['member', id] as const,
  audit: (filter: { unitId?: string; entityId?: string }) => ['audit', filter] as const,
  guidance: (unitId: string, year: number) => ['guidance', unitId, year] as const,
  cellPlans: (unitId: string, year: number) => ['cellPlans', unitId, year] as const,
  plan: (id: string) => ['plan', id] as const,
  registrations: (cellId: string, year: number) => ['registrations', cellId, year] as const,
  library: (unitId: string) => ['library', unitId] as const,
  assignments: (year: number) => ['assignments', year] as const,
  topic: (id: string) => ['topic', id] as const,
  topicVersion: (id: string, versionId: string) => ['topic', id, 'version', versionId] as const,
  topicDiff: (id: string, from: string, to: string) => ['topic', id, 'diff', from, to] as const,
  minuteBook: (cellId: string, filter: { year?: number; q?: string } = {}) =>
    ['minuteBook', cellId, filter] as const,
  meetingStats: (cellId: string, year: number) => ['meetingStats', cellId, year] as const,
  meeting: (id: string) => ['meeting', id] as const,
  cellTasks: (cellId: string, year: number) => ['cellTasks', cellId, year] as const,
  myTasks: (year: number) => ['myTasks', year] as const,
  task: (id: string) => ['task', id] as const,
  topicReviews: (topicId: string) => ['topicReviews', topicId] as const,
  review: (id: string) => ['review', id] as const,
  issuedReports: (cellId: string, year: number) => ['issuedReports', cellId, year] as const,
  issuedReportsOf: (cellId: string) => ['issuedReports', cellId] as const,
};

// --- auth -------------------------------------------------------------------------------------------

/** The signed-in user, or null when nobody is signed in (401). */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await http.get<Me>('/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error, 401)) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const meQuery = queryOptions({ queryKey: keys.me, queryFn: fetchMe, staleTime: 5 * 60_000 });

export async function login(username: string, password: string): Promise<Me> {
  const me = await http.post<Me>('/auth/login', { username, password });
  setCsrfToken(me.csrfToken);
  return me;
}

export async function logout(): Promise<void> {
  try {
    await http.post<void>('/auth/logout');
  } finally {
    setCsrfToken(null);
  }
}

export const saveLocale = (locale: Locale) => http.put<void>('/auth/locale', { locale });

// --- organisation -----------------------------------------------------------------------------------

export const orgsQuery = queryOptions({
  queryKey: keys.orgs,
  queryFn: () => http.get<OrgList>('/orgs'),
});

export const orgQuery = (id: string) =>
  queryOptions({
    queryKey: keys.org(id),
    queryFn: () => http.get<OrgUnitDetail>(`/orgs/${encodeURIComponent(id)}`),
  });

export const createOrg = (body: CreateOrgRequest) => http.post<OrgUnit>('/orgs', body);
export const updateOrg = (id: string, body: UpdateOrgRequest) =>
  http.patch<OrgUnit>(`/orgs/${encodeURIComponent(id)}`, body);
export const deleteOrg = (id: string) => http.delete(`/orgs/${encodeURIComponent(id)}`);

// --- members ----------------------------------------------------------------------------------------

export const membersQuery = (
  unitId: string,
  filter: { status?: MemberStatus | ''; q?: string; scope?: 'unit' | 'subtree' } = {},
) =>
  queryOptions({
    queryKey: keys.members(unitId, {
      status: filter.status || undefined,
      q: filter.q || undefined,
      scope: filter.scope,
    }),
    queryFn: () =>
      http.get<MemberList>(`/orgs/${encodeURIComponent(unitId)}/members`, {
        status: filter.status,
        q: filter.q,
        scope: filter.scope,
      }),
  });

export const memberQuery = (id: string) =>
  queryOptions({
    queryKey: keys.member(id),
    queryFn: () => http.get<Member>(`/members/${encodeURIComponent(id)}`),
  });

export const createMember = (body: CreateMemberRequest) => http.post<Member>('/members', body);
export const updateMember = (id: string, body: UpdateMemberRequest) =>
  http.patch<Member>(`/members/${encodeURIComponent(id)}`, body);
export const changeMemberStatus = (id: string, body: ChangeStatusRequest) =>
  http.post<Member>(`/members/${encodeURIComponent(id)}/status`, body);
export const transferMember = (id: string, body: TransferRequest) =>
  http.post<Member>(`/members/${encodeURIComponent(id)}/transfer`, body);
export const createAccount = (id: string, body: CreateAccountRequest) =>
  http.post<{ username: string }>(`/members/${encodeURIComponent(id)}/account`, body);

// --- roles ------------------------------------------------------------------------------------------

export const rolesQuery = (unitId: string) =>
  queryOptions({
    queryKey: keys.roles(unitId),
    queryFn: () => http.get<RoleList>(`/orgs/${encodeURIComponent(unitId)}/roles`, { history: true }),
  });

export const assignRole = (unitId: string, body: AssignRoleRequest) =>
  http.post<RoleAssignment>(`/orgs/${encodeURIComponent(unitId)}/roles`, body);
export const endRole = (id: string, endedOn: string) =>
  http.post<RoleAssignment>(`/roles/${encodeURIComponent(id)}/end`, { endedOn });

// --- audit ------------------------------------------------------------------------------------------

export const auditQuery = (filter: { unitId?: string; entityId?: string }) =>
  queryOptions({
    queryKey: keys.audit(filter),
    queryFn: () => http.get<AuditList>('/audit', { unitId: filter.unitId, entityId: filter.entityId }),
  });

// --- annual plan cycle ------------------------------------------------------------------------------

const org = (id: string) => `/orgs/${encodeURIComponent(id)}`;

export const guidanceQuery = (unitId: string, year: number) =>
  queryOptions({
    queryKey: keys.guidance(unitId, year),
    queryFn: () => http.get<GuidanceList>(`${org(unitId)}/guidance`, { year }),
  });

export const issueGuidance = (committeeId: string, body: GuidanceRequest) =>
  http.post<Guidance>(`${org(committeeId)}/guidance`, body);
export const updateGuidance = (id: string, body: GuidanceRequest) =>
  http.put<Guidance>(`/guidance/${encodeURIComponent(id)}`, body);

/** For a committee: every cell under it with its plan of the year; for a cell: itself. */
export const cellPlansQuery = (unitId: string, year: number) =>
  queryOptions({
    queryKey: keys.cellPlans(unitId, year),
    queryFn: () => http.get<CellPlans>(`${org(unitId)}/plans`, { year }),
  });

export const planQuery = (id: string) =>
  queryOptions({
    queryKey: keys.plan(id),
    queryFn: () => http.get<Plan>(`/plans/${encodeURIComponent(id)}`),
  });

/** The plan as Word, PDF or print view in party format (a plain link: same-origin cookie, no CSRF on GET). */
export const planDocumentUrl = (id: string, format: 'docx' | 'pdf' | 'html') =>
  `/api/plans/${encodeURIComponent(id)}/document?format=${format}`;

/** The committee's guidance letter as Word, PDF or print view. */
export const guidanceDocumentUrl = (id: string, format: 'docx' | 'pdf' | 'html') =>
  `/api/guidance/${encodeURIComponent(id)}/document?format=${format}`;

export const createPlan = (cellId: string, year: number) => http.post<Plan>(`${org(cellId)}/plans`, { year });
export const savePlan = (id: string, body: PlanRequest) =>
  http.put<Plan>(`/plans/${encodeURIComponent(id)}`, body);

/** Moves the plan along its lifecycle; each call answers with the plan in its new state. */
export const planTransition = {
  adopt: (id: string, adoptedOn: string) =>
    http.post<Plan>(`/plans/${encodeURIComponent(id)}/adopt`, { adoptedOn }),
  reopen: (id: string) => http.post<Plan>(`/plans/${encodeURIComponent(id)}/reopen`, {}),
  submit: (id: string) => http.post<Plan>(`/plans/${encodeURIComponent(id)}/submit`, {}),
  acknowledge: (id: string, remark?: string) =>
    http.post<Plan>(`/plans/${encodeURIComponent(id)}/acknowledge`, remark ? { remark } : {}),
  return: (id: string, remark: string) =>
    http.post<Plan>(`/plans/${encodeURIComponent(id)}/return`, { remark }),
};

export const registrationsQuery = (cellId: string, year: number) =>
  queryOptions({
    queryKey: keys.registrations(cellId, year),
    queryFn: () => http.get<RegistrationList>(`${org(cellId)}/registrations`, { year }),
  });

export const registerTopic = (cellId: string, body: RegistrationRequest) =>
  http.post<Registration>(`${org(cellId)}/registrations`, body);
export const withdrawRegistration = (id: string) => http.delete(`/registrations/${encodeURIComponent(id)}`);

export const libraryQuery = (unitId: string) =>
  queryOptions({
    queryKey: keys.library(unitId),
    queryFn: () => http.get<Library>(`${org(unitId)}/library`),
  });

export const publishModel = (topicId: string, committeeId: string) =>
  http.post<TopicModel>('/library', { topicId, committeeId });
export const withdrawModel = (id: string) => http.delete(`/library/${encodeURIComponent(id)}`);

export const assignmentsQuery = (year: number) =>
  queryOptions({
    queryKey: keys.assignments(year),
    queryFn: () => http.get<MyAssignments>('/me/assignments', { year }),
  });

// --- topic preparation ------------------------------------------------------------------------------

const topicPath = (id: string) => `/topics/${encodeURIComponent(id)}`;

export const topicQuery = (id: string) =>
  queryOptions({
    queryKey: keys.topic(id),
    queryFn: () => http.get<TopicPreparation>(topicPath(id)),
  });

export const topicVersionQuery = (id: string, versionId: string) =>
  queryOptions({
    queryKey: keys.topicVersion(id, versionId),
    queryFn: () => http.get<TopicVersion>(`${topicPath(id)}/versions/${encodeURIComponent(versionId)}`),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** Saved versions never change: a diff between two of them is cached for good. */
export const topicDiffQuery = (id: string, from: string, to: string) =>
  queryOptions({
    queryKey: keys.topicDiff(id, from, to),
    queryFn: () => http.get<TopicVersionDiff>(`${topicPath(id)}/diff`, { from, to }),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** The topic text, or the comment-disposition table, as Word, PDF or print view. */
export const topicDocumentUrl = (id: string, format: 'docx' | 'pdf' | 'html') =>
  `/api${topicPath(id)}/document?format=${format}`;
export const dispositionsDocumentUrl = (id: string, format: 'docx' | 'pdf' | 'html') =>
  `/api${topicPath(id)}/dispositions/document?format=${format}`;
export const attachmentUrl = (id: string, attachmentId: string) =>
  `/api${topicPath(id)}/attachments/${encodeURIComponent(attachmentId)}`;

export const saveBriefing = (id: string, body: BriefingRequest) =>
  http.put<TopicPreparation>(`${topicPath(id)}/briefing`, body);
export const saveTopicVersion = (id: string, body: SaveVersionRequest) =>
  http.post<TopicPreparation>(`${topicPath(id)}/versions`, body);
/** The read receipt: the member opened the text sent to them. */
export const markTopicOpened = (id: string) => http.post<{ recorded: number }>(`${topicPath(id)}/opened`, {});
export const addTopicComment = (id: string, body: CommentRequest) =>
  http.post<TopicPreparation>(`${topicPath(id)}/comments`, body);
export const disposeComment = (id: string, commentId: string, body: DispositionRequest) =>
  http.put<TopicPreparation>(`${topicPath(id)}/comments/${encodeURIComponent(commentId)}/disposition`, body);

export function uploadAttachment(id: string, file: File) {
  const form = new FormData();
  form.append('file', file);
  return http.upload<TopicPreparation>(`${topicPath(id)}/attachments`, form);
}
export const deleteAttachment = (id: string, attachmentId: string) =>
  http.delete<TopicPreparation>(`${topicPath(id)}/attachments/${encodeURIComponent(attachmentId)}`);

/** Moves the topic's text along its lifecycle; each call answers with the topic in its new state. */
export const topicTransition = {
  submit: (id: string) => http.post<TopicPreparation>(`${topicPath(id)}/submit`, {}),
  withdraw: (id: string) => http.post<TopicPreparation>(`${topicPath(id)}/withdraw`, {}),
  approve: (id: string, body: { remark?: string; commentDueOn?: string }) =>
    http.post<TopicPreparation>(`${topicPath(id)}/approve`, body),
  refuse: (id: string, remark: string) => http.post<TopicPreparation>(`${topicPath(id)}/refuse`, { remark }),
  close_comments: (id: string) => http.post<TopicPreparation>(`${topicPath(id)}/close-comments`, {}),
  reopen_comments: (id: string, commentDueOn: string) =>
    http.post<TopicPreparation>(`${topicPath(id)}/reopen-comments`, { commentDueOn }),
  start_draft2: (id: string) => http.post<TopicPreparation>(`${topicPath(id)}/start-draft2`, {}),
  present: (id: string, presentedOn: string) =>
    http.post<TopicPreparation>(`${topicPath(id)}/present`, { presentedOn }),
  finalise: (id: string) => http.post<TopicPreparation>(`${topicPath(id)}/finalise`, {}),
};

// --- meetings ---------------------------------------------------------------------------------------

const meetingPath = (id: string) => `/meetings/${encodeURIComponent(id)}`;

/** The cell's minute book: its meetings by date, searchable by topic, place and the minutes' text. */
export const minuteBookQuery = (cellId: string, filter: { year?: number; q?: string } = {}) =>
  queryOptions({
    queryKey: keys.minuteBook(cellId, { year: filter.year, q: filter.q || undefined }),
    queryFn: () => http.get<MinuteBook>(`${org(cellId)}/meetings`, { year: filter.year, q: filter.q }),
  });

export const meetingStatsQuery = (cellId: string, year: number) =>
  queryOptions({
    queryKey: keys.meetingStats(cellId, year),
    queryFn: () => http.get<MeetingStats>(`${org(cellId)}/meeting-stats`, { year }),
  });

export const meetingQuery = (id: string) =>
  queryOptions({
    queryKey: keys.meeting(id),
    queryFn: () => http.get<Meeting>(meetingPath(id)),
  });

/** The meeting's notice (once sent) or its minutes as Word, PDF or print view (plain links, same-origin). */
export const noticeDocumentUrl = (id: string, format: 'docx' | 'pdf' | 'html') =>
  `/api${meetingPath(id)}/notice/document?format=${format}`;
export const minutesDocumentUrl = (id: string, format: 'docx' | 'pdf' | 'html') =>
  `/api${meetingPath(id)}/minutes/document?format=${format}`;
/** A member's year-end scorecard of thematic meetings. */
export const scorecardUrl = (personId: string, year: number, format: 'docx' | 'pdf' | 'html') =>
  `/api/members/${encodeURIComponent(personId)}/scorecard/document?format=${format}&year=${year}`;
/** The report of an ended meeting to the committee. */
export const meetingReportUrl = (id: string, format: 'docx' | 'pdf' | 'html') =>
  `/api${meetingPath(id)}/report/document?format=${format}`;
/** A cell's quarterly (quarter given) or annual report of its thematic meetings. */
export const cellReportUrl = (
  cellId: string,
  year: number,
  quarter: number | null,
  format: 'docx' | 'pdf' | 'html',
) =>
  `/api/orgs/${encodeURIComponent(cellId)}/report/document?format=${format}&year=${year}${quarter ? `&quarter=${quarter}` : ''}`;

/** The reports a cell issued in a year, and whether the user may issue them. */
export const issuedReportsQuery = (cellId: string, year: number) =>
  queryOptions({
    queryKey: keys.issuedReports(cellId, year),
    queryFn: () => http.get<IssuedReports>(`${org(cellId)}/issued-reports`, { year }),
  });
/** Issues the report of an ended meeting: the cell's next BC number, frozen as issued. */
export const issueMeetingReport = (meetingId: string) =>
  http.post<IssuedReport>(`${meetingPath(meetingId)}/report/issue`, {});
/** Issues the cell's quarterly (quarter given) or annual report. */
export const issuePeriodReport = (cellId: string, year: number, quarter: number | null) =>
  http.post<IssuedReport>(`${org(cellId)}/report/issue`, { year, quarter });
/** An issued report as it was issued. */
export const issuedReportUrl = (id: string, format: 'docx' | 'pdf' | 'html') =>
  `/api/issued-reports/${encodeURIComponent(id)}/document?format=${format}`;

/** Server-sent events: `changed` each time the meeting changes (same-origin, the session cookie goes along). */
export const meetingEventsUrl = (id: string) => `/api${meetingPath(id)}/events`;

export const scheduleMeeting = (cellId: string, body: ScheduleMeetingRequest) =>
  http.post<Meeting>(`${org(cellId)}/meetings`, body);
export const updateMeeting = (id: string, body: MeetingDetailsRequest) =>
  http.put<Meeting>(meetingPath(id), body);
export const sendMeetingNotice = (id: string) => http.post<Meeting>(`${meetingPath(id)}/notice`, {});

/** Starts, ends or cancels the meeting; each call answers with the meeting in its new state. */
export const meetingTransition = {
  start: (id: string) => http.post<Meeting>(`${meetingPath(id)}/start`, {}),
  end: (id: string) => http.post<Meeting>(`${meetingPath(id)}/end`, {}),
  cancel: (id: string) => http.post<Meeting>(`${meetingPath(id)}/cancel`, {}),
};

export const setMeetingRoles = (
  id: string,
  body: { chairId?: string | null; minuteTakerId?: string | null },
) => http.put<Meeting>(`${meetingPath(id)}/roles`, body);
export const markAttendance = (id: string, personId: string, body: AttendanceRequest) =>
  http.put<Meeting>(`${meetingPath(id)}/attendance/${encodeURIComponent(personId)}`, body);
export const addGuest = (id: string, body: GuestRequest) =>
  http.post<Meeting>(`${meetingPath(id)}/guests`, body);
export const removeGuest = (id: string, guestId: string) =>
  http.delete<Meeting>(`${meetingPath(id)}/guests/${encodeURIComponent(guestId)}`);
export const clockAgendaItem = (id: string, itemId: string, event: 'start' | 'end') =>
  http.post<Meeting>(`${meetingPath(id)}/agenda/${encodeURIComponent(itemId)}/${event}`, {});
/** Ask to speak (an empty body: the signed-in member), or put someone on the list. */
export const requestSpeech = (id: string, body: { personId?: string | null; guestId?: string | null } = {}) =>
  http.post<Meeting>(`${meetingPath(id)}/speeches`, body);
export const updateSpeech = (id: string, speechId: string, body: SpeechUpdate) =>
  http.put<Meeting>(`${meetingPath(id)}/speeches/${encodeURIComponent(speechId)}`, body);
export const addMeetingTask = (id: string, body: TaskRequest) =>
  http.post<Meeting>(`${meetingPath(id)}/tasks`, body);
export const removeMeetingTask = (id: string, taskId: string) =>
  http.delete<Meeting>(`${meetingPath(id)}/tasks/${encodeURIComponent(taskId)}`);
/** The secretary's evaluation of the ended meeting (each part null when left empty). */
export const saveEvaluation = (
  id: string,
  body: { preparer: string | null; result: string | null; lessons: string | null },
) => http.put<Meeting>(`${meetingPath(id)}/evaluation`, body);
export const saveConclusion = (id: string, conclusion: string | null) =>
  http.put<Meeting>(`${meetingPath(id)}/conclusion`, { conclusion });
export const recordVote = (id: string, body: VoteRequest) =>
  http.post<Meeting>(`${meetingPath(id)}/votes`, body);

export const draftMinutes = (id: string) => http.post<Meeting>(`${meetingPath(id)}/minutes/draft`, {});
export const saveMinutes = (id: string, text: string, expectedUpdatedAt: string | null) =>
  http.put<Meeting>(`${meetingPath(id)}/minutes`, { text, expectedUpdatedAt });
export const signMinutes = (id: string) => http.post<Meeting>(`${meetingPath(id)}/minutes/sign`, {});
export const addAddendum = (id: string, text: string) =>
  http.post<Meeting>(`${meetingPath(id)}/minutes/addenda`, { text });

// --- follow-up --------------------------------------------------------------------------------------

const taskPath = (id: string) => `/tasks/${encodeURIComponent(id)}`;
const reviewPath = (id: string) => `/reviews/${encodeURIComponent(id)}`;

/** The assignments of the cell's ended meetings over a year, where each stands, and the counts. */
export const cellTasksQuery = (cellId: string, year: number) =>
  queryOptions({
    queryKey: keys.cellTasks(cellId, year),
    queryFn: () => http.get<CellTasks>(`${org(cellId)}/tasks`, { year }),
  });

/** The assignments meetings gave the signed-in member over a year. */
export const myTasksQuery = (year: number) =>
  queryOptions({
    queryKey: keys.myTasks(year),
    queryFn: () => http.get<MyTasks>('/me/tasks', { year }),
  });

/** One assignment with every report on it (oldest first). */
export const taskQuery = (id: string) =>
  queryOptions({
    queryKey: keys.task(id),
    queryFn: () => http.get<FollowUpTaskDetail>(taskPath(id)),
  });

export const reportTask = (id: string, body: TaskReportRequest) =>
  http.post<FollowUpTaskDetail>(`${taskPath(id)}/reports`, body);

/** A resolution's number and issue date, its reviews and its tasks' counts (any topic answers). */
export const topicReviewsQuery = (topicId: string) =>
  queryOptions({
    queryKey: keys.topicReviews(topicId),
    queryFn: () => http.get<TopicReviews>(`${topicPath(topicId)}/reviews`),
  });

export const planReview = (topicId: string, body: PlanReviewRequest) =>
  http.post<ResolutionReview>(`${topicPath(topicId)}/reviews`, body);

export const reviewQuery = (id: string) =>
  queryOptions({
    queryKey: keys.review(id),
    queryFn: () => http.get<ResolutionReview>(reviewPath(id)),
  });

export const saveReview = (id: string, body: ReviewRequest) =>
  http.put<ResolutionReview>(reviewPath(id), body);
export const deleteReview = (id: string) => http.delete(reviewPath(id));
/** Gives the review its BC number; refused (400, by field) while a required part is empty. */
export const issueReview = (id: string) => http.post<ResolutionReview>(`${reviewPath(id)}/issue`, {});

/** The review report ("Báo cáo sơ kết/tổng kết việc thực hiện Nghị quyết") as Word, PDF or print view. */
export const reviewDocumentUrl = (id: string, format: 'docx' | 'pdf' | 'html') =>
  `/api${reviewPath(id)}/document?format=${format}`;
