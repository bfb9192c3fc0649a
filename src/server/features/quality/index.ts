/** What other features use of the quality of meetings: each cell's level per quarter (the oversight dashboard). */
export { qualityLevelsUnder } from './levels.ts';
/** The secretary's proposal, as the test factories make one. */
export { proposeScore } from './service.ts';
