import { describe, expect, it } from 'vitest';
import {
  type InspectionConclusionData,
  inspectionConclusionDocument,
} from './inspection-conclusion-document.ts';

const data: InspectionConclusionData = {
  committee: { name: 'Đảng ủy phường Mỹ Hòa', place: 'Mỹ Hòa' },
  parent: { name: 'Đảng bộ tỉnh' },
  cellName: 'Chi bộ Khu phố 3',
  kind: 'supervision',
  content: 'Việc thực hiện sinh hoạt chuyên đề',
  number: 4,
  issuedOn: '2026-12-06',
  visitedOn: '2026-12-01',
  team: ['Nguyễn Văn A', 'Trần Thị B'],
  findings: 'Chi bộ có kế hoạch.\nBiên bản chưa đủ.',
  assessment: null,
  conclusion: 'Chi bộ thực hiện cơ bản đúng quy định.',
  requests: [{ text: 'Bổ sung biên bản', dueOn: '2027-01-05' }],
};

describe('inspectionConclusionDocument', () => {
  it('is the committee’s numbered notice (TB/ĐU) on the cell, dated the day of issue', () => {
    const doc = inspectionConclusionDocument(data);
    expect(doc.header).toMatchObject({
      number: 'Số 04-TB/ĐU',
      date: '2026-12-06',
      issuingBody: 'Đảng ủy phường Mỹ Hòa',
    });
    expect(doc.type).toBe('Thông báo');
    expect(doc.summary).toBe('Kết luận giám sát đối với Chi bộ Khu phố 3');
  });

  it('names the team and the visit day, keeps each paragraph of the findings, and tables the requests', () => {
    const doc = inspectionConclusionDocument(data);
    const texts = doc.body.flatMap((b) => ('text' in b ? [b.text] : []));
    expect(texts[0]).toContain('đồng chí Nguyễn Văn A, đồng chí Trần Thị B');
    expect(texts[0]).toContain('ngày 01 tháng 12 năm 2026');
    expect(texts).toContain('Chi bộ có kế hoạch.');
    expect(texts).toContain('Biên bản chưa đủ.');
    expect(texts.some((t) => t.startsWith('2. Đánh giá'))).toBe(false);
    const table = doc.body.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' ? table.rows.map((r) => r.cells) : []).toEqual([
      ['1', 'Bổ sung biên bản', '05/01/2027'],
    ]);
  });

  it('states the rubric level under "Đánh giá" when the team gave one, before the written assessment', () => {
    const doc = inspectionConclusionDocument({ ...data, rubricLevel: 'fair', assessment: 'Cần cải tiến.' });
    const texts = doc.body.flatMap((b) => ('text' in b ? [b.text] : []));
    const at = texts.indexOf('2. Đánh giá');
    expect(at).toBeGreaterThan(0);
    expect(texts[at + 1]).toBe('Chất lượng sinh hoạt chi bộ theo tiêu chí đánh giá của cấp ủy: Khá.');
    expect(texts[at + 2]).toBe('Cần cải tiến.');
    // A level without a written assessment still has its section.
    const alone = inspectionConclusionDocument({ ...data, rubricLevel: 'poor' });
    expect(alone.body.flatMap((b) => ('text' in b ? [b.text] : []))).toContain(
      'Chất lượng sinh hoạt chi bộ theo tiêu chí đánh giá của cấp ủy: Kém.',
    );
  });

  it('leaves the number blank on an unissued draft', () => {
    expect(inspectionConclusionDocument({ ...data, number: null, issuedOn: null }).header.number).toBe(
      'Số       -TB/ĐU',
    );
  });
});
