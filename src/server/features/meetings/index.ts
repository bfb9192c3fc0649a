/** What other features (and the test factories) use of meetings: the use cases, the views, the documents' data. */
export { meetingStats, minuteBook } from './book.ts';
export { calendarMeetings, invitedCalendarMeetings } from './calendar/store.ts';
export {
  addGuest,
  addTask,
  clockItem,
  markAttendance,
  removeGuest,
  removeTask,
  requestSpeech,
  saveConclusion,
  updateSpeech,
} from './console.ts';
export { lessonsForTopicOf, saveEvaluation } from './evaluation.ts';
export { meetingInboxItems } from './inbox.ts';
export { addAddendum, draftFromConsole, saveMinutes, signMinutes } from './minutes.ts';
export { recordPaperMeeting } from './paper.ts';
export { recordCommitment, reviewCommitment } from './practice.ts';
export { scheduleMeeting, sendNotice, setRoles, transition, updateMeeting } from './service.ts';
export {
  adoptingVoteData,
  decisionVotesData,
  firstThematicMeetingsOfChildCells,
  monthlyAttendanceUnder,
  monthlyMeetingsUnder,
  periodAttendanceData,
  scorecardMeetingData,
  yearMeetingFactsOfCell,
} from './statistics/store.ts';
export { checkTask } from './task-checks.ts';
export { getMeeting, type MeetingView } from './view.ts';
export { recordVote } from './votes.ts';
