import type { Kysely, Transaction } from 'kysely';
import type { DB } from '#db/schema.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import { cellMaySee, inspectionStatus } from '#domain/inspections/inspections.ts';
import { unitChain } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import * as store from './store.ts';

type Q = Kysely<DB> | Transaction<DB>;

/**
 * Whether the actor reads a cell's inspections as the committee does (all of them, plans and draft findings
 * included): `inspection.read` held in a committee above the cell — a grant in the cell itself (its chi ủy viên)
 * never counts.
 */
export function readsAsCommittee(actor: Actor, cellChain: readonly string[]): boolean {
  return isAllowed(actor, 'inspection.read', cellChain.slice(1));
}

/**
 * One inspection and what the actor may do with it. The committee's side (its inspectors, officers, committee
 * members and those above) reads it at every stage; the inspected cell's people read it once the conclusion
 * is issued (before, it does not exist for them: 404); anyone else who cannot see the cell gets 404, and a
 * person of the cell without `inspection.read_own` (staff) 403.
 */
export async function loadInspection(db: Q, actor: Actor, id: string) {
  const inspection = await store.findInspection(db, id);
  if (!inspection) throw new AppError('NOT_FOUND');
  const [committeeChain, cellChain] = await Promise.all([
    unitChain(db, inspection.committee_id),
    unitChain(db, inspection.cell_id),
  ]);
  const committeeSide = isAllowed(actor, 'inspection.read', committeeChain);
  if (!committeeSide) {
    if (!cellMaySee(inspection.conclusion_issued_on) || !isAllowed(actor, 'org.read', cellChain))
      throw new AppError('NOT_FOUND');
    if (!isAllowed(actor, 'inspection.read_own', cellChain)) throw new AppError('FORBIDDEN');
  }
  const requests = await store.listRequests(db, [inspection.id]);
  const status = inspectionStatus({
    visitedOn: inspection.visited_on,
    issuedOn: inspection.conclusion_issued_on,
    requests,
  });
  return {
    inspection,
    requests,
    status,
    committeeChain,
    cellChain,
    canManage: isAllowed(actor, 'inspection.manage', committeeChain),
    canAnswer:
      cellMaySee(inspection.conclusion_issued_on) && isAllowed(actor, 'inspection.answer', cellChain),
  };
}
export type LoadedInspection = Awaited<ReturnType<typeof loadInspection>>;
