/**
 * Roster import from .xlsx and .csv (issue 18): template, preview (nothing written), confirmation in one
 * transaction with an audit entry; every kind of bad file refused with a clear reason and nothing written.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import type { App } from '../../src/server/app.ts';
import { buildCell, buildPerson, buildWorld, PASSWORD, type World } from '../fixtures/factories.ts';
import { type ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

interface Preview {
  token: string;
  format: 'xlsx' | 'csv';
  sheetName: string | null;
  ignoredSheets: string[];
  ignoredColumns: string[];
  counts: { new: number; update: number; unchanged: number; error: number };
  rows: {
    line: number;
    outcome: string;
    personId: string | null;
    changes: string[];
    errors: { field: string; column: string; code: string; message: string }[];
  }[];
}
interface Summary {
  created: number;
  updated: number;
  unchanged: number;
  statusChanges: number;
  rolesAssigned: number;
}

const HEADERS = [
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Số thẻ đảng viên',
  'Ngày vào Đảng',
  'Ngày chính thức',
  'Trạng thái',
  'Chức vụ',
  'Điện thoại',
  'Email',
];
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
type Cell = string | Date | number | null | { formula: string };
let serial = 0;
/** The good rows with card numbers of their own for each test (a card belongs to one person in one unit). */
function goodRows(): Cell[][] {
  const base = 81_000_000 + ++serial * 1000;
  return ROWS.map((r) =>
    r.map((c, i) =>
      i === 3 && typeof c === 'string' && c !== '' ? String(base + (Number(c.replace(/\D/g, '')) % 1000)) : c,
    ),
  );
}
const ROWS: Cell[][] = [
  [
    'Nguyễn Văn Nhập',
    day(1975, 4, 2),
    'Nam',
    '88000101',
    day(2000, 5, 19),
    day(2001, 5, 19),
    'Chính thức',
    'Bí thư',
    '0912 000 101',
    'nhap@example.vn',
  ],
  ['Trần Thị Bảng', '07/08/1990', 'Nữ', '88.000.102', '03/02/2015', '03/02/2016', 'chinh thuc', '', '', ''],
  ['Lê Văn Dự', '01/01/2000', 'Nam', '', '10/01/2026', '', 'Dự bị', '', '0987000103', ''],
];

async function xlsx(
  rows: Cell[][],
  opts: { headers?: string[]; secondSheet?: boolean } = {},
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Danh sách');
  sheet.addRow(opts.headers ?? HEADERS);
  for (const r of rows) {
    const row = sheet.addRow(
      r.map((c) => (c !== null && typeof c === 'object' && 'formula' in c ? null : c)),
    );
    r.forEach((c, i) => {
      if (c !== null && typeof c === 'object' && 'formula' in c)
        row.getCell(i + 1).value = { formula: c.formula, result: 1 } as ExcelJS.CellValue;
    });
  }
  if (opts.secondSheet) book.addWorksheet('Ghi chú').addRow(['Không nhập trang này', '', '', '99999999']);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const csvText = (rows: string[][], sep = ',') =>
  rows
    .map((r) => r.map((c) => (/[",;\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(sep))
    .join('\r\n');

const form = (bytes: Uint8Array | string, name: string, token?: string) => {
  const f = new FormData();
  f.append('file', new File([bytes as BlobPart], name));
  if (token) f.append('token', token);
  return f;
};

let database: Database;
let app: App;
let world: World;
let officer: ApiClient;
let secretary: ApiClient;
let member: ApiClient;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
  world = await buildWorld(database.db);
  officer = await loggedIn(app, world.users.officer, PASSWORD);
  secretary = await loggedIn(app, world.users.secretary, PASSWORD);
  member = await loggedIn(app, world.users.member, PASSWORD);
});
afterAll(() => database.close());

const newCell = () => buildCell(database.db, { parentId: world.sub.id });
const peopleOf = (cellId: string) =>
  database.db
    .selectFrom('person')
    .select(['id', 'full_name', 'card_number', 'phone', 'status', 'official_on'])
    .where('unit_id', '=', cellId)
    .orderBy('full_name')
    .execute();
const preview = (client: ApiClient, cellId: string, bytes: Uint8Array | string, name = 'danh-sach.xlsx') =>
  client.upload<Preview & ErrorBody>(`/api/orgs/${cellId}/roster-import/preview`, form(bytes, name));
const confirm = (
  client: ApiClient,
  cellId: string,
  bytes: Uint8Array | string,
  token: string,
  name = 'danh-sach.xlsx',
) => client.upload<Summary & ErrorBody>(`/api/orgs/${cellId}/roster-import`, form(bytes, name, token));

describe('the template', () => {
  it('is an .xlsx with the Vietnamese headers, widths, dd/mm/yyyy date columns and an example on a second sheet', async () => {
    const res = await secretary.download(`/api/orgs/${world.cell.id}/roster-import/template`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Danh sách', 'Hướng dẫn']);
    const sheet = book.getWorksheet('Danh sách') as ExcelJS.Worksheet;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(sheet.getColumn(1).width).toBeGreaterThan(20);
    expect(sheet.getColumn(2).numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getColumn(4).numFmt).toBe('@');
    expect(sheet.actualRowCount).toBe(1);
    const guide = book.getWorksheet('Hướng dẫn') as ExcelJS.Worksheet;
    expect(guide.getRow(3).getCell(1).value).toBe('Nguyễn Văn An');
    expect(guide.getRow(3).getCell(2).value).toEqual(day(1980, 3, 12));
  });

  it('read back and filled in, previews with its example sheet ignored', async () => {
    const cell = await newCell();
    const res = await officer.download(`/api/orgs/${cell.id}/roster-import/template`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.bytes as unknown as ArrayBuffer);
    (book.getWorksheet('Danh sách') as ExcelJS.Worksheet).addRow(goodRows()[0] as Cell[]);
    const filled = new Uint8Array(await book.xlsx.writeBuffer());
    const p = await preview(officer, cell.id, filled);
    expect(p.status).toBe(200);
    expect(p.body.counts).toEqual({ new: 1, update: 0, unchanged: 0, error: 0 });
    expect(p.body.ignoredSheets).toEqual(['Hướng dẫn']);
  });
});

describe('a good file', () => {
  it('previews every row, writes nothing, then imports in one go with an audit entry', async () => {
    const cell = await newCell();
    const rows = goodRows();
    const bytes = await xlsx(rows, { secondSheet: true });
    const p = await preview(officer, cell.id, bytes);
    expect(p.status).toBe(200);
    expect(p.body.format).toBe('xlsx');
    expect(p.body.sheetName).toBe('Danh sách');
    expect(p.body.ignoredSheets).toEqual(['Ghi chú']);
    expect(p.body.counts).toEqual({ new: 3, update: 0, unchanged: 0, error: 0 });
    expect(p.body.rows.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(await peopleOf(cell.id)).toEqual([]);

    const done = await confirm(officer, cell.id, bytes, p.body.token);
    // The refusal's code and fields, should it fail (once seen failing on a busy CI run, not reproduced since).
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toEqual({ created: 3, updated: 0, unchanged: 0, statusChanges: 0, rolesAssigned: 1 });
    const people = await peopleOf(cell.id);
    expect(people.map((x) => [x.full_name, x.card_number, x.status])).toEqual([
      ['Lê Văn Dự', null, 'probationary'],
      ['Nguyễn Văn Nhập', rows[0]?.[3], 'official'],
      ['Trần Thị Bảng', rows[1]?.[3], 'official'],
    ]);
    const roster = await officer.get<{
      members: { fullName: string; roles: string[]; probationEndsOn: string | null }[];
    }>(`/api/orgs/${cell.id}/members`);
    expect(roster.body.members.find((m) => m.fullName === 'Nguyễn Văn Nhập')?.roles).toEqual(['secretary']);
    expect(roster.body.members.find((m) => m.fullName === 'Lê Văn Dự')?.probationEndsOn).toBe('2027-01-10');
    const audit = await database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'members.import')
      .where('entity_id', '=', cell.id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]?.after_json ?? '{}')).toMatchObject({ created: expect.any(Array), rows: 3 });
    // The new people are found by the one search box, without tone marks.
    const found = await officer.get<{ hits: { kind: string; id: string }[] }>('/api/search?q=tran thi bang');
    const bang = people.find((x) => x.full_name === 'Trần Thị Bảng');
    expect(found.body.hits).toContainEqual(expect.objectContaining({ kind: 'person', id: bang?.id }));
  });

  it('re-imports: the same card numbers update the people, a probationary member becomes official', async () => {
    const cell = await newCell();
    const rows = goodRows();
    const first = await xlsx(rows);
    const p1 = await preview(officer, cell.id, first);
    expect((await confirm(officer, cell.id, first, p1.body.token)).status).toBe(200);

    const again = structuredClone(rows);
    (again[1] as Cell[])[8] = '0905 111 222';
    const probationary = again[2] as Cell[];
    probationary[3] = String(Number(rows[0]?.[3]) + 50);
    probationary[6] = 'Chính thức';
    probationary[5] = '10/01/2026';
    probationary[4] = '10/01/2025';
    const second = await xlsx(again);
    const p2 = await preview(officer, cell.id, second);
    // The probationary member had no card: matched by name and birth date, so given a card and made official.
    expect(p2.body.counts).toEqual({ new: 0, update: 2, unchanged: 1, error: 0 });
    expect(p2.body.rows[1]?.changes).toEqual(['phone']);
    const done = await confirm(officer, cell.id, second, p2.body.token);
    expect(done.body).toMatchObject({ created: 0, updated: 2, unchanged: 1, statusChanges: 1 });
    const people = await peopleOf(cell.id);
    expect(people).toHaveLength(3);
    expect(people.find((x) => x.full_name === 'Trần Thị Bảng')?.phone).toBe('0905111222');
    expect(people.find((x) => x.full_name === 'Lê Văn Dự')).toMatchObject({
      status: 'official',
      official_on: '2026-01-10',
    });
  });

  it('reads CSV in UTF-8 with or without a BOM, commas or semicolons', async () => {
    const cell = await newCell();
    const rows = [
      HEADERS,
      ['Phạm Thị Phẩy', '02/02/1982', 'Nữ', '88000201', '01/03/2004', '01/03/2005', 'Chính thức', '', '', ''],
    ];
    const withBom = `\uFEFF${csvText(rows, ';')}`;
    const p = await preview(officer, cell.id, withBom, 'danh-sach.csv');
    expect(p.status).toBe(200);
    expect(p.body.format).toBe('csv');
    expect(p.body.counts.new).toBe(1);
    const plain = await preview(officer, cell.id, csvText(rows), 'danh-sach.csv');
    expect(plain.body.counts.new).toBe(1);
    expect((await confirm(officer, cell.id, withBom, p.body.token, 'danh-sach.csv')).body.created).toBe(1);
  });
});

describe('rows in error: nothing is written', () => {
  it('names the field and the reason for each row, and the confirmation is refused', async () => {
    const cell = await newCell();
    const otherCard = '88000999';
    const other = await buildPerson(database.db, { unitId: world.sibling.id });
    await database.db.updateTable('person').set({ card_number: otherCard }).where('id', '=', other).execute();
    const rows: Cell[][] = [
      ['Ngô Văn Lỗi', '01/01/1980', 'Nam', '88000301', '2024-13-01', '01/01/2025', 'Chính thức', '', '', ''],
      [
        'Ngô Văn Trùng',
        '01/01/1980',
        'Nam',
        '88000302',
        '01/01/2010',
        '31/02/2020',
        'Chính thức',
        '',
        '',
        '',
      ],
      [
        'Ngô Văn Trùng Hai',
        '01/01/1980',
        'Nam',
        '88000302',
        '01/01/2010',
        '01/01/2011',
        'Chính thức',
        '',
        '',
        '',
      ],
      ['Đỗ Văn Khác', '01/01/1980', 'Nam', otherCard, '01/01/2010', '01/01/2011', 'Chính thức', '', '', ''],
      [
        'Ngô Công Thức',
        '01/01/1980',
        'Nam',
        '88000303',
        '01/01/2010',
        { formula: 'TODAY()' },
        'Chính thức',
        '',
        '',
        '',
      ],
      [
        'Ngô Văn Mai',
        '01/01/1980',
        'Nam',
        '88000304',
        '01/01/2010',
        '01/01/2099',
        'Chính thức',
        '',
        'abc',
        'x@',
      ],
      ['Ngô Văn Tốt', '01/01/1980', 'Nam', '88000305', '01/01/2010', '01/01/2011', 'Chính thức', '', '', ''],
    ];
    const bytes = await xlsx(rows);
    const p = await preview(officer, cell.id, bytes);
    expect(p.status).toBe(200);
    expect(p.body.counts).toEqual({ new: 1, update: 0, unchanged: 0, error: 6 });
    const messages = p.body.rows.map((r) => r.errors.map((e) => e.message));
    expect(messages[0]).toEqual(['Ngày vào Đảng: không có ngày này']);
    expect(messages[1]).toEqual([
      'Ngày chính thức: không có ngày này',
      'Số thẻ đảng viên: số thẻ này xuất hiện nhiều lần trong tệp',
    ]);
    expect(p.body.rows[2]?.errors.map((e) => e.code)).toEqual(['ROSTER_CARD_DUPLICATE']);
    expect(p.body.rows[3]?.errors.map((e) => e.code)).toEqual(['ROSTER_CARD_OTHER_UNIT']);
    expect(messages[4]?.[0]).toContain('ô chứa công thức');
    expect(p.body.rows[5]?.errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      'officialOn:ROSTER_DATE_FUTURE',
      'phone:ROSTER_PHONE',
      'email:ROSTER_EMAIL',
    ]);
    const refused = await confirm(officer, cell.id, bytes, p.body.token);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('ROSTER_IMPORT_HAS_ERRORS');
    expect(await peopleOf(cell.id)).toEqual([]);
    // The other unit's member stays where they are.
    expect((await peopleOf(world.sibling.id)).some((x) => x.id === other)).toBe(true);
  });

  it('refuses a confirmation whose preview no longer holds (the roster changed), writing nothing', async () => {
    const cell = await newCell();
    const rows = goodRows().slice(1, 2);
    const bytes = await xlsx(rows);
    const p = await preview(officer, cell.id, bytes);
    expect(p.body.counts.new).toBe(1);
    // Meanwhile someone records the card number elsewhere: the row would now be an error.
    const elsewhere = await buildPerson(database.db, { unitId: world.sibling.id });
    await database.db
      .updateTable('person')
      .set({ card_number: String(rows[0]?.[3]) })
      .where('id', '=', elsewhere)
      .execute();
    const stale = await confirm(officer, cell.id, bytes, p.body.token);
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('ROSTER_IMPORT_HAS_ERRORS');
    await database.db.updateTable('person').set({ card_number: null }).where('id', '=', elsewhere).execute();
    // A preview token that does not match the file's plan now.
    const wrong = await confirm(officer, cell.id, bytes, 'not-the-token');
    expect(wrong.status).toBe(409);
    expect(wrong.body.error.code).toBe('ROSTER_IMPORT_STALE');
    expect(await peopleOf(cell.id)).toEqual([]);
  });

  it('lets the secretary import but not hand out a post, which is the committee’s', async () => {
    const rows: Cell[][] = [
      [
        'Vũ Văn Chi Ủy',
        '01/01/1980',
        'Nam',
        '88000401',
        '01/01/2010',
        '01/01/2011',
        'Chính thức',
        'Chi ủy viên',
        '',
        '',
      ],
      ['Vũ Thị Thường', '01/01/1981', 'Nữ', '88000402', '01/01/2010', '01/01/2011', 'Chính thức', '', '', ''],
    ];
    const bytes = await xlsx(rows);
    const p = await preview(secretary, world.cell.id, bytes);
    expect(p.status).toBe(200);
    expect(p.body.rows[0]?.errors.map((e) => e.code)).toEqual(['ROSTER_ROLE_NOT_ALLOWED']);
    const fixed = await xlsx([[...(rows[0] as Cell[]).slice(0, 7), '', '', ''], rows[1] as Cell[]]);
    const ok = await preview(secretary, world.cell.id, fixed);
    expect(ok.body.counts).toEqual({ new: 2, update: 0, unchanged: 0, error: 0 });
    expect((await confirm(secretary, world.cell.id, fixed, ok.body.token)).body.created).toBe(2);
  });

  it('refuses a secretary post already held by someone else', async () => {
    const rows: Cell[][] = [
      [
        'Vũ Văn Bí Thư Mới',
        '01/01/1980',
        'Nam',
        '88000501',
        '01/01/2010',
        '01/01/2011',
        'Chính thức',
        'Bí thư',
        '',
        '',
      ],
    ];
    const p = await preview(officer, world.cell.id, await xlsx(rows));
    expect(p.body.rows[0]?.errors.map((e) => e.code)).toEqual(['ROSTER_ROLE_HELD']);
    expect(p.body.rows[0]?.errors[0]?.message).toMatch(/^Chức vụ: chi bộ đã có người giữ chức vụ này \(.+\)/);
  });
});

describe('bad files: a clear reason, never a 500, nothing written', () => {
  const PNG = new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
  ]);
  const cases: [string, () => Promise<Uint8Array | string>, string, string, RegExp][] = [
    [
      'a PNG renamed .xlsx',
      async () => PNG,
      'anh.xlsx',
      'ROSTER_IMPORT_NOT_SPREADSHEET',
      /không phải bảng tính/,
    ],
    [
      'a PDF renamed .csv',
      async () => '%PDF-1.4\n1 0 obj\n',
      'tai-lieu.csv',
      'ROSTER_IMPORT_NOT_SPREADSHEET',
      /không phải bảng tính/,
    ],
    [
      'a zip that is no workbook',
      async () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      'a.xlsx',
      'ROSTER_IMPORT_NOT_SPREADSHEET',
      /không phải/,
    ],
    [
      'an old .xls',
      async () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      'cu.xls',
      'ROSTER_IMPORT_OLD_XLS',
      /\.xls/,
    ],
    ['an empty file', async () => '', 'trong.csv', 'ROSTER_IMPORT_EMPTY', /không có dòng dữ liệu/],
    ['headers only', async () => xlsx([]), 'trong.xlsx', 'ROSTER_IMPORT_EMPTY', /không có dòng dữ liệu/],
    [
      'a missing required column',
      async () => xlsx([['Tên', '1']], { headers: ['Họ và tên', 'Trạng thái'] }),
      'thieu.xlsx',
      'ROSTER_IMPORT_MISSING_COLUMN',
      /Thiếu cột bắt buộc: Số thẻ đảng viên, Ngày vào Đảng, Ngày chính thức/,
    ],
    [
      'a CSV in a legacy code page',
      async () =>
        new Uint8Array([...new TextEncoder().encode(`${HEADERS.join(',')}\r\n`), 0x4e, 0x67, 0xf4, 0x0a]),
      'cu.csv',
      'ROSTER_IMPORT_NOT_UTF8',
      /UTF-8/,
    ],
    [
      'an unclosed quote',
      async () => `${HEADERS.join(',')}\n"Nguyễn,`,
      'hong.csv',
      'ROSTER_IMPORT_BAD_CSV',
      /ngoặc kép/,
    ],
    [
      '10,000 rows of .xlsx',
      async () =>
        xlsx(
          Array.from({ length: 10_000 }, (_, i) => [
            `Người ${i}`,
            '',
            '',
            String(70_000_000 + i),
            '',
            '01/01/2011',
            'Chính thức',
            '',
            '',
            '',
          ]),
        ),
      'lon.xlsx',
      'ROSTER_IMPORT_TOO_MANY_ROWS',
      /tối đa 1000 đảng viên/,
    ],
    [
      '10,000 rows of .csv',
      async () =>
        csvText([
          HEADERS,
          ...Array.from({ length: 10_000 }, (_, i) => [
            `Người ${i}`,
            '',
            '',
            String(70_000_000 + i),
            '',
            '01/01/2011',
            'Chính thức',
            '',
            '',
            '',
          ]),
        ]),
      'lon.csv',
      'ROSTER_IMPORT_TOO_MANY_ROWS',
      /tối đa 1000 đảng viên/,
    ],
    [
      'a body over 2 MB',
      async () => 'x'.repeat(2 * 1024 * 1024 + 100_000),
      'qua-lon.csv',
      'ROSTER_IMPORT_TOO_LARGE',
      /quá lớn/,
    ],
  ];
  for (const [what, build, name, code, text] of cases) {
    it(`refuses ${what}`, async () => {
      const cell = await newCell();
      const bytes = await build();
      const p = await preview(officer, cell.id, bytes, name);
      expect(p.status).toBe(400);
      expect(p.body.error.code).toBe(code);
      expect(p.body.error.fields?.file).toMatch(text);
      const c = await confirm(officer, cell.id, bytes, 'any', name);
      expect(c.status).toBe(400);
      expect(await peopleOf(cell.id)).toEqual([]);
    }, 60_000);
  }

  it('refuses a request without a file', async () => {
    const res = await officer.upload<ErrorBody>(
      `/api/orgs/${world.cell.id}/roster-import/preview`,
      new FormData(),
    );
    expect(res.status).toBe(400);
  });
});

describe('who may import', () => {
  it('the secretary not into another cell, a member not at all (403), a foreign cell is not found', async () => {
    const bytes = await xlsx(goodRows().slice(1, 2));
    // The secretary does not even see the neighbouring cell.
    expect((await preview(secretary, world.sibling.id, bytes)).status).toBe(404);
    expect((await preview(member, world.cell.id, bytes)).status).toBe(403);
    expect((await preview(officer, world.foreignCell.id, bytes)).status).toBe(404);
    expect((await preview(officer, world.sub.id, bytes)).body.error.code).toBe('ROSTER_IMPORT_CELL_ONLY');
  });
});
