// One function per API call, and the TanStack Query options that read them, one file a feature under
// endpoints/. Paths, bodies and answers are typed by the OpenAPI document (./generated/openapi.ts) through
// `api` in client.ts; the query keys are in query-keys.ts.

export * from './endpoints/accounts.ts';
export * from './endpoints/auth.ts';
export * from './endpoints/commendations.ts';
export * from './endpoints/committee-reports.ts';
export * from './endpoints/delegates.ts';
export * from './endpoints/follow-up.ts';
export * from './endpoints/inbox.ts';
export * from './endpoints/inspections.ts';
export * from './endpoints/meetings.ts';
export * from './endpoints/model-meetings.ts';
export * from './endpoints/notifications.ts';
export * from './endpoints/numbering.ts';
export * from './endpoints/organisation.ts';
export * from './endpoints/oversight.ts';
export * from './endpoints/plans.ts';
export * from './endpoints/preparation.ts';
export * from './endpoints/quality.ts';
export * from './endpoints/reports.ts';
export * from './endpoints/roster-import.ts';
export * from './endpoints/search.ts';
export * from './endpoints/support.ts';
export * from './endpoints/year-review.ts';
export { keys } from './query-keys.ts';
