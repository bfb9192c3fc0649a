/** What other features use of the committees' guidance. */
export { issueGuidance, readGuidance } from './service.ts';
export {
  guidanceLists,
  listGuidanceOf,
  planDeadlinesOf,
  reportDeadlinesBelowCommittees,
  reportDeadlinesOf,
} from './store.ts';
