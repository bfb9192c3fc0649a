/**
 * The .xlsx exports of issue 18 (roster, plan, minute book, task follow-up, scorecard), read back with exceljs:
 * the title row, Vietnamese headers (bold, frozen), a known row, dates as real dates shown dd/mm/yyyy, widths
 * set, formula-looking text kept as text, and each read under the same rule as its screen.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { todayInVietnam } from '../../src/domain/dates/local-date.ts';
import type { App } from '../../src/server/app.ts';
import {
  buildMeeting,
  buildPerson,
  buildPlan,
  buildUser,
  buildWorld,
  PASSWORD,
  type World,
} from '../fixtures/factories.ts';
import { type ApiClient, buildApp, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

let database: Database;
let app: App;
let world: World;
let secretary: ApiClient;
let member: ApiClient;
let staff: ApiClient;
let formulaId: string;

const FORMULA_NAME = '=HYPERLINK("http://x.example","Bấm vào")';
const HELD_ON = '2025-03-12';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
  const db = database.db;
  world = await buildWorld(db);
  formulaId = await buildPerson(db, { unitId: world.cell.id, fullName: FORMULA_NAME });
  const officer = await loggedIn(app, world.users.officer, PASSWORD);
  const patched = await officer.patch(`/api/members/${formulaId}`, {
    birthDate: '1980-05-17',
    cardNumber: '12345678',
  });
  expect(patched.status).toBe(200);
  // The member's own birth date and card number: a member reads their own, not the others'.
  await officer.patch(`/api/members/${world.people.memberId}`, {
    birthDate: '1990-01-02',
    cardNumber: '87654321',
  });
  await buildMeeting(db, world.cell.id, {
    status: 'ended',
    heldOn: HELD_ON,
    present: [world.people.secretaryId, world.people.memberId],
    minuteTakerId: world.people.deputyId,
    task: true,
  });
  secretary = await loggedIn(app, world.users.secretary, PASSWORD);
  member = await loggedIn(app, world.users.member, PASSWORD);
  staff = await loggedIn(app, world.users.staff, PASSWORD);
  // A world, a plan, an ended meeting and four sign-ins: more than the default 10 s on a busy machine.
}, 60_000);
afterAll(async () => {
  await database?.close();
});

async function workbook(client: ApiClient, path: string, fileName: string) {
  const res = await client.download(path);
  expect(res.status, path).toBe(200);
  expect(res.headers.get('content-type')).toBe(XLSX);
  const ascii = fileName.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
  expect(res.headers.get('content-disposition')).toBe(
    `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  );
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.bytes.buffer as ArrayBuffer);
  return book;
}

function table(book: ExcelJS.Workbook, index: number) {
  const sheet = book.worksheets[index];
  if (!sheet) throw new Error(`no sheet ${index}`);
  const values = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1);
  const header = values(2) as string[];
  const rows = Array.from({ length: sheet.rowCount - 2 }, (_, i) => values(i + 3));
  const col = (name: string) => {
    const i = header.indexOf(name);
    expect(i, name).toBeGreaterThanOrEqual(0);
    return i;
  };
  // Every sheet: the title above bold headers, both frozen; each column has its width.
  expect(sheet.getRow(2).font?.bold).toBe(true);
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  header.forEach((_, i) => {
    expect(sheet.getColumn(i + 1).width, header[i]).toBeGreaterThan(0);
  });
  return { sheet, title: values(1)[0], header, rows, col };
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('the roster', () => {
  it('reads back with the screen’s columns; a formula-looking name stays text; dates are dates', async () => {
    const book = await workbook(
      secretary,
      `/api/orgs/${world.cell.id}/members/export`,
      `danh-sách-đảng-viên-${todayInVietnam()}.xlsx`,
    );
    const t = table(book, 0);
    expect(t.title).toMatch(/^Danh sách đảng viên Chi bộ Khoa Nội \(đến ngày \d{2}\/\d{2}\/\d{4}\)$/);
    expect(t.header.slice(0, 4)).toEqual(['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh']);
    const row = t.rows.find((r) => r[t.col('Họ và tên')] === FORMULA_NAME);
    expect(row).toBeDefined();
    const r = t.rows.indexOf(row as unknown[]) + 3;
    const name = t.sheet.getCell(r, t.col('Họ và tên') + 1);
    expect(name.type).toBe(ExcelJS.ValueType.String);
    expect(name.formula).toBeUndefined();
    const born = t.sheet.getCell(r, t.col('Ngày sinh') + 1);
    expect(born.value).toEqual(day('1980-05-17'));
    expect(born.numFmt).toBe('dd/mm/yyyy');
    expect(row?.[t.col('Số thẻ đảng viên')]).toBe('12345678');
    expect(row?.[t.col('Tình trạng')]).toBe('Chính thức');
    expect(row?.[t.col('STT')]).toEqual(expect.any(Number));
    const secretaryRow = t.rows.find((x) => x[t.col('Chức vụ')] === 'Bí thư');
    expect(secretaryRow).toBeDefined();
  });

  it('leaves out the personal fields a plain member may not read, but not their own', async () => {
    const res = await member.download(`/api/orgs/${world.cell.id}/members/export`);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.bytes.buffer as ArrayBuffer);
    const t = table(book, 0);
    const other = t.rows.find((r) => r[t.col('Họ và tên')] === FORMULA_NAME);
    expect(other?.[t.col('Số thẻ đảng viên')]).toBeUndefined();
    expect(other?.[t.col('Ngày sinh')]).toBeUndefined();
    const cards = t.rows.map((r) => r[t.col('Số thẻ đảng viên')]).filter((v) => v !== undefined);
    expect(cards).toEqual(['87654321']);
  });

  it('is refused to staff, as the roster is', async () => {
    expect((await staff.download(`/api/orgs/${world.cell.id}/members/export`)).status).toBe(403);
  });
});

describe('the year’s plan', () => {
  it('lists the topics, then the assignment table with each step’s due day as a date', async () => {
    const plan = await buildPlan(database.db, world.cell.id, { status: 'adopted' });
    const book = await workbook(
      secretary,
      `/api/plans/${plan.id}/export`,
      `kế-hoạch-sinh-hoạt-chuyên-đề-${plan.year}.xlsx`,
    );
    const topics = table(book, 0);
    expect(topics.title).toContain(`Kế hoạch sinh hoạt chuyên đề năm ${plan.year} — Chi bộ Khoa Nội`);
    expect(topics.rows.map((r) => r[topics.col('Chuyên đề')])).toEqual(
      [1, 2, 3, 4].map((q) => `Chuyên đề quý ${q}`),
    );
    expect(topics.rows[0]?.[topics.col('Quý')]).toBe(1);
    expect(topics.rows[0]?.[topics.col('Tháng sinh hoạt')]).toBe(3);
    const steps = table(book, 1);
    expect(book.worksheets[1]?.name).toBe('Phân công, tiến độ');
    expect(steps.rows).toHaveLength(20);
    const first = steps.rows[0] ?? [];
    expect(first[steps.col('Chuyên đề')]).toBe('Chuyên đề quý 1');
    expect(first[steps.col('Nội dung thực hiện')]).toBe('Chuẩn bị đề cương');
    expect(first[steps.col('Thời gian')]).toBe(`Tháng 1/${plan.year}`);
    expect(first[steps.col('Hạn')]).toBeInstanceOf(Date);
    expect(steps.sheet.getCell(3, steps.col('Hạn') + 1).numFmt).toBe('dd/mm/yyyy');
  });

  it('is refused to staff, as the plan is', async () => {
    const plan = await buildPlan(database.db, world.cell.id);
    expect((await staff.download(`/api/plans/${plan.id}/export`)).status).toBe(403);
  });
});

describe('the minute book', () => {
  it('has a row per meeting with chair, minute taker and counts, and each member’s attendance', async () => {
    const book = await workbook(
      secretary,
      `/api/orgs/${world.cell.id}/meetings/export?year=2025`,
      'sổ-biên-bản-2025.xlsx',
    );
    const meetings = table(book, 0);
    expect(meetings.title).toBe('Sổ ghi biên bản năm 2025 — Chi bộ Khoa Nội');
    expect(meetings.rows).toHaveLength(1);
    const row = meetings.rows[0] ?? [];
    const names = await database.db
      .selectFrom('person')
      .select(['id', 'full_name'])
      .where('id', 'in', [world.people.secretaryId, world.people.deputyId, world.people.memberId])
      .execute();
    const nameOf = (id: string) => names.find((n) => n.id === id)?.full_name;
    expect(row[meetings.col('Ngày')]).toEqual(day(HELD_ON));
    expect(row[meetings.col('Loại')]).toBe('Sinh hoạt chuyên đề');
    expect(row[meetings.col('Chủ trì')]).toBe(nameOf(world.people.secretaryId));
    expect(row[meetings.col('Thư ký')]).toBe(nameOf(world.people.deputyId));
    expect(row[meetings.col('Có mặt')]).toBe(2);
    expect(row[meetings.col('Trạng thái')]).toBe('Đã kết thúc');
    const roll = table(book, 1);
    expect(book.worksheets[1]?.name).toBe('Điểm danh');
    const mine = roll.rows.find((r) => r[roll.col('Họ và tên')] === nameOf(world.people.memberId));
    expect(mine?.[roll.col('Ngày')]).toEqual(day(HELD_ON));
    expect(mine?.[roll.col('Điểm danh')]).toBe('Có mặt');
    // The formula-looking name on the roll stays text.
    const r = roll.rows.findIndex((x) => x[roll.col('Họ và tên')] === FORMULA_NAME) + 3;
    expect(r).toBeGreaterThan(2);
    expect(roll.sheet.getCell(r, roll.col('Họ và tên') + 1).type).toBe(ExcelJS.ValueType.String);
  });

  it('is refused to staff, as the minute book is', async () => {
    expect((await staff.download(`/api/orgs/${world.cell.id}/meetings/export?year=2025`)).status).toBe(403);
  });
});

describe('the task follow-up', () => {
  it('lists each assignment with its owner, the meeting’s day as a date and its state', async () => {
    const book = await workbook(
      secretary,
      `/api/orgs/${world.cell.id}/tasks/export?year=2025`,
      'theo-dõi-nhiệm-vụ-2025.xlsx',
    );
    const t = table(book, 0);
    expect(t.title).toBe('Theo dõi thực hiện nhiệm vụ năm 2025 — Chi bộ Khoa Nội');
    expect(t.rows).toHaveLength(1);
    const row = t.rows[0] ?? [];
    expect(row[t.col('Nhiệm vụ')]).toBe('Triển khai nội dung chuyên đề');
    expect(row[t.col('Người thực hiện')]).toBe('Tập thể chi bộ');
    expect(row[t.col('Buổi sinh hoạt giao')]).toEqual(day(HELD_ON));
    expect(t.sheet.getCell(3, t.col('Buổi sinh hoạt giao') + 1).numFmt).toBe('dd/mm/yyyy');
    expect(row[t.col('Tình trạng')]).toBe('Chưa báo cáo');
  });
});

describe('a member’s scorecard', () => {
  it('gives the scorecard’s facts as numbers', async () => {
    const book = await workbook(
      member,
      `/api/members/${world.people.memberId}/scorecard/export?year=2025`,
      'kết-quả-tham-gia-2025.xlsx',
    );
    const facts = table(book, 0);
    expect(facts.title).toContain('Kết quả tham gia sinh hoạt chuyên đề năm 2025 của đồng chí');
    const fact = (label: string) =>
      facts.rows.find((r) => r[facts.col('Nội dung')] === label)?.[facts.col('Số lượng')];
    expect(fact('Buổi sinh hoạt chuyên đề phải dự')).toBe(1);
    expect(fact('Có mặt')).toBe(1);
    expect(fact('Vắng không lý do')).toBe(0);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Chuyên đề chuẩn bị', 'Nhiệm vụ']);
  });

  it('is refused to another plain member, as the scorecard is', async () => {
    const otherId = await buildPerson(database.db, { unitId: world.cell.id });
    const other = await loggedIn(app, await buildUser(database.db, { personId: otherId }), PASSWORD);
    expect(
      (await other.download(`/api/members/${world.people.memberId}/scorecard/export?year=2025`)).status,
    ).toBe(403);
  });
});
