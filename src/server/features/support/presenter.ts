import { z } from '@hono/zod-openapi';
import type { Actor } from '#domain/authz/policy.ts';
import { SUPPORT_ASSIGNEE_ROLES, SUPPORT_ENTRY_KINDS, supportStatus } from '#domain/support/support.ts';
import { supportPermissions } from './access.ts';
import type { getSupportOf } from './service.ts';
import type { listEntries, SupportRow } from './store.ts';

export const SupportEntrySchema = z
  .object({
    id: z.string(),
    kind: z.enum(SUPPORT_ENTRY_KINDS),
    onDate: z.string(),
    findings: z.string(),
    advice: z.string().nullable(),
    recordedByName: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('SupportEntry');

export const SupportRecordSchema = z
  .object({
    id: z.string(),
    cellId: z.string(),
    cellName: z.string(),
    status: z.enum(['open', 'ended']),
    reason: z.string(),
    assignee: z.object({ id: z.string(), name: z.string() }),
    startedOn: z.string(),
    markedByName: z.string().nullable(),
    endedOn: z.string().nullable(),
    endNote: z.string().nullable(),
    endedByName: z.string().nullable(),
    lastVisitOn: z.string().nullable(),
    visitCount: z.number().int(),
    /** The visits and notes, newest first (on a cell's page; empty in a committee's list). */
    visits: z.array(SupportEntrySchema),
    permissions: z.object({ manage: z.boolean(), record: z.boolean() }),
  })
  .openapi('SupportRecord');

export const SupportOverviewSchema = z
  .object({
    unitKind: z.enum(['cell', 'committee']),
    records: z.array(SupportRecordSchema),
    /** Who may be assigned (an officer marking or reassigning): holders of the roles in the committees above. */
    candidates: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        role: z.enum(SUPPORT_ASSIGNEE_ROLES),
        unitName: z.string(),
      }),
    ),
    permissions: z.object({ mark: z.boolean() }),
  })
  .openapi('SupportOverview');

type Entry = Awaited<ReturnType<typeof listEntries>>[number];

export function presentEntry(e: Entry): z.infer<typeof SupportEntrySchema> {
  return {
    id: e.id,
    kind: e.kind,
    onDate: e.on_date,
    findings: e.findings,
    advice: e.advice,
    recordedByName: e.recorded_by_name,
    createdAt: e.created_at,
  };
}

export function presentRecord(
  actor: Actor,
  chain: readonly string[],
  r: SupportRow,
  entries: readonly Entry[],
): z.infer<typeof SupportRecordSchema> {
  const { canManage, canRecord } = supportPermissions(actor, chain, r);
  return {
    id: r.id,
    cellId: r.cell_id,
    cellName: r.cell_name,
    status: supportStatus({ endedOn: r.ended_on }),
    reason: r.reason,
    assignee: { id: r.assignee_id, name: r.assignee_name },
    startedOn: r.started_on,
    markedByName: r.marked_by_name,
    endedOn: r.ended_on,
    endNote: r.end_note,
    endedByName: r.ended_by_name,
    lastVisitOn: r.last_entry_on ?? null,
    visitCount: Number(r.entry_count ?? 0),
    visits: entries.filter((e) => e.support_id === r.id).map(presentEntry),
    permissions: { manage: canManage, record: canRecord },
  };
}

export function presentOverview(
  actor: Actor,
  data: Awaited<ReturnType<typeof getSupportOf>>,
): z.infer<typeof SupportOverviewSchema> {
  const committee = data.unit.kind === 'committee';
  return {
    unitKind: committee ? 'committee' : 'cell',
    // In a committee's list the chain is the committee's; a record's own permissions need the cell's chain,
    // which the cell's page gives: the list only shows.
    records: data.records.map((r) => {
      const rec = presentRecord(actor, data.chain, r, data.entries);
      return committee ? { ...rec, permissions: { manage: false, record: false } } : rec;
    }),
    candidates: data.candidates.map((c) => ({
      id: c.id,
      name: c.full_name,
      role: c.role as (typeof SUPPORT_ASSIGNEE_ROLES)[number],
      unitName: c.unit_name,
    })),
    permissions: { mark: data.canMark },
  };
}
