/** What other features use of the people of the organisation. */
export { changeStatus, createMember, mayReadScorecard } from './service.ts';
export {
  closeOpenPeriod,
  countOfficialMembers,
  findPerson,
  insertPerson,
  openPeriod,
  periodsInUnitDuring,
  updatePerson,
} from './store.ts';
