/** What other features use of the people of the organisation. */
export { mayReadScorecard } from './service.ts';
export { countOfficialMembers, findPerson } from './store.ts';
