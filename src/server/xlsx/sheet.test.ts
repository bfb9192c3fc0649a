import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addTableSheet, excelDate, newWorkbook, safeText, workbookBytes } from './sheet.ts';

interface Item {
  name: string;
  on: string | null;
  count: number;
}

async function readBack(rows: Item[]) {
  const book = await newWorkbook('Danh sách — Chi bộ A');
  addTableSheet(book, {
    name: 'Danh sách: năm 2026 [thử] và một tên rất dài hơn ba mươi mốt ký tự',
    title: 'Danh sách năm 2026 — Chi bộ A',
    columns: [
      { header: 'Họ và tên', width: 30, value: (r: Item) => r.name },
      { header: 'Ngày', width: 12, kind: 'date', value: (r: Item) => r.on },
      { header: 'Số lần', width: 8, kind: 'number', value: (r: Item) => r.count },
    ],
    rows,
  });
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await workbookBytes(book)).buffer);
  const sheet = back.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

describe('the shared sheet', () => {
  it('writes the title, bold frozen headers, widths, real dates dd/mm/yyyy and numbers', async () => {
    const sheet = await readBack([{ name: 'Nguyễn Văn A', on: '2026-03-05', count: 3 }]);
    expect(sheet.name.length).toBeLessThanOrEqual(31);
    expect(sheet.name).not.toMatch(/[:[\]]/);
    expect(sheet.getCell('A1').value).toBe('Danh sách năm 2026 — Chi bộ A');
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(['Họ và tên', 'Ngày', 'Số lần']);
    expect(sheet.getRow(2).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.getColumn(1).width).toBe(30);
    expect(sheet.getColumn(2).width).toBe(12);
    const date = sheet.getCell('B3');
    expect(date.value).toEqual(new Date(Date.UTC(2026, 2, 5)));
    expect(date.numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('C3').value).toBe(3);
  });

  it('keeps formula-looking text as text, never a formula', async () => {
    const texts = ['=HYPERLINK("http://x","y")', '+1+2', '-3+4', '@SUM(A1)', '- gạch đầu dòng'];
    const sheet = await readBack(texts.map((name) => ({ name, on: null, count: 0 })));
    texts.forEach((text, i) => {
      const cell = sheet.getCell(i + 3, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(text);
    });
    expect(sheet.getCell('B3').value).toBeNull();
  });

  it('removes what XML cannot hold; dates are the day at midnight UTC (a serial without time)', () => {
    expect(safeText('a\u0001b\u000bc\nd')).toBe('abc\nd');
    expect(excelDate('2025-11-12').toISOString()).toBe('2025-11-12T00:00:00.000Z');
  });
});
