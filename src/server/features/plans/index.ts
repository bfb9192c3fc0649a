/** What other features use of the cells' annual plans. */

export { planInboxItems } from './inbox.ts';
export { createPlan, getPlanDetail, savePlan, transitionPlan } from './service.ts';
export { findPlanOfCell, legalBases } from './store.ts';
