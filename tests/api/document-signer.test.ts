/**
 * Who signs a committee's documents (issue 17, item 5: "T/M ĐẢNG ỦY / BÍ THƯ" and the name). A committee has no
 * secretary role to take the name from: its officers set the signer; documents issued after it carry it, those
 * issued before keep the blank line for the handwritten name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import type { App } from '../../src/server/app.ts';
import {
  buildGuidance,
  buildPerson,
  buildUser,
  buildWorld,
  giveRole,
  PASSWORD,
  type World,
} from '../fixtures/factories.ts';
import { type ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { docxText, pdfText } from '../support/document-text.ts';
import { createTestDatabase } from '../support/test-db.ts';

interface Signer {
  signer: { authority: string; title: string; name: string; setAt: string } | null;
  signature: { authority: string; title: string; name: string | null };
  canEdit: boolean;
}

let database: Database;
let app: App;
let world: World;
let officer: ApiClient;
let inspector: ApiClient;
let secretary: ApiClient;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
  world = await buildWorld(database.db);
  officer = await loggedIn(app, world.users.officer, PASSWORD);
  inspector = await loggedIn(app, world.users.inspector, PASSWORD);
  secretary = await loggedIn(app, world.users.secretary, PASSWORD);
});
afterAll(() => database.close());

const path = () => `/api/orgs/${world.sub.id}/document-signer`;
const guidanceText = async (client: ApiClient, id: string, format: 'docx' | 'pdf') => {
  const res = await app.request(`/api/guidance/${id}/document?format=${format}`, {
    headers: { cookie: client.cookie },
  });
  expect(res.status).toBe(200);
  const file = new Uint8Array(await res.arrayBuffer());
  return format === 'docx' ? docxText(file) : pdfText(file);
};
const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the signer of a committee’s documents', () => {
  let before: string;

  it('is not set at first: T/M ĐẢNG ỦY, BÍ THƯ and a blank name; the committee’s officer may set it', async () => {
    const res = await officer.get<Signer>(path());
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      signer: null,
      signature: { authority: 'T/M ĐẢNG ỦY', title: 'BÍ THƯ', name: null },
      canEdit: true,
    });
    expect((await inspector.get<Signer>(path())).body.canEdit).toBe(false);
    before = await buildGuidance(database.db, world.sub.id, 2031);
    await pause();
  });

  it('is set by the committee’s officer, read back, audited', async () => {
    const res = await officer.put<Signer>(path(), {
      authority: 'T/M BAN THƯỜNG VỤ',
      title: 'KT. BÍ THƯ',
      name: '  Trần Văn Bình ',
    });
    expect(res.status).toBe(200);
    expect(res.body.signer).toMatchObject({
      authority: 'T/M BAN THƯỜNG VỤ',
      title: 'KT. BÍ THƯ',
      name: 'Trần Văn Bình',
    });
    expect(res.body.signature).toEqual({
      authority: 'T/M BAN THƯỜNG VỤ',
      title: 'KT. BÍ THƯ\nPHÓ BÍ THƯ',
      name: 'Trần Văn Bình',
    });
    expect((await inspector.get<Signer>(path())).body.signer?.name).toBe('Trần Văn Bình');
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action', 'unit_id'])
      .where('action', '=', 'document_signer.set')
      .execute();
    expect(audit).toEqual([{ action: 'document_signer.set', unit_id: world.sub.id }]);
  });

  it('signs the guidance letters recorded after it, in Word and PDF; a letter recorded before keeps the blank', {
    timeout: 90_000,
  }, async () => {
    const after = await buildGuidance(database.db, world.sub.id, 2032);
    for (const format of ['docx', 'pdf'] as const) {
      const text = (await guidanceText(secretary, after, format)).replace(/\s+/g, ' ');
      expect(text).toContain('T/M BAN THƯỜNG VỤ KT. BÍ THƯ PHÓ BÍ THƯ');
      expect(text).toContain('Trần Văn Bình');
      const old = (await guidanceText(secretary, before, format)).replace(/\s+/g, ' ');
      expect(old).not.toContain('Trần Văn Bình');
      expect(old).toContain('T/M ĐẢNG ỦY BÍ THƯ');
    }
  });

  it('signs the committee’s own report previewed today', async () => {
    const file = await app.request(`/api/orgs/${world.sub.id}/report/document?format=docx&year=2026`, {
      headers: { cookie: officer.cookie },
    });
    expect(file.status).toBe(200);
    expect(docxText(new Uint8Array(await file.arrayBuffer()))).toContain('Trần Văn Bình');
  });

  it('refuses a blank name or a title not in the list (400, by field, in Vietnamese), and changes nothing', async () => {
    const res = await officer.put<ErrorBody>(path(), {
      authority: 'T/M ĐẢNG ỦY',
      title: 'CHỦ TỊCH',
      name: '   ',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.fields).toEqual({
      title: 'Giá trị không nằm trong danh sách cho phép',
      name: 'Không được để trống',
    });
    const missing = await officer.put<ErrorBody>(path(), { title: 'BÍ THƯ', name: 'Lê Thị Hoa' });
    expect(missing.body.error.fields).toEqual({ authority: 'Giá trị không nằm trong danh sách cho phép' });
    expect((await officer.get<Signer>(path())).body.signer?.name).toBe('Trần Văn Bình');
  });

  it('is the committee’s own: a cell’s secretary, the committee above and another tree’s officer may not set it', async () => {
    const body = { authority: 'T/M ĐẢNG ỦY', title: 'BÍ THƯ', name: 'Người Khác' };
    // The cell's secretary does not see the committee above (404), and may not set one for the cell (403).
    expect((await secretary.put(path(), body)).status).toBe(404);
    expect((await secretary.put(`/api/orgs/${world.cell.id}/document-signer`, body)).status).toBe(403);
    // An officer of the committee above sees it but does not keep its papers.
    const aboveId = await buildPerson(database.db, { unitId: world.root.id, status: 'staff' });
    await giveRole(database.db, world.root.id, aboveId, 'officer');
    const above = await loggedIn(app, await buildUser(database.db, { personId: aboveId }), PASSWORD);
    expect((await above.put(path(), body)).status).toBe(403);
    expect((await above.get<Signer>(path())).body.canEdit).toBe(false);
    const other = await buildWorld(database.db);
    const outsider = await loggedIn(app, other.users.officer, PASSWORD);
    expect((await outsider.put(path(), body)).status).toBe(404);
    expect((await officer.get<Signer>(path())).body.signer?.name).toBe('Trần Văn Bình');
  });

  it('is set for committees only: a cell signs T/M CHI BỘ by its secretary (409 in Vietnamese)', async () => {
    const admin = await loggedIn(app, world.users.admin, PASSWORD);
    const res = await admin.put<ErrorBody>(`/api/orgs/${world.cell.id}/document-signer`, {
      authority: 'T/M ĐẢNG ỦY',
      title: 'BÍ THƯ',
      name: 'Nguyễn Văn A',
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'DOCUMENT_SIGNER_NOT_COMMITTEE' });
    expect(res.body.error.message).toContain('T/M CHI BỘ');
    const read = await admin.get<Signer>(`/api/orgs/${world.cell.id}/document-signer`);
    expect(read.body).toMatchObject({ signer: null, canEdit: false });
  });
});
