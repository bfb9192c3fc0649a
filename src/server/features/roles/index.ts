/** What other features use of the dated roles. */
export { presentRole, RoleAssignmentSchema } from './presenter.ts';
export { assignRole } from './service.ts';
export {
  endRole,
  insertRole,
  listOpenRolesOf,
  listRolesOfPerson,
  listRolesOfUnit,
  secretaryNameOn,
} from './store.ts';
