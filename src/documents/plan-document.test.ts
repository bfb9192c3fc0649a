import { describe, expect, it } from 'vitest';
import { scheduleSteps } from '#domain/plans/plan-schedule.ts';
import { planDocument } from './plan-document.ts';

const base = {
  year: 2026,
  number: 3,
  adoptedOn: '2026-01-15',
  cell: { name: 'Chi bộ Khoa Nội', place: 'Mỹ Hòa' },
  parent: { name: 'Đảng ủy Bệnh viện', place: null },
  legalBases: ['Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018'],
  purpose: 'Mục đích',
  requirements: 'Yêu cầu',
  organisation: 'Tổ chức',
  secretaryName: 'Trần Thị Hương',
};
const topic = (quarter: number, title: string) => ({
  title,
  workContent: null,
  quarter,
  preparers: ['Lê Văn Tuấn'],
  steps: scheduleSteps(quarter).map((s) => ({ ...s, responsible: null, note: null })),
});

describe('planDocument', () => {
  it('numbers, dates and signs the plan as the cell', () => {
    const doc = planDocument({ ...base, topics: [] });
    expect(doc.header).toEqual({
      parentBody: 'Đảng ủy Bệnh viện',
      issuingBody: 'Chi bộ Khoa Nội',
      number: 'Số 03-KH/CB',
      place: 'Mỹ Hòa',
      date: '2026-01-15',
    });
    expect(doc.signature).toEqual({ authority: 'T/M CHI BỘ', title: 'BÍ THƯ', name: 'Trần Thị Hương' });
    expect(doc.recipients[0]).toBe('- Đảng ủy Bệnh viện (để báo cáo);');
  });

  it('leaves the number blank before adoption', () => {
    expect(planDocument({ ...base, number: null, adoptedOn: null, topics: [] }).header.number).toBe(
      'Số       -KH/CB',
    );
  });

  it('lists topics by quarter with five steps each in the section III table; the meeting falls to the cell', () => {
    const doc = planDocument({ ...base, topics: [topic(2, 'Chuyên đề B'), topic(1, 'Chuyên đề A')] });
    const table = doc.body.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.header).toEqual(['TT', 'Nội dung thực hiện', 'Thời gian', 'Người thực hiện', 'Ghi chú']);
    expect(table.rows).toHaveLength(12);
    expect(table.rows[0]).toEqual({ cells: ['Chuyên đề 1 (Quý I): Chuyên đề A'], spanning: true });
    expect(table.rows[1]?.cells).toEqual(['1', 'Chuẩn bị đề cương', 'Tháng 1/2026', 'Lê Văn Tuấn', '']);
    expect(table.rows[5]?.cells).toEqual(['5', 'Tổ chức sinh hoạt chuyên đề', 'Tháng 3/2026', 'Chi bộ', '']);
    expect(table.rows[6]).toEqual({ cells: ['Chuyên đề 2 (Quý II): Chuyên đề B'], spanning: true });
  });
});
