/** What other features use of the follow-up of assignments and the reviews of resolutions. */

export { followUpInboxItems } from './inbox.ts';
export {
  type CheckMeeting,
  recordTaskCheck,
  type TaskChecked,
  type TaskCheckInput,
  tasksCheckedAt,
} from './meeting-check.ts';
export { reviewDocumentFor } from './review-document.ts';
export { newReview } from './service.ts';
export { hasReports, openTasksUnder } from './store.ts';
export { cellTasks, getReview, tasksOfPerson } from './view.ts';
