// A commune's and a cell's plan overview are kept between requests (src/server/features/plans/overview-cache.ts),
// checked on each one against versions that triggers raise in every writing transaction (migrations 0039, 0040).
// Each step writes one of the things the overview shows and checks that the very next answer is what a fresh,
// uncached read answers and that it changed: on either engine, through a service or a plain statement.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { refreshTopicSummary } from '../../src/db/summaries.ts';
import type { Actor } from '../../src/domain/authz/policy.ts';
import { todayInVietnam } from '../../src/domain/dates/local-date.ts';
import * as orgs from '../../src/server/features/orgs/service.ts';
import { remindCells } from '../../src/server/features/plans/reminders.ts';
import { createPlan, listCellPlans, transitionPlan } from '../../src/server/features/plans/service.ts';
import { listTopicIds } from '../../src/server/features/plans/store.ts';
import {
  actorOf,
  buildGuidance,
  buildIssuedReport,
  buildPerson,
  buildPlan,
  buildUser,
  buildWorld,
  endRoleOf,
  markDraftDistributed,
  PASSWORD,
  renamePerson,
  system,
} from '../fixtures/factories.ts';
import { type ApiClient, loggedIn } from '../support/api-client.ts';
import { askedTwice, expectEachWriteFollowed } from '../support/kept-answers.ts';
import { openTestApp } from '../support/test-app.ts';

// This year in Việt Nam: the guidance's deadline below is past, so a cell without a plan is late by the day.
const YEAR = Number(todayInVietnam().slice(0, 4));

const opened = openTestApp();
afterEach(() => {
  vi.useRealTimers();
});

/** The overview as a fresh read makes it for this actor, as the API would send it. */
async function freshOverview(actor: Actor, unitId: string): Promise<unknown> {
  const { parents, cells, committees, permissions } = await listCellPlans(
    opened.database.db,
    actor,
    unitId,
    YEAR,
  );
  return JSON.parse(JSON.stringify({ year: YEAR, permissions, parents, cells, committees }));
}

const overview = (client: ApiClient, unitId: string) =>
  askedTwice(client, `/api/orgs/${unitId}/plans?year=${YEAR}`);

const setDeadline = (committeeId: string, on: string) =>
  opened.database.db
    .updateTable('guidance')
    .set({ plan_deadline: on })
    .where('committee_id', '=', committeeId)
    .execute();

/** The commune is the world's sub-committee: only cells under it (the cell, its sibling). */
async function setUp() {
  const w = await buildWorld(opened.database.db);
  await buildGuidance(opened.database.db, w.sub.id, YEAR, `${YEAR}-01-31`);
  const plan = await buildPlan(opened.database.db, w.cell.id, { status: 'draft', year: YEAR });
  const [firstTopic = ''] = await listTopicIds(opened.database.db, plan.id);
  return { ...w, planId: plan.id, firstTopic };
}

const report = (unitId: string, on: string) =>
  buildIssuedReport(opened.database.db, unitId, `period_report:${YEAR}-Q3`, on);

describe("a commune's plan overview kept between requests", () => {
  it('answers what a fresh read answers after each kind of write the overview shows', async () => {
    const w = await setUp();
    const { db } = opened.database;
    let officer = await loggedIn(opened.app, w.users.officer, PASSWORD);
    const officerActor = () => actorOf(db, w.people.officerId);
    const cellUnder = (name: string) =>
      orgs.createUnit(db, system, { parentId: w.sub.id, kind: 'cell', name });
    let moved = '';
    let gone = '';
    await expectEachWriteFollowed(
      () => overview(officer, w.sub.id),
      async () => freshOverview(await officerActor(), w.sub.id),
      [
        ['a plan created', () => createPlan(db, system, w.sibling.id, YEAR)],
        [
          'a plan adopted',
          () => transitionPlan(db, system, w.planId, 'adopt', { adoptedOn: `${YEAR}-01-10` }),
        ],
        ['a step done', () => markDraftDistributed(db, w.firstTopic, `${YEAR}-01-20T03:00:00.000Z`)],
        [
          'a topic presented at a meeting',
          async () => {
            await db
              .updateTable('topic_preparation')
              .set({ presented_on: `${YEAR}-03-15` })
              .where('topic_id', '=', w.firstTopic)
              .execute();
            await refreshTopicSummary(db, w.firstTopic);
          },
        ],
        ['a plan submitted', () => transitionPlan(db, system, w.planId, 'submit')],
        ['a plan returned', () => transitionPlan(db, system, w.planId, 'return', { remark: 'Bổ sung' })],
        ['a report', () => report(w.cell.id, `${YEAR}-10-05`)],
        [
          'a reminder',
          async () =>
            remindCells(db, await officerActor(), w.sub.id, {
              cellIds: [w.sibling.id],
              message: 'Nộp kế hoạch',
            }),
        ],
        ["the reminder's sender's name", () => renamePerson(db, w.people.officerId, 'Trần Thị Đổi Tên')],
        [
          'a cell renamed',
          () => orgs.updateUnit(db, system, w.sibling.id, { name: 'Chi bộ Khoa Ngoại (mới)' }),
        ],
        ['a cell created', async () => (moved = (await cellUnder('Chi bộ Khoa Nhi')).id)],
        ['a cell moved out', () => orgs.updateUnit(db, system, moved, { parentId: w.root.id })],
        ['another cell created', async () => (gone = (await cellUnder('Chi bộ Khoa Sản')).id)],
        ['a cell deleted', () => orgs.deleteUnit(db, system, gone)],
        ["the commune's guidance deadline", () => setDeadline(w.sub.id, `${YEAR}-02-28`)],
        [
          "the commune's guidance withdrawn",
          () => db.deleteFrom('guidance').where('committee_id', '=', w.sub.id).execute(),
        ],
        ['guidance issued above', () => buildGuidance(db, w.root.id, YEAR, `${YEAR}-01-15`)],
        [
          "the commune's name",
          () => orgs.updateUnit(db, system, w.sub.id, { name: 'Đảng ủy Bệnh viện (mới)' }),
        ],
        [
          'the day',
          async () => {
            vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 86_400_000 });
            // Signed in again on the new day (the key is the grants, the same): the day alone must tell.
            officer = await loggedIn(opened.app, w.users.officer, PASSWORD);
          },
        ],
        // A committee under it with a cell moved there: the overview rolls it up, and is no longer kept.
        [
          'a cell moved under a new committee under it',
          async () => {
            const k = await orgs.createUnit(db, system, {
              parentId: w.sub.id,
              kind: 'committee',
              name: 'Đảng ủy Khoa',
            });
            await orgs.updateUnit(db, system, w.sibling.id, { parentId: k.id });
          },
        ],
      ],
    );
  });

  it('keeps each actor their own permissions, and authorises before it serves a kept overview', async () => {
    const w = await setUp();
    const { db } = opened.database;
    const officer = await loggedIn(opened.app, w.users.officer, PASSWORD);
    const inspector = await loggedIn(opened.app, w.users.inspector, PASSWORD);
    const admin = await loggedIn(opened.app, w.users.admin, PASSWORD);
    const officerView = await overview(officer, w.sub.id);
    const inspectorView = await overview(inspector, w.sub.id);
    expect(officerView).toEqual(await freshOverview(await actorOf(db, w.people.officerId), w.sub.id));
    expect(inspectorView).toEqual(await freshOverview(await actorOf(db, w.people.inspectorId), w.sub.id));
    expect(officerView).not.toEqual(inspectorView);
    expect(await overview(admin, w.sub.id)).toEqual(await freshOverview(system, w.sub.id));

    // Someone of another tree is told the commune does not exist; a member of a cell under it may not read it.
    const foreigner = await buildPerson(db, { unitId: w.foreignCell.id });
    const outsider = await loggedIn(opened.app, await buildUser(db, { personId: foreigner }), PASSWORD);
    expect((await outsider.request('GET', `/api/orgs/${w.sub.id}/plans?year=${YEAR}`)).status).toBe(404);
    const secretary = await loggedIn(opened.app, w.users.secretary, PASSWORD);
    expect((await secretary.request('GET', `/api/orgs/${w.sub.id}/plans?year=${YEAR}`)).status).toBe(404);

    // The officer's role ends: their next answer is not the kept officer's.
    await endRoleOf(db, w.people.officerId, w.sub.id);
    expect((await officer.request('GET', `/api/orgs/${w.sub.id}/plans?year=${YEAR}`)).status).toBe(404);
  });
});

describe("a cell's plan overview kept between requests", () => {
  it('answers what a fresh read answers after each kind of write, and per person', async () => {
    const w = await setUp();
    const { db } = opened.database;
    const secretary = await loggedIn(opened.app, w.users.secretary, PASSWORD);
    // Each reader their own answer (a topic may be registered by the cell's own members only).
    for (const [user, personId] of [
      [w.users.member, w.people.memberId],
      [w.users.officer, w.people.officerId],
      [w.users.secretary, w.people.secretaryId],
    ] as const) {
      const client = await loggedIn(opened.app, user, PASSWORD);
      expect(await overview(client, w.cell.id)).toEqual(
        await freshOverview(await actorOf(db, personId), w.cell.id),
      );
    }
    await expectEachWriteFollowed(
      () => overview(secretary, w.cell.id),
      async () => freshOverview(await actorOf(db, w.people.secretaryId), w.cell.id),
      [
        [
          'the plan adopted',
          () => transitionPlan(db, system, w.planId, 'adopt', { adoptedOn: `${YEAR}-01-10` }),
        ],
        ['a step done', () => markDraftDistributed(db, w.firstTopic, `${YEAR}-01-20T03:00:00.000Z`)],
        ['a report', () => report(w.cell.id, `${YEAR}-10-05`)],
        ["the cell's name", () => orgs.updateUnit(db, system, w.cell.id, { name: 'Chi bộ Khoa Nội (mới)' })],
        ["the committee's deadline", () => setDeadline(w.sub.id, `${YEAR}-02-28`)],
        [
          "the committee's name",
          () => orgs.updateUnit(db, system, w.sub.id, { name: 'Đảng ủy Bệnh viện (mới)' }),
        ],
        // Under the root: the sub-committee's guidance is no longer the one above it.
        ['the place in the tree', () => orgs.updateUnit(db, system, w.cell.id, { parentId: w.root.id })],
      ],
    );
  });
});
