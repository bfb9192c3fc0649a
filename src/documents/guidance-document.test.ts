import { describe, expect, it } from 'vitest';
import { type GuidanceDocumentData, guidanceDocument } from './guidance-document.ts';

const data: GuidanceDocumentData = {
  referenceNumber: '25-CV/ĐU',
  issuedOn: '2026-01-05',
  title: 'Về việc xây dựng kế hoạch sinh hoạt chuyên đề năm 2026',
  theme: null,
  documents: [],
  topicGroups: [],
  planDeadline: '2026-01-31',
  content: null,
  year: 2026,
  committee: { name: 'Đảng ủy phường Mỹ Hòa', place: 'Mỹ Hòa' },
  parent: null,
};
const texts = (d: GuidanceDocumentData) =>
  guidanceDocument(d).body.flatMap((b) => ('text' in b && typeof b.text === 'string' ? [b.text] : []));

describe('guidanceDocument, report deadlines', () => {
  it('says nothing of them when the guidance sets none', () => {
    expect(texts(data).some((t) => t.includes('chậm nhất'))).toBe(false);
  });
  it('lists the quarterly day and the annual date it sets', () => {
    expect(texts({ ...data, quarterReportDay: 5, annualReportDueOn: '2026-12-15' })).toContain(
      'Các chi bộ báo cáo kết quả sinh hoạt chuyên đề về Đảng ủy phường Mỹ Hòa: báo cáo quý gửi chậm nhất ngày 05 của tháng đầu quý sau; báo cáo năm gửi chậm nhất ngày 15 tháng 12 năm 2026.',
    );
  });
});
