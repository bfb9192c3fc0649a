/** The audit trail is read only through its route: other features write it with `recordAudit` (server/audit). */
export type { AuditFilter } from './store.ts';
