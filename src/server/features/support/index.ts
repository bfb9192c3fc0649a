/** What other features use of the guidance of cells: who follows a cell now, and the home's to-dos. */
export { supportInboxItems } from './inbox.ts';
export { findOpenSupportOfCell, listOpenAssignedTo } from './store.ts';
