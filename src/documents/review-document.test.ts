import { describe, expect, it } from 'vitest';
import { type ReviewDocumentData, reviewDocument } from './review-document.ts';

const base: ReviewDocumentData = {
  kind: 'interim',
  number: 3,
  date: '2026-09-30',
  cell: { name: 'Chi bộ Trường Mầm non Mỹ Hòa', place: 'Mỹ Hòa' },
  parent: { name: 'Đảng ủy phường Mỹ Hòa' },
  secretaryName: 'Nguyễn Thị Lan',
  resolution: { title: 'Bảo đảm an toàn cho trẻ', number: 1, issuedOn: '2026-03-20' },
  texts: {
    results: 'Đã rà soát toàn bộ thiết bị.\n\nTổ chức tập huấn sơ cứu.',
    shortcomings: null,
    lessons: null,
    nextSteps: 'Hoàn thành lắp camera.',
  },
  tasks: [
    {
      title: 'Rà soát thiết bị',
      owner: 'Trần Văn Bình',
      dueOn: '2026-04-30',
      state: 'done',
      overdue: false,
      doneLate: true,
      lastReportedOn: '2026-05-05',
      lastNote: null,
    },
    {
      title: 'Lắp camera',
      owner: null,
      dueOn: '2026-08-31',
      state: 'in_progress',
      overdue: true,
      doneLate: false,
      lastReportedOn: '2026-08-20',
      lastNote: 'Chờ kinh phí',
    },
  ],
  counts: { total: 2, done: 1, inProgress: 1, notDone: 0, open: 0, overdue: 1 },
};

describe('reviewDocument', () => {
  it('is the cell’s numbered report on carrying out its resolution', () => {
    const doc = reviewDocument(base);
    expect(doc.type).toBe('Báo cáo');
    expect(doc.header.number).toBe('Số 03-BC/CB');
    expect(doc.summary).toBe('Sơ kết việc thực hiện Nghị quyết số 01-NQ/CB, ngày 20/03/2026');
    expect(doc.body[0]).toMatchObject({
      text: 'Thực hiện Nghị quyết số 01-NQ/CB, ngày 20/03/2026 của Chi bộ Trường Mầm non Mỹ Hòa về “Bảo đảm an toàn cho trẻ”, chi bộ báo cáo sơ kết việc thực hiện từ ngày 20/03/2026 đến ngày 30/09/2026 như sau:',
    });
    expect(doc.signature).toEqual({ authority: 'T/M CHI BỘ', title: 'BÍ THƯ', name: 'Nguyễn Thị Lan' });
    expect(doc.recipients[0]).toBe('- Đảng ủy phường Mỹ Hòa (để báo cáo);');
  });

  it('numbers only the parts written, one paragraph a line', () => {
    const headings = reviewDocument(base)
      .body.filter((b) => b.kind === 'heading')
      .map((b) => b.kind === 'heading' && b.text);
    expect(headings).toEqual(['I. KẾT QUẢ THỰC HIỆN', 'II. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI']);
    const paragraphs = reviewDocument(base)
      .body.filter((b) => b.kind === 'paragraph')
      .map((b) => b.kind === 'paragraph' && b.text);
    expect(paragraphs).toContain('Đã rà soát toàn bộ thiết bị.');
    expect(paragraphs).toContain('Tổ chức tập huấn sơ cứu.');
    expect(paragraphs).not.toContain('');
  });

  it('tables each task with who carries it out and its result', () => {
    const table = reviewDocument(base).body.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((r) => r.cells)).toEqual([
      ['1', 'Rà soát thiết bị', 'Trần Văn Bình', '30/04/2026', 'Hoàn thành ngày 05/05/2026 (trễ hạn)'],
      ['2', 'Lắp camera', 'Chi bộ', '31/08/2026', 'Đang thực hiện; quá hạn; Chờ kinh phí'],
    ]);
    expect(reviewDocument(base).body).toContainEqual(
      expect.objectContaining({
        text: 'Nghị quyết đề ra 2 nhiệm vụ: hoàn thành 1; đang thực hiện 1; chưa hoàn thành 0; chưa báo cáo 0; quá hạn 1.',
      }),
    );
  });

  it('names a final review and its four parts; a draft leaves the number blank', () => {
    const doc = reviewDocument({
      ...base,
      kind: 'final',
      number: null,
      texts: { results: 'A', shortcomings: 'B', lessons: 'C', nextSteps: 'D' },
    });
    expect(doc.summary.startsWith('Tổng kết việc thực hiện')).toBe(true);
    expect(doc.header.number).toBe('Số       -BC/CB');
    expect(doc.fileName).toBe('Báo cáo tổng kết - Bảo đảm an toàn cho trẻ');
    expect(doc.body.filter((b) => b.kind === 'heading').map((b) => b.kind === 'heading' && b.text)).toEqual([
      'I. KẾT QUẢ THỰC HIỆN',
      'II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN',
      'III. BÀI HỌC KINH NGHIỆM',
      'IV. PHƯƠNG HƯỚNG, ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
  });
});
