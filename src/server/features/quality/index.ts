/** What other features use of the quality of meetings: each cell's level per quarter (the oversight dashboard). */

/** The home's to-dos: the proposed scores a committee's officer has to confirm. */
export { qualityInboxItems } from './inbox.ts';
export { cellPeriodLevel, qualityLevelsUnder } from './levels.ts';
/** The secretary's proposal, as the test factories make one. */
export { proposeScore } from './service.ts';
