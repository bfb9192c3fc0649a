/** What other features use of the commendations: the year's list of a subtree (the committee's annual report). */
export { listUnder as listCommendationsUnder } from './store.ts';
export { subjectText as commendationSubjectText } from './workbook.ts';
