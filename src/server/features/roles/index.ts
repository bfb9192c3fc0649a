/** What other features use of the dated roles. */
export { presentRole, RoleAssignmentSchema } from './presenter.ts';
export { endRole, listOpenRolesOf, listRolesOfPerson, secretaryNameOn } from './store.ts';
