import { queryOptions } from '@tanstack/react-query';
import { api, apiUrl, type BodyOf, type DocumentFormat } from '../client.ts';
import { keys } from '../query-keys.ts';

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
/** The notice as one calendar event (.ics), to add the meeting to a calendar app. */
export const noticeIcsUrl = (id: string) => apiUrl('/meetings/{id}/notice.ics', { path: { id } });
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
/** "Nhập buổi sinh hoạt đã họp trên giấy": a past meeting on the topic, with its signed minutes. */
export function recordPaperMeeting(topicId: string, input: { heldOn: string; present: number; file: File }) {
  const body = new FormData();
  body.append('heldOn', input.heldOn);
  body.append('present', String(input.present));
  body.append('file', input.file);
  return api.post('/topics/{id}/paper-meeting', { path: { id: topicId }, body });
}
export const paperMinutesUrl = (id: string) => apiUrl('/meetings/{id}/paper-minutes', { path: { id } });
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

/** The chair's check, at this meeting, of an earlier meeting's assignment (seed 002). */
export const checkMeetingTask = (
  id: string,
  taskId: string,
  body: BodyOf<'/meetings/{id}/task-checks/{taskId}', 'put'>,
) => api.put('/meetings/{id}/task-checks/{taskId}', { path: { id, taskId }, body });

/** The lessons for a topic's preparer, from the cell's latest evaluated meeting (seed 001). */
export const topicLessonsQuery = (topicId: string) =>
  queryOptions({
    queryKey: keys.topicLessons(topicId),
    queryFn: () => api.get('/topics/{id}/lessons', { path: { id: topicId } }),
  });

/** The minute book of a year as .xlsx, with each member's attendance (issue 18). */
export const minuteBookExportUrl = (cellId: string, year: number) =>
  apiUrl('/orgs/{id}/meetings/export', { path: { id: cellId }, query: { year } });
/** A member's scorecard of a year as .xlsx (issue 18). */
export const scorecardExportUrl = (personId: string, year: number) =>
  apiUrl('/members/{id}/scorecard/export', { path: { id: personId }, query: { year } });
