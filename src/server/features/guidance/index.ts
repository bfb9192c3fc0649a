/** What other features use of the committees' guidance. */
export { issueGuidance, readGuidance } from './service.ts';
export {
  guidanceLists,
  listGuidanceOf,
  planDeadlinesAbove,
  planDeadlinesOf,
  reportDeadlinesBelowCommittees,
  reportDeadlinesOf,
} from './store.ts';
