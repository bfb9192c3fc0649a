// One function per API call, and the TanStack Query keys and options that read them. Paths, bodies and
// answers are typed by the OpenAPI document (./generated/openapi.ts) through `api` in client.ts.
import { queryOptions } from '@tanstack/react-query';
import { api, apiUrl, type BodyOf, isApiError, type QueryOf, setCsrfToken } from './client.ts';
import type { Locale, Me, MemberStatus } from './models.ts';

type DocumentFormat = QueryOf<'/plans/{id}/document'>['format'];

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
    const me = await api.get('/auth/me');
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
  const me = await api.post('/auth/login', { body: { username, password } });
  setCsrfToken(me.csrfToken);
  return me;
}

export async function logout(): Promise<void> {
  try {
    await api.post('/auth/logout');
  } finally {
    setCsrfToken(null);
  }
}

export const saveLocale = (locale: Locale) => api.put('/auth/locale', { body: { locale } });

// --- organisation -----------------------------------------------------------------------------------

export const orgsQuery = queryOptions({
  queryKey: keys.orgs,
  queryFn: () => api.get('/orgs'),
});

export const orgQuery = (id: string) =>
  queryOptions({
    queryKey: keys.org(id),
    queryFn: () => api.get('/orgs/{id}', { path: { id } }),
  });

export const createOrg = (body: BodyOf<'/orgs', 'post'>) => api.post('/orgs', { body });
export const updateOrg = (id: string, body: BodyOf<'/orgs/{id}', 'patch'>) =>
  api.patch('/orgs/{id}', { path: { id }, body });
export const deleteOrg = (id: string) => api.delete('/orgs/{id}', { path: { id } });

// --- members ----------------------------------------------------------------------------------------

export const membersQuery = (
  unitId: string,
  filter: { status?: MemberStatus | ''; q?: string; scope?: QueryOf<'/orgs/{id}/members'>['scope'] } = {},
) =>
  queryOptions({
    queryKey: keys.members(unitId, {
      status: filter.status || undefined,
      q: filter.q || undefined,
      scope: filter.scope,
    }),
    queryFn: () =>
      api.get('/orgs/{id}/members', {
        path: { id: unitId },
        query: { status: filter.status || undefined, q: filter.q, scope: filter.scope },
      }),
  });

export const memberQuery = (id: string) =>
  queryOptions({
    queryKey: keys.member(id),
    queryFn: () => api.get('/members/{id}', { path: { id } }),
  });

export const createMember = (body: BodyOf<'/members', 'post'>) => api.post('/members', { body });
export const updateMember = (id: string, body: BodyOf<'/members/{id}', 'patch'>) =>
  api.patch('/members/{id}', { path: { id }, body });
export const changeMemberStatus = (id: string, body: BodyOf<'/members/{id}/status', 'post'>) =>
  api.post('/members/{id}/status', { path: { id }, body });
export const transferMember = (id: string, body: BodyOf<'/members/{id}/transfer', 'post'>) =>
  api.post('/members/{id}/transfer', { path: { id }, body });
export const createAccount = (id: string, body: BodyOf<'/members/{id}/account', 'post'>) =>
  api.post('/members/{id}/account', { path: { id }, body });

// --- roles ------------------------------------------------------------------------------------------

export const rolesQuery = (unitId: string) =>
  queryOptions({
    queryKey: keys.roles(unitId),
    queryFn: () => api.get('/orgs/{id}/roles', { path: { id: unitId }, query: { history: 'true' } }),
  });

export const assignRole = (unitId: string, body: BodyOf<'/orgs/{id}/roles', 'post'>) =>
  api.post('/orgs/{id}/roles', { path: { id: unitId }, body });
export const endRole = (id: string, endedOn: string) =>
  api.post('/roles/{id}/end', { path: { id }, body: { endedOn } });

// --- audit ------------------------------------------------------------------------------------------

export const auditQuery = (filter: { unitId?: string; entityId?: string }) =>
  queryOptions({
    queryKey: keys.audit(filter),
    queryFn: () => api.get('/audit', { query: { unitId: filter.unitId, entityId: filter.entityId } }),
  });

// --- annual plan cycle ------------------------------------------------------------------------------

export const guidanceQuery = (unitId: string, year: number) =>
  queryOptions({
    queryKey: keys.guidance(unitId, year),
    queryFn: () => api.get('/orgs/{id}/guidance', { path: { id: unitId }, query: { year } }),
  });

export const issueGuidance = (committeeId: string, body: BodyOf<'/orgs/{id}/guidance', 'post'>) =>
  api.post('/orgs/{id}/guidance', { path: { id: committeeId }, body });
export const updateGuidance = (id: string, body: BodyOf<'/guidance/{id}', 'put'>) =>
  api.put('/guidance/{id}', { path: { id }, body });

/** For a committee: every cell under it with its plan of the year; for a cell: itself. */
export const cellPlansQuery = (unitId: string, year: number) =>
  queryOptions({
    queryKey: keys.cellPlans(unitId, year),
    queryFn: () => api.get('/orgs/{id}/plans', { path: { id: unitId }, query: { year } }),
  });

export const planQuery = (id: string) =>
  queryOptions({
    queryKey: keys.plan(id),
    queryFn: () => api.get('/plans/{id}', { path: { id } }),
  });

/** The plan as Word, PDF or print view in party format (a plain link: same-origin cookie, no CSRF on GET). */
export const planDocumentUrl = (id: string, format: DocumentFormat) =>
  apiUrl('/plans/{id}/document', { path: { id }, query: { format } });

/** The committee's guidance letter as Word, PDF or print view. */
export const guidanceDocumentUrl = (id: string, format: DocumentFormat) =>
  apiUrl('/guidance/{id}/document', { path: { id }, query: { format } });

export const createPlan = (cellId: string, year: number) =>
  api.post('/orgs/{id}/plans', { path: { id: cellId }, body: { year } });
export const savePlan = (id: string, body: BodyOf<'/plans/{id}', 'put'>) =>
  api.put('/plans/{id}', { path: { id }, body });

/** Moves the plan along its lifecycle; each call answers with the plan in its new state. */
export const planTransition = {
  adopt: (id: string, adoptedOn: string) =>
    api.post('/plans/{id}/adopt', { path: { id }, body: { adoptedOn } }),
  reopen: (id: string) => api.post('/plans/{id}/reopen', { path: { id }, body: {} }),
  submit: (id: string) => api.post('/plans/{id}/submit', { path: { id }, body: {} }),
  acknowledge: (id: string, remark?: string) =>
    api.post('/plans/{id}/acknowledge', { path: { id }, body: remark ? { remark } : {} }),
  return: (id: string, remark: string) => api.post('/plans/{id}/return', { path: { id }, body: { remark } }),
};

export const registrationsQuery = (cellId: string, year: number) =>
  queryOptions({
    queryKey: keys.registrations(cellId, year),
    queryFn: () => api.get('/orgs/{id}/registrations', { path: { id: cellId }, query: { year } }),
  });

export const registerTopic = (cellId: string, body: BodyOf<'/orgs/{id}/registrations', 'post'>) =>
  api.post('/orgs/{id}/registrations', { path: { id: cellId }, body });
export const withdrawRegistration = (id: string) => api.delete('/registrations/{id}', { path: { id } });

export const libraryQuery = (unitId: string) =>
  queryOptions({
    queryKey: keys.library(unitId),
    queryFn: () => api.get('/orgs/{id}/library', { path: { id: unitId } }),
  });

export const publishModel = (topicId: string, committeeId: string) =>
  api.post('/library', { body: { topicId, committeeId } });
export const withdrawModel = (id: string) => api.delete('/library/{id}', { path: { id } });

export const assignmentsQuery = (year: number) =>
  queryOptions({
    queryKey: keys.assignments(year),
    queryFn: () => api.get('/me/assignments', { query: { year } }),
  });

// --- topic preparation ------------------------------------------------------------------------------

export const topicQuery = (id: string) =>
  queryOptions({
    queryKey: keys.topic(id),
    queryFn: () => api.get('/topics/{id}', { path: { id } }),
  });

export const topicVersionQuery = (id: string, versionId: string) =>
  queryOptions({
    queryKey: keys.topicVersion(id, versionId),
    queryFn: () => api.get('/topics/{id}/versions/{versionId}', { path: { id, versionId } }),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** Saved versions never change: a diff between two of them is cached for good. */
export const topicDiffQuery = (id: string, from: string, to: string) =>
  queryOptions({
    queryKey: keys.topicDiff(id, from, to),
    queryFn: () => api.get('/topics/{id}/diff', { path: { id }, query: { from, to } }),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** The topic text, or the comment-disposition table, as Word, PDF or print view. */
export const topicDocumentUrl = (id: string, format: DocumentFormat) =>
  apiUrl('/topics/{id}/document', { path: { id }, query: { format } });
export const dispositionsDocumentUrl = (id: string, format: DocumentFormat) =>
  apiUrl('/topics/{id}/dispositions/document', { path: { id }, query: { format } });
export const attachmentUrl = (id: string, attachmentId: string) =>
  apiUrl('/topics/{id}/attachments/{attachmentId}', { path: { id, attachmentId } });

export const saveBriefing = (id: string, body: BodyOf<'/topics/{id}/briefing', 'put'>) =>
  api.put('/topics/{id}/briefing', { path: { id }, body });
export const saveTopicVersion = (id: string, body: BodyOf<'/topics/{id}/versions', 'post'>) =>
  api.post('/topics/{id}/versions', { path: { id }, body });
/** The read receipt: the member opened the text sent to them. */
export const markTopicOpened = (id: string) => api.post('/topics/{id}/opened', { path: { id }, body: {} });
export const addTopicComment = (id: string, body: BodyOf<'/topics/{id}/comments', 'post'>) =>
  api.post('/topics/{id}/comments', { path: { id }, body });
export const disposeComment = (
  id: string,
  commentId: string,
  body: BodyOf<'/topics/{id}/comments/{commentId}/disposition', 'put'>,
) => api.put('/topics/{id}/comments/{commentId}/disposition', { path: { id, commentId }, body });

export function uploadAttachment(id: string, file: File) {
  const body = new FormData();
  body.append('file', file);
  return api.post('/topics/{id}/attachments', { path: { id }, body });
}
export const deleteAttachment = (id: string, attachmentId: string) =>
  api.delete('/topics/{id}/attachments/{attachmentId}', { path: { id, attachmentId } });

/** Moves the topic's text along its lifecycle; each call answers with the topic in its new state. */
export const topicTransition = {
  submit: (id: string) => api.post('/topics/{id}/submit', { path: { id }, body: {} }),
  withdraw: (id: string) => api.post('/topics/{id}/withdraw', { path: { id }, body: {} }),
  approve: (id: string, body: BodyOf<'/topics/{id}/approve', 'post'>) =>
    api.post('/topics/{id}/approve', { path: { id }, body }),
  refuse: (id: string, remark: string) => api.post('/topics/{id}/refuse', { path: { id }, body: { remark } }),
  close_comments: (id: string) => api.post('/topics/{id}/close-comments', { path: { id }, body: {} }),
  reopen_comments: (id: string, commentDueOn: string) =>
    api.post('/topics/{id}/reopen-comments', { path: { id }, body: { commentDueOn } }),
  start_draft2: (id: string) => api.post('/topics/{id}/start-draft2', { path: { id }, body: {} }),
  present: (id: string, presentedOn: string) =>
    api.post('/topics/{id}/present', { path: { id }, body: { presentedOn } }),
  finalise: (id: string) => api.post('/topics/{id}/finalise', { path: { id }, body: {} }),
  /** The secretary issues a resolution topic as the cell's Nghị quyết (after the vote and final approval). */
  issue: (id: string) => api.post('/topics/{id}/issue', { path: { id }, body: {} }),
};

// --- meetings ---------------------------------------------------------------------------------------

/** The cell's minute book: its meetings by date, searchable by topic, place and the minutes' text. */
export const minuteBookQuery = (cellId: string, filter: { year?: number; q?: string } = {}) =>
  queryOptions({
    queryKey: keys.minuteBook(cellId, { year: filter.year, q: filter.q || undefined }),
    queryFn: () =>
      api.get('/orgs/{id}/meetings', { path: { id: cellId }, query: { year: filter.year, q: filter.q } }),
  });

export const meetingStatsQuery = (cellId: string, year: number) =>
  queryOptions({
    queryKey: keys.meetingStats(cellId, year),
    queryFn: () => api.get('/orgs/{id}/meeting-stats', { path: { id: cellId }, query: { year } }),
  });

export const meetingQuery = (id: string) =>
  queryOptions({
    queryKey: keys.meeting(id),
    queryFn: () => api.get('/meetings/{id}', { path: { id } }),
  });

/** The meeting's notice (once sent) or its minutes as Word, PDF or print view (plain links, same-origin). */
export const noticeDocumentUrl = (id: string, format: DocumentFormat) =>
  apiUrl('/meetings/{id}/notice/document', { path: { id }, query: { format } });
export const minutesDocumentUrl = (id: string, format: DocumentFormat) =>
  apiUrl('/meetings/{id}/minutes/document', { path: { id }, query: { format } });
/** A member's year-end scorecard of thematic meetings. */
export const scorecardUrl = (personId: string, year: number, format: DocumentFormat) =>
  apiUrl('/members/{id}/scorecard/document', { path: { id: personId }, query: { format, year } });
/** The report of an ended meeting to the committee. */
export const meetingReportUrl = (id: string, format: DocumentFormat) =>
  apiUrl('/meetings/{id}/report/document', { path: { id }, query: { format } });
/** A cell's quarterly (quarter given) or annual report of its thematic meetings. */
export const cellReportUrl = (cellId: string, year: number, quarter: number | null, format: DocumentFormat) =>
  apiUrl('/orgs/{id}/report/document', {
    path: { id: cellId },
    query: { format, year, quarter: quarter || undefined },
  });

/** The reports a cell issued in a year, and whether the user may issue them. */
export const issuedReportsQuery = (cellId: string, year: number) =>
  queryOptions({
    queryKey: keys.issuedReports(cellId, year),
    queryFn: () => api.get('/orgs/{id}/issued-reports', { path: { id: cellId }, query: { year } }),
  });
/** Issues the report of an ended meeting: the cell's next BC number, frozen as issued. */
export const issueMeetingReport = (meetingId: string) =>
  api.post('/meetings/{id}/report/issue', { path: { id: meetingId }, body: {} });
/** Issues the cell's quarterly (quarter given) or annual report. */
export const issuePeriodReport = (cellId: string, year: number, quarter: number | null) =>
  api.post('/orgs/{id}/report/issue', { path: { id: cellId }, body: { year, quarter } });
/** An issued report as it was issued. */
export const issuedReportUrl = (id: string, format: DocumentFormat) =>
  apiUrl('/issued-reports/{id}/document', { path: { id }, query: { format } });

/** Server-sent events: `changed` each time the meeting changes (same-origin, the session cookie goes along). */
export const meetingEventsUrl = (id: string) => apiUrl('/meetings/{id}/events', { path: { id } });

export const scheduleMeeting = (cellId: string, body: BodyOf<'/orgs/{id}/meetings', 'post'>) =>
  api.post('/orgs/{id}/meetings', { path: { id: cellId }, body });
export const updateMeeting = (id: string, body: BodyOf<'/meetings/{id}', 'put'>) =>
  api.put('/meetings/{id}', { path: { id }, body });
export const sendMeetingNotice = (id: string) =>
  api.post('/meetings/{id}/notice', { path: { id }, body: {} });

/** Starts, ends or cancels the meeting; each call answers with the meeting in its new state. */
export const meetingTransition = {
  start: (id: string) => api.post('/meetings/{id}/start', { path: { id }, body: {} }),
  end: (id: string) => api.post('/meetings/{id}/end', { path: { id }, body: {} }),
  cancel: (id: string) => api.post('/meetings/{id}/cancel', { path: { id }, body: {} }),
};

export const setMeetingRoles = (id: string, body: BodyOf<'/meetings/{id}/roles', 'put'>) =>
  api.put('/meetings/{id}/roles', { path: { id }, body });
export const markAttendance = (
  id: string,
  personId: string,
  body: BodyOf<'/meetings/{id}/attendance/{personId}', 'put'>,
) => api.put('/meetings/{id}/attendance/{personId}', { path: { id, personId }, body });
export const addGuest = (id: string, body: BodyOf<'/meetings/{id}/guests', 'post'>) =>
  api.post('/meetings/{id}/guests', { path: { id }, body });
export const removeGuest = (id: string, guestId: string) =>
  api.delete('/meetings/{id}/guests/{guestId}', { path: { id, guestId } });
export const clockAgendaItem = (id: string, itemId: string, event: 'start' | 'end') =>
  event === 'start'
    ? api.post('/meetings/{id}/agenda/{itemId}/start', { path: { id, itemId }, body: {} })
    : api.post('/meetings/{id}/agenda/{itemId}/end', { path: { id, itemId }, body: {} });
/** Ask to speak (an empty body: the signed-in member), or put someone on the list. */
export const requestSpeech = (id: string, body: BodyOf<'/meetings/{id}/speeches', 'post'> = {}) =>
  api.post('/meetings/{id}/speeches', { path: { id }, body });
export const updateSpeech = (
  id: string,
  speechId: string,
  body: BodyOf<'/meetings/{id}/speeches/{speechId}', 'put'>,
) => api.put('/meetings/{id}/speeches/{speechId}', { path: { id, speechId }, body });
export const addMeetingTask = (id: string, body: BodyOf<'/meetings/{id}/tasks', 'post'>) =>
  api.post('/meetings/{id}/tasks', { path: { id }, body });
export const removeMeetingTask = (id: string, taskId: string) =>
  api.delete('/meetings/{id}/tasks/{taskId}', { path: { id, taskId } });
/** Seed 002: what the cell puts into practice from its Hồ Chí Minh study, and a later meeting's evaluation. */
export const addCommitment = (id: string, body: BodyOf<'/meetings/{id}/commitments', 'post'>) =>
  api.post('/meetings/{id}/commitments', { path: { id }, body });
export const reviewCommitment = (
  id: string,
  commitmentId: string,
  body: BodyOf<'/meetings/{id}/commitments/{commitmentId}/review', 'post'>,
) => api.post('/meetings/{id}/commitments/{commitmentId}/review', { path: { id, commitmentId }, body });
/** The secretary's evaluation of the ended meeting (each part null when left empty). */
export const saveEvaluation = (id: string, body: BodyOf<'/meetings/{id}/evaluation', 'put'>) =>
  api.put('/meetings/{id}/evaluation', { path: { id }, body });
export const saveConclusion = (id: string, conclusion: string | null) =>
  api.put('/meetings/{id}/conclusion', { path: { id }, body: { conclusion } });
export const recordVote = (id: string, body: BodyOf<'/meetings/{id}/votes', 'post'>) =>
  api.post('/meetings/{id}/votes', { path: { id }, body });

export const draftMinutes = (id: string) =>
  api.post('/meetings/{id}/minutes/draft', { path: { id }, body: {} });
export const saveMinutes = (id: string, text: string, expectedUpdatedAt: string | null) =>
  api.put('/meetings/{id}/minutes', { path: { id }, body: { text, expectedUpdatedAt } });
export const signMinutes = (id: string) =>
  api.post('/meetings/{id}/minutes/sign', { path: { id }, body: {} });
export const addAddendum = (id: string, text: string) =>
  api.post('/meetings/{id}/minutes/addenda', { path: { id }, body: { text } });

// --- follow-up --------------------------------------------------------------------------------------

/** The assignments of the cell's ended meetings over a year, where each stands, and the counts. */
export const cellTasksQuery = (cellId: string, year: number) =>
  queryOptions({
    queryKey: keys.cellTasks(cellId, year),
    queryFn: () => api.get('/orgs/{id}/tasks', { path: { id: cellId }, query: { year } }),
  });

/** The assignments meetings gave the signed-in member over a year. */
export const myTasksQuery = (year: number) =>
  queryOptions({
    queryKey: keys.myTasks(year),
    queryFn: () => api.get('/me/tasks', { query: { year } }),
  });

/** One assignment with every report on it (oldest first). */
export const taskQuery = (id: string) =>
  queryOptions({
    queryKey: keys.task(id),
    queryFn: () => api.get('/tasks/{id}', { path: { id } }),
  });

export const reportTask = (id: string, body: BodyOf<'/tasks/{id}/reports', 'post'>) =>
  api.post('/tasks/{id}/reports', { path: { id }, body });

/** A resolution's number and issue date, its reviews and its tasks' counts (any topic answers). */
export const topicReviewsQuery = (topicId: string) =>
  queryOptions({
    queryKey: keys.topicReviews(topicId),
    queryFn: () => api.get('/topics/{id}/reviews', { path: { id: topicId } }),
  });

export const planReview = (topicId: string, body: BodyOf<'/topics/{id}/reviews', 'post'>) =>
  api.post('/topics/{id}/reviews', { path: { id: topicId }, body });

export const reviewQuery = (id: string) =>
  queryOptions({
    queryKey: keys.review(id),
    queryFn: () => api.get('/reviews/{id}', { path: { id } }),
  });

export const saveReview = (id: string, body: BodyOf<'/reviews/{id}', 'put'>) =>
  api.put('/reviews/{id}', { path: { id }, body });
export const deleteReview = (id: string) => api.delete('/reviews/{id}', { path: { id } });
/** Gives the review its BC number; refused (400, by field) while a required part is empty. */
export const issueReview = (id: string) => api.post('/reviews/{id}/issue', { path: { id }, body: {} });

/** The review report ("Báo cáo sơ kết/tổng kết việc thực hiện Nghị quyết") as Word, PDF or print view. */
export const reviewDocumentUrl = (id: string, format: DocumentFormat) =>
  apiUrl('/reviews/{id}/document', { path: { id }, query: { format } });
