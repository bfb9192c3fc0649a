import { describe, expect, it } from 'vitest';
import { renderHtml } from './render-html.ts';
import {
  INPUT_NOTE,
  type YearReviewData,
  yearReviewCellDocument,
  yearReviewMembersDocument,
} from './year-review-document.ts';

const data: YearReviewData = {
  year: 2026,
  cell: { name: 'Chi bộ Khoa Nội', place: 'Mỹ Hòa' },
  parent: { name: 'Đảng ủy Bệnh viện' },
  secretaryName: 'Nguyễn Thị Lan',
  today: '2026-12-20',
  thresholdsSource: 'Đảng ủy Bệnh viện',
  members: [
    {
      name: 'Trần Văn Bình',
      period: 'từ 01/06/2026',
      expected: 4,
      attended: 3,
      excused: 1,
      unexcused: 0,
      spoke: 2,
      draftsCommented: 1,
      topicsPrepared: 1,
      tasks: { done: 1, late: 0, open: 1 },
      proposed: 'Đạt',
      assessed: 'Tích cực',
      remark: 'Nhiệt tình',
      reason: 'Chuẩn bị chuyên đề quý III tốt',
    },
  ],
  quarters: [
    { quarter: 1, thematic: 1, regular: 3, quality: 'Tốt' },
    { quarter: 2, thematic: 0, regular: 3, quality: null },
  ],
  tasks: { total: 5, done: 3, open: 2, overdue: 1 },
  selfAssessment: { strengths: 'Đều đặn', limitations: null, direction: 'Gửi dự thảo sớm' },
  final: false,
};

describe('the year-end review documents', () => {
  it('the members’ table names each figure, the proposal, the assessment with its reason, and the input note', () => {
    const html = renderHtml(yearReviewMembersDocument(data));
    expect(html).toContain(INPUT_NOTE);
    expect(html).toContain('Trần Văn Bình (từ 01/06/2026)');
    expect(html).toContain('<td>3/4</td>');
    expect(html).toContain('Tích cực. Lý do: Chuẩn bị chuyên đề quý III tốt. Nhiệt tình');
    expect(html).toContain('(dự thảo)');
    expect(renderHtml(yearReviewMembersDocument({ ...data, final: true }))).not.toContain('(dự thảo)');
  });
  it('the cell’s document gives the quarters, the tasks and the self-assessment, blanks where unwritten', () => {
    const doc = yearReviewCellDocument(data);
    const html = renderHtml(doc);
    expect(html).toContain('chi bộ tổ chức 1 buổi sinh hoạt chuyên đề và 6 buổi sinh hoạt thường kỳ');
    expect(html).toContain('Quý I');
    expect(html).toContain('đã hoàn thành 3; chưa hoàn thành 2, trong đó quá hạn 1');
    expect(html).toContain('Đều đặn');
    expect(html).toContain('…………');
    expect(doc.signature).toEqual({ authority: 'T/M CHI BỘ', title: 'BÍ THƯ', name: 'Nguyễn Thị Lan' });
  });
});
