/** What other parts use of the home's to-do list. */
export { inboxOf } from './service.ts';
