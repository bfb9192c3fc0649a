/** What other features use of the committee's oversight of its subtree (issue 15). */
export { getOversight, type Oversight, type OversightRow } from './service.ts';
