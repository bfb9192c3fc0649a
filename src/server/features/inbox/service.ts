import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { type InboxItem, type InboxScope, sortInbox } from '#domain/inbox/inbox.ts';
import { unreadReminders } from '../../notifications/service.ts';
import { reportInboxItems } from '../documents/index.ts';
import { followUpInboxItems } from '../follow-up/index.ts';
import { inspectionInboxItems } from '../inspections/index.ts';
import { meetingInboxItems } from '../meetings/index.ts';
import { planInboxItems } from '../plans/index.ts';
import { preparationInboxItems } from '../preparation/index.ts';
import { qualityInboxItems } from '../quality/index.ts';
import { supportInboxItems } from '../support/index.ts';

/**
 * "Việc cần làm": what is the signed-in person's to do now, across every unit where they hold a role or belong.
 * Each feature answers for its own part from the person's grants, with set-based queries for all their units at
 * once; this service only gathers and orders them (domain/inbox: overdue first, then by due day). The grants are
 * the person's own: nothing of another cell, nor outside a committee's subtree, can come in.
 */
export async function inboxOf(
  db: Kysely<DB>,
  actor: Actor,
  now = new Date(),
): Promise<{ items: InboxItem[] }> {
  if (!actor.personId) return { items: [] };
  const scope: InboxScope = { personId: actor.personId, today: todayInVietnam(now), grants: actor.grants };
  const parts = await Promise.all([
    preparationInboxItems(db, scope),
    meetingInboxItems(db, scope),
    followUpInboxItems(db, scope),
    planInboxItems(db, scope),
    reportInboxItems(db, scope),
    unreadReminders(db, scope.personId, scope.today),
    supportInboxItems(db, scope),
    inspectionInboxItems(db, scope),
    qualityInboxItems(db, scope),
  ]);
  return { items: sortInbox(parts.flat()) };
}
