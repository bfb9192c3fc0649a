/** What other features use of the committees' guidance. */
export { readGuidance } from './service.ts';
export { guidanceLists, listGuidanceOf } from './store.ts';
