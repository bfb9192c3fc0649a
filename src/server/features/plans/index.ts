/** What other features use of the cells' annual plans. */

export { planInboxItems } from './inbox.ts';
export { createPlan, getPlanDetail, overdueStepsByCell, savePlan, transitionPlan } from './service.ts';
export { findPlanOfCell, lastCommitteeReminders, legalBases } from './store.ts';
