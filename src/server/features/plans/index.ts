/** What other features use of the cells' annual plans. */
export { getPlanDetail } from './service.ts';
export { findPlanOfCell, legalBases } from './store.ts';
