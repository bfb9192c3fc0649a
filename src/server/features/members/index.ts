/** What other features use of the people of the organisation. */
export { changeStatus, createMember, mayReadScorecard } from './service.ts';
export { countOfficialMembers, findPerson, periodsInUnitDuring } from './store.ts';
