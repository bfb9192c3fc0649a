// The plan page is kept between requests (src/server/features/plans/page-cache.ts), checked on each one against
// versions that triggers raise in every writing transaction (migration 0039). Each test warms the page, writes
// one of the things it shows, and checks that the very next answer is what a fresh read answers and that it
// changed: on either engine, whichever code path made the write (a service, or a plain statement).
import { describe, expect, it } from 'vitest';
import { newId } from '../../src/db/ids.ts';
import type { Actor } from '../../src/domain/authz/policy.ts';
import * as orgs from '../../src/server/features/orgs/service.ts';
import { presentPlan } from '../../src/server/features/plans/presenter.ts';
import { getPlanDetail } from '../../src/server/features/plans/service.ts';
import {
  actorOf,
  buildGuidance,
  buildPerson,
  buildPlan,
  buildUser,
  buildWorld,
  endRoleOf,
  markDraftDistributed,
  nextPlanYear,
  PASSWORD,
  renamePerson,
  system,
} from '../fixtures/factories.ts';
import { type ApiClient, loggedIn } from '../support/api-client.ts';
import { askedTwice, expectEachWriteFollowed } from '../support/kept-answers.ts';
import { openTestApp } from '../support/test-app.ts';

const opened = openTestApp();

/** The page as a fresh read makes it for this actor, as the API would send it. */
async function freshPage(actor: Actor, planId: string): Promise<unknown> {
  return JSON.parse(JSON.stringify(presentPlan(await getPlanDetail(opened.database.db, actor, planId))));
}

const page = (client: ApiClient, planId: string) => askedTwice(client, `/api/plans/${planId}`);

async function setUp() {
  const w = await buildWorld(opened.database.db);
  const year = nextPlanYear();
  await buildGuidance(opened.database.db, w.sub.id, year, `${year}-01-31`);
  const plan = await buildPlan(opened.database.db, w.cell.id, { status: 'adopted', year });
  const topics = await opened.database.db
    .selectFrom('plan_topic')
    .select('id')
    .where('plan_id', '=', plan.id)
    .orderBy('position')
    .execute();
  const admin = await opened.database.db
    .selectFrom('user_account')
    .select('id')
    .where('username', '=', w.users.admin)
    .executeTakeFirstOrThrow();
  return { ...w, year, planId: plan.id, topicIds: topics.map((t) => t.id), adminUserId: admin.id };
}

describe('the plan page kept between requests', () => {
  it('answers what a fresh read answers after each kind of write the page shows', async () => {
    const w = await setUp();
    const { db } = opened.database;
    const secretary = await loggedIn(opened.app, w.users.secretary, PASSWORD);
    const actor = await actorOf(db, w.people.secretaryId);
    const [firstTopic = '', secondTopic = ''] = w.topicIds;

    const writes: [string, () => Promise<unknown>][] = [
      [
        'the plan',
        () => db.updateTable('plan').set({ purpose: 'Mục đích mới' }).where('id', '=', w.planId).execute(),
      ],
      [
        'a topic',
        () =>
          db
            .updateTable('plan_topic')
            .set({ title: 'Chuyên đề đổi tên' })
            .where('id', '=', firstTopic)
            .execute(),
      ],
      ['a preparer', () => db.deleteFrom('plan_topic_preparer').where('topic_id', '=', firstTopic).execute()],
      [
        'a step',
        () =>
          db.updateTable('plan_step').set({ note: 'Ghi chú' }).where('topic_id', '=', firstTopic).execute(),
      ],
      ['a preparation', () => markDraftDistributed(db, secondTopic, '2020-01-15T03:00:00.000Z')],
      [
        'an event',
        () =>
          db
            .insertInto('plan_event')
            .values({
              id: newId(),
              plan_id: w.planId,
              action: 'adopt',
              from_status: 'draft',
              to_status: 'adopted',
              remark: 'Ghi lại',
              actor_user_id: w.adminUserId,
              at: '2020-01-16T03:00:00.000Z',
            })
            .execute(),
      ],
      [
        "an event's account",
        () =>
          db
            .updateTable('user_account')
            .set({ username: `quantri.${newId().slice(-6)}` })
            .where('id', '=', w.adminUserId)
            .execute(),
      ],
      ["a preparer's name", () => renamePerson(db, w.people.memberId, 'Phạm Văn Đổi Tên')],
      ['a member joining the cell', () => buildPerson(db, { unitId: w.cell.id, fullName: 'Đỗ Thị Mới Vào' })],
      [
        "a member's status",
        () => db.updateTable('person').set({ status: 'staff' }).where('id', '=', w.people.deputyId).execute(),
      ],
      ["the cell's name", () => orgs.updateUnit(db, system, w.cell.id, { name: 'Chi bộ Khoa Nội (mới)' })],
      [
        "the guidance's deadline",
        () =>
          db
            .updateTable('guidance')
            .set({ plan_deadline: `${w.year}-02-28` })
            .where('committee_id', '=', w.sub.id)
            .where('year', '=', w.year)
            .execute(),
      ],
      // Moved straight under the root: the sub-committee's guidance is no longer the one above it.
      ['the place in the tree', () => orgs.updateUnit(db, system, w.cell.id, { parentId: w.root.id })],
    ];
    await expectEachWriteFollowed(
      () => page(secretary, w.planId),
      () => freshPage(actor, w.planId),
      writes,
    );
  });

  it('keeps each actor their own permissions, and authorises before it serves a kept page', async () => {
    const w = await setUp();
    const { db } = opened.database;
    const secretary = await loggedIn(opened.app, w.users.secretary, PASSWORD);
    const officer = await loggedIn(opened.app, w.users.officer, PASSWORD);
    const secretaryPage = await page(secretary, w.planId);
    const officerPage = await page(officer, w.planId);
    expect(secretaryPage).toEqual(await freshPage(await actorOf(db, w.people.secretaryId), w.planId));
    expect(officerPage).toEqual(await freshPage(await actorOf(db, w.people.officerId), w.planId));
    expect(secretaryPage).not.toEqual(officerPage);

    // Someone of another tree is told the plan does not exist, kept page or not.
    const foreigner = await buildPerson(db, { unitId: w.foreignCell.id });
    const outsider = await loggedIn(opened.app, await buildUser(db, { personId: foreigner }), PASSWORD);
    expect((await outsider.request('GET', `/api/plans/${w.planId}`)).status).toBe(404);

    // The secretary's role ends: their next page has the permissions of a member, not the kept secretary's.
    await endRoleOf(db, w.people.secretaryId, w.cell.id);
    const after = await page(secretary, w.planId);
    expect(after).toEqual(await freshPage(await actorOf(db, w.people.secretaryId), w.planId));
    expect(after).not.toEqual(secretaryPage);
  });
});
