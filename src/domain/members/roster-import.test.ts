import { describe, expect, it } from 'vitest';
import {
  type ImportContext,
  type KnownPerson,
  matchHeaders,
  normaliseCardNumber,
  normalisePhone,
  planImport,
  type RawCell,
  type RosterField,
  readCsv,
  readDate,
  readRow,
} from './roster-import.ts';

const TODAY = '2026-12-06';
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

const good: Partial<Record<RosterField, RawCell>> = {
  fullName: 'Nguyễn Văn An',
  birthDate: '12/03/1980',
  gender: 'Nam',
  cardNumber: '79.012345',
  joinedOn: '03/02/2005',
  officialOn: '03/02/2006',
  status: 'Chính thức',
  role: '',
  phone: '0912 345 678',
  email: 'An@Example.vn',
};
const row = (cells: Partial<Record<RosterField, RawCell>>) => readRow({ ...good, ...cells }, TODAY);
const codes = (cells: Partial<Record<RosterField, RawCell>>) =>
  row(cells).issues.map((i) => `${i.field}:${i.code}`);

describe('matchHeaders', () => {
  it('matches the template headers whatever the case and tone marks', () => {
    const r = matchHeaders(HEADERS.map((h) => h.toUpperCase()));
    expect(r.ok && r.columns.cardNumber).toBe(3);
    const bare = matchHeaders([
      'ho va ten',
      'SO THE DANG VIEN (*)',
      'ngay vao dang',
      'Ngay chinh thuc',
      'trang thai',
    ]);
    expect(bare.ok).toBe(true);
  });

  it('names the missing required columns', () => {
    const r = matchHeaders(['Họ và tên', 'Trạng thái', 'Ngày vào Đảng']);
    expect(r).toEqual({
      ok: false,
      issue: { code: 'ROSTER_IMPORT_MISSING_COLUMN', columns: ['Số thẻ đảng viên', 'Ngày chính thức'] },
    });
  });

  it('refuses a column given twice and lists columns it does not use', () => {
    expect(matchHeaders([...HEADERS, 'ho ten']).ok).toBe(false);
    const r = matchHeaders([...HEADERS, 'Quê quán']);
    expect(r.ok && r.ignored).toEqual(['Quê quán']);
  });
});

describe('readCsv', () => {
  it('reads quoted fields, doubled quotes, line breaks inside quotes and CRLF', () => {
    const r = readCsv('a,b,c\r\n"x, y","say ""hi""","two\nlines"\r\nlast,,\n');
    expect(r).toEqual({
      ok: true,
      rows: [
        ['a', 'b', 'c'],
        ['x, y', 'say "hi"', 'two\nlines'],
        ['last', '', ''],
      ],
    });
  });

  it('uses semicolons when the header line has them and no comma', () => {
    expect(readCsv('a;b\n1,5;2')).toEqual({
      ok: true,
      rows: [
        ['a', 'b'],
        ['1,5', '2'],
      ],
    });
  });

  it('refuses an unterminated quote', () => {
    expect(readCsv('a,b\n"open,2').ok).toBe(false);
  });
});

describe('readDate', () => {
  it('reads Excel date cells, Excel day numbers, dd/mm/yyyy and ISO', () => {
    expect(readDate(new Date(Date.UTC(2020, 1, 29)))).toEqual({ ok: true, date: '2020-02-29' });
    expect(readDate(43_831)).toEqual({ ok: true, date: '2020-01-01' });
    expect(readDate('5/3/2026')).toEqual({ ok: true, date: '2026-03-05' });
    expect(readDate('2026-03-05')).toEqual({ ok: true, date: '2026-03-05' });
    expect(readDate('')).toEqual({ ok: true, date: null });
  });

  it('refuses 2024-13-01, 31/02/2020 and text that is no date', () => {
    expect(readDate('2024-13-01')).toEqual({ ok: false, code: 'ROSTER_DATE_NO_SUCH_DAY' });
    expect(readDate('31/02/2020')).toEqual({ ok: false, code: 'ROSTER_DATE_NO_SUCH_DAY' });
    expect(readDate('tháng 3 năm 2020')).toEqual({ ok: false, code: 'ROSTER_DATE_FORMAT' });
    expect(readDate(1.5)).toEqual({ ok: false, code: 'ROSTER_DATE_FORMAT' });
  });
});

describe('card numbers and phones', () => {
  it('keeps the digits of a card number of 6 to 12 digits', () => {
    expect(normaliseCardNumber('79.012 345')).toBe('79012345');
    expect(normaliseCardNumber('12345')).toBeNull();
    expect(normaliseCardNumber('79A12345')).toBeNull();
  });

  it('accepts Vietnamese mobile and landline numbers', () => {
    expect(normalisePhone('0912.345.678')).toBe('0912345678');
    expect(normalisePhone('+84 912 345 678')).toBe('+84912345678');
    expect(normalisePhone('0243 8251 234')).toBe('02438251234');
    expect(normalisePhone('12345')).toBeNull();
  });
});

describe('readRow', () => {
  it('reads a good row', () => {
    const r = row({});
    expect(r.issues).toEqual([]);
    expect(r.values).toEqual({
      fullName: 'Nguyễn Văn An',
      birthDate: '1980-03-12',
      gender: 'male',
      cardNumber: '79012345',
      joinedOn: '2005-02-03',
      officialOn: '2006-02-03',
      status: 'official',
      role: null,
      phone: '0912345678',
      email: 'an@example.vn',
    });
  });

  it('reads statuses and roles without tone marks', () => {
    expect(row({ status: 'MIEN SINH HOAT' }).values.status).toBe('exempt');
    expect(row({ role: 'Phó Bí thư' }).values.role).toBe('deputy');
    expect(row({ role: 'chi uy vien' }).values.role).toBe('committee_member');
    expect(codes({ role: 'trưởng ban' })).toEqual(['role:ROSTER_ROLE']);
    expect(codes({ status: 'tạm ngưng' })).toEqual(['status:ROSTER_STATUS']);
    expect(codes({ gender: 'khác' })).toEqual(['gender:ROSTER_GENDER']);
  });

  it('refuses a formula in any cell', () => {
    expect(codes({ officialOn: { formula: 'DATE(2006,2,3)' } })).toContain('officialOn:ROSTER_FORMULA');
    expect(codes({ fullName: { formula: 'A1' } })).toEqual(['fullName:ROSTER_FORMULA']);
  });

  it('refuses dates in the future, impossible days and a date official before the probation ends', () => {
    expect(codes({ birthDate: '31/02/1980' })).toEqual(['birthDate:ROSTER_DATE_NO_SUCH_DAY']);
    expect(codes({ officialOn: '01/01/2027' })).toContain('officialOn:ROSTER_DATE_FUTURE');
    expect(codes({ officialOn: '01/01/2005' })).toEqual(['officialOn:ROSTER_OFFICIAL_BEFORE_PROBATION_ENDS']);
    expect(codes({ officialOn: '02/02/2006' })).toEqual(['officialOn:ROSTER_OFFICIAL_BEFORE_PROBATION_ENDS']);
  });

  it('refuses a member admitted before eighteen', () => {
    expect(codes({ birthDate: '04/02/1987' })).toEqual(['joinedOn:ROSTER_JOINED_TOO_YOUNG']);
    expect(codes({ birthDate: '03/02/1987' })).toEqual([]);
  });

  it('needs the date joined for a probationary member, and no date official', () => {
    expect(codes({ status: 'Dự bị', joinedOn: '', officialOn: '' })).toEqual(['joinedOn:ROSTER_REQUIRED']);
    expect(codes({ status: 'Dự bị', joinedOn: '01/06/2026', officialOn: '' })).toEqual([]);
    expect(codes({ status: 'Dự bị' })).toEqual(['officialOn:ROSTER_PROBATIONARY_HAS_OFFICIAL']);
  });

  it('needs the date official for official and exempt members', () => {
    expect(codes({ officialOn: '' })).toEqual(['officialOn:ROSTER_REQUIRED']);
    expect(codes({ status: 'Miễn sinh hoạt', officialOn: '' })).toEqual(['officialOn:ROSTER_REQUIRED']);
  });

  it('needs a card number except for a probationary member', () => {
    expect(codes({ cardNumber: '' })).toEqual(['cardNumber:ROSTER_REQUIRED']);
    expect(codes({ cardNumber: '', status: 'Dự bị', joinedOn: '01/06/2026', officialOn: '' })).toEqual([]);
    expect(codes({ cardNumber: 'ABC' })).toEqual(['cardNumber:ROSTER_CARD_FORMAT']);
  });

  it('refuses text that cannot be stored: NUL and lone surrogates', () => {
    expect(codes({ fullName: 'Nguyễn\u0000Văn' })).toEqual(['fullName:ROSTER_TEXT_INVALID']);
    expect(codes({ email: 'a\uD800@example.vn' })).toEqual(['email:ROSTER_TEXT_INVALID']);
    expect(codes({ fullName: 'Nguyễn Văn 😀' })).toEqual([]);
  });

  it('checks phone and e-mail', () => {
    expect(codes({ phone: '123', email: 'khong-phai-email' })).toEqual([
      'phone:ROSTER_PHONE',
      'email:ROSTER_EMAIL',
    ]);
    expect(codes({ fullName: '' })).toEqual(['fullName:ROSTER_REQUIRED']);
  });
});

describe('planImport', () => {
  const known = (over: Partial<KnownPerson>): KnownPerson => ({
    id: 'p1',
    unitId: 'cell',
    fullName: 'Nguyễn Văn An',
    birthDate: '1980-03-12',
    gender: 'male',
    cardNumber: '79012345',
    joinedOn: '2005-02-03',
    officialOn: '2006-02-03',
    phone: '0912345678',
    email: 'an@example.vn',
    status: 'official',
    since: '2006-02-03',
    ...over,
  });
  const ctx = (over: Partial<ImportContext> = {}): ImportContext => ({
    cellId: 'cell',
    today: TODAY,
    people: [],
    roles: [],
    mayAssignRoles: true,
    ...over,
  });
  const plan = (rows: Partial<Record<RosterField, RawCell>>[], c: ImportContext) =>
    planImport(
      rows.map((cells, i) => ({ line: i + 2, ...readRow({ ...good, ...cells }, TODAY) })),
      c,
    );

  it('makes a new person of an unknown card number', () => {
    expect(plan([{}], ctx())[0]).toMatchObject({ outcome: 'new', personId: null, issues: [] });
  });

  it('updates the person of this cell with the same card number, only the fields that differ', () => {
    const [r] = plan([{ phone: '0987654321', email: '' }], ctx({ people: [known({})] }));
    expect(r).toMatchObject({ outcome: 'update', personId: 'p1', changes: ['phone'] });
    expect(plan([{}], ctx({ people: [known({})] }))[0]?.outcome).toBe('unchanged');
  });

  it('refuses a card number of a person of another unit (no silent transfer)', () => {
    const [r] = plan([{}], ctx({ people: [known({ unitId: 'other-cell' })] }));
    expect(r?.outcome).toBe('error');
    expect(r?.issues).toEqual([{ field: 'cardNumber', code: 'ROSTER_CARD_OTHER_UNIT' }]);
  });

  it('refuses a card number given twice in the file, on both rows', () => {
    const rows = plan([{}, { fullName: 'Trần Văn Bình' }, { cardNumber: '79012346' }], ctx());
    expect(rows.map((r) => r.outcome)).toEqual(['error', 'error', 'new']);
    expect(rows[1]?.issues).toEqual([{ field: 'cardNumber', code: 'ROSTER_CARD_DUPLICATE' }]);
  });

  it('matches a probationary member without a card by name and birth date in this cell', () => {
    const person = known({
      cardNumber: null,
      status: 'probationary',
      officialOn: null,
      joinedOn: '2026-06-01',
    });
    const [r] = plan(
      [
        {
          fullName: 'NGUYEN VAN AN',
          cardNumber: '',
          status: 'Dự bị',
          joinedOn: '01/06/2026',
          officialOn: '',
        },
      ],
      ctx({ people: [person] }),
    );
    expect(r).toMatchObject({ outcome: 'update', personId: 'p1', changes: ['fullName'] });
  });

  it('makes a probationary member official on the date official; refuses steps the roster does not allow', () => {
    const person = known({ status: 'probationary', officialOn: null, since: '2005-02-03' });
    expect(plan([{}], ctx({ people: [person] }))[0]).toMatchObject({
      outcome: 'update',
      statusChange: { from: 'probationary', to: 'official', on: '2006-02-03' },
    });
    const back = plan(
      [{ status: 'Dự bị', officialOn: '', joinedOn: '01/06/2026', birthDate: '' }],
      ctx({ people: [known({})] }),
    );
    expect(back[0]?.issues).toEqual([{ field: 'status', code: 'ROSTER_STATUS_CHANGE' }]);
    expect(plan([{ status: 'Miễn sinh hoạt' }], ctx({ people: [known({})] }))[0]?.statusChange).toEqual({
      from: 'official',
      to: 'exempt',
      on: TODAY,
    });
  });

  it('refuses a person who has left the cell', () => {
    const [r] = plan([{}], ctx({ people: [known({ status: 'transferred_out' })] }));
    expect(r?.issues).toEqual([{ field: 'status', code: 'ROSTER_PERSON_LEFT' }]);
  });

  it('keeps a role already held, refuses a secretary post held by someone else, and a role twice in the file', () => {
    const roles = [{ personId: 'p1', role: 'secretary' as const, fullName: 'Nguyễn Văn An' }];
    expect(plan([{ role: 'Bí thư' }], ctx({ people: [known({})], roles }))[0]?.outcome).toBe('unchanged');
    const [taken] = plan([{ role: 'Bí thư', cardNumber: '79099999' }], ctx({ people: [known({})], roles }));
    expect(taken?.issues).toEqual([{ field: 'role', code: 'ROSTER_ROLE_HELD' }]);
    const twice = plan([{ role: 'Bí thư' }, { role: 'bi thu', cardNumber: '79099999' }], ctx());
    expect(twice.map((r) => r.issues.map((i) => i.code))).toEqual([
      ['ROSTER_ROLE_TWICE'],
      ['ROSTER_ROLE_TWICE'],
    ]);
  });

  it('gives a free role only when the importer may assign roles, and only to an official member', () => {
    expect(plan([{ role: 'Chi ủy viên' }], ctx())[0]).toMatchObject({
      outcome: 'new',
      assignRole: 'committee_member',
    });
    expect(plan([{ role: 'Chi ủy viên' }], ctx({ mayAssignRoles: false }))[0]?.issues).toEqual([
      { field: 'role', code: 'ROSTER_ROLE_NOT_ALLOWED' },
    ]);
    const probationary = { role: 'Phó bí thư', status: 'Dự bị', officialOn: '', joinedOn: '01/06/2026' };
    expect(plan([probationary], ctx())[0]?.issues).toEqual([
      { field: 'role', code: 'ROSTER_ROLE_NOT_OFFICIAL' },
    ]);
  });
});
