/**
 * The first number of a unit's series (issue 17, item 7): a unit that starts mid-year with paper documents sets
 * where the app's numbers begin, never at or below a number the app already issued in the run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { nextDocumentNumber } from '../../src/db/document-numbers.ts';
import { todayInVietnam } from '../../src/domain/dates/local-date.ts';
import type { App } from '../../src/server/app.ts';
import { buildWorld, PASSWORD, type World } from '../fixtures/factories.ts';
import { type ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

interface Numbering {
  period: string;
  series: { kind: string; firstNumber: number | null; lastIssued: number | null; next: number }[];
  canEdit: boolean;
}

let database: Database;
let app: App;
let world: World;
let secretary: ApiClient;
let officer: ApiClient;
let member: ApiClient;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
  world = await buildWorld(database.db);
  secretary = await loggedIn(app, world.users.secretary, PASSWORD);
  officer = await loggedIn(app, world.users.officer, PASSWORD);
  member = await loggedIn(app, world.users.member, PASSWORD);
});
afterAll(() => database.close());

const series = (n: Numbering, kind: string) => n.series.find((s) => s.kind === kind);
const issue = (unitId: string, kind: string) =>
  nextDocumentNumber(database.db, { unitId, kind, issuedOn: todayInVietnam() });

describe('the first number of a series', () => {
  it('lists a cell’s five series this year; the secretary may set them, a member only reads', async () => {
    const res = await secretary.get<Numbering>(`/api/orgs/${world.cell.id}/document-numbering`);
    expect(res.status).toBe(200);
    expect(res.body.period).toBe(todayInVietnam().slice(0, 4));
    expect(res.body.series.map((s) => s.kind)).toEqual(['KH', 'TB', 'BB', 'NQ', 'BC']);
    expect(series(res.body, 'TB')).toEqual({ kind: 'TB', firstNumber: null, lastIssued: null, next: 1 });
    expect(res.body.canEdit).toBe(true);
    const read = await member.get<Numbering>(`/api/orgs/${world.cell.id}/document-numbering`);
    expect(read.body.canEdit).toBe(false);
    // A committee numbers its notices and reports only.
    const committee = await officer.get<Numbering>(`/api/orgs/${world.sub.id}/document-numbering`);
    expect(committee.body.series.map((s) => s.kind)).toEqual(['TB', 'BC']);
  });

  it('makes the next document take the number set, and may be lowered while nothing was issued', async () => {
    const set = await secretary.put<Numbering>(`/api/orgs/${world.cell.id}/document-numbering`, {
      kind: 'TB',
      firstNumber: 12,
    });
    expect(set.status).toBe(200);
    expect(series(set.body, 'TB')).toEqual({ kind: 'TB', firstNumber: 12, lastIssued: null, next: 12 });
    const lowered = await officer.put<Numbering>(`/api/orgs/${world.cell.id}/document-numbering`, {
      kind: 'TB',
      firstNumber: 9,
    });
    expect(series(lowered.body, 'TB')).toMatchObject({ firstNumber: 9, next: 9 });
    expect(await issue(world.cell.id, 'TB')).toBe(9);
    expect(await issue(world.cell.id, 'TB')).toBe(10);
    const after = await secretary.get<Numbering>(`/api/orgs/${world.cell.id}/document-numbering`);
    expect(series(after.body, 'TB')).toEqual({ kind: 'TB', firstNumber: 9, lastIssued: 10, next: 11 });
  });

  it('refuses a number at or below one issued (409, in Vietnamese), and changes nothing', async () => {
    const res = await secretary.put<ErrorBody>(`/api/orgs/${world.cell.id}/document-numbering`, {
      kind: 'TB',
      firstNumber: 10,
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('FIRST_NUMBER_BELOW_ISSUED');
    expect(res.body.error.fields?.firstNumber).toContain('Số bắt đầu phải lớn hơn');
    expect(res.body.error.message).toContain('Số bắt đầu phải lớn hơn');
    expect(await issue(world.cell.id, 'TB')).toBe(11);
    const ahead = await secretary.put<Numbering>(`/api/orgs/${world.cell.id}/document-numbering`, {
      kind: 'TB',
      firstNumber: 20,
    });
    expect(series(ahead.body, 'TB')).toMatchObject({ firstNumber: 20, lastIssued: null, next: 20 });
  });

  it('validates the input: a series the unit does not number, a number out of range (400)', async () => {
    const kind = await officer.put<ErrorBody>(`/api/orgs/${world.sub.id}/document-numbering`, {
      kind: 'KH',
      firstNumber: 3,
    });
    expect(kind.status).toBe(400);
    expect(kind.body.error.fields?.kind).toBeTruthy();
    const zero = await secretary.put<ErrorBody>(`/api/orgs/${world.cell.id}/document-numbering`, {
      kind: 'KH',
      firstNumber: 0,
    });
    expect(zero.status).toBe(400);
    expect(zero.body.error.fields?.firstNumber).toBeTruthy();
  });

  it('is the cell’s secretary’s and the officers’: a member is refused, a foreign unit is not found', async () => {
    const body = { kind: 'BB', firstNumber: 4 };
    expect((await member.put(`/api/orgs/${world.cell.id}/document-numbering`, body)).status).toBe(403);
    expect((await secretary.put(`/api/orgs/${world.foreignCell.id}/document-numbering`, body)).status).toBe(
      404,
    );
    const audit = await database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'numbering.first_number')
      .execute();
    // Audited: the three first numbers set above (12, 9, 20), not the refusals.
    expect(audit.length).toBe(3);
  });
});
