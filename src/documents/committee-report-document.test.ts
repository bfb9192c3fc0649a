import { describe, expect, it } from 'vitest';
import { type CommitteeReportData, committeeReportDocument } from './committee-report-document.ts';
import type { Block } from './party-document.ts';

const figures = (cells: number, held: number, missed: number, quarter = 3) => ({
  cells,
  quarters: [{ quarter, held, missed }],
  attendanceRate: 0.9,
  tasks: { open: 2, overdue: 1 },
  reports: { issued: held, late: missed },
});

const base: CommitteeReportData = {
  committee: { name: 'Đảng ủy phường Mỹ Hòa', place: 'Mỹ Hòa' },
  parent: { name: 'Đảng ủy Thành phố' },
  today: '2026-09-28',
  year: 2026,
  quarter: 3,
  endedQuarters: [1, 2, 3],
  cells: [
    {
      name: 'Chi bộ Khu phố 3',
      meetings: [{ quarter: 3, heldOn: '2026-09-10', topicTitle: 'Phát huy dân chủ ở cơ sở' }],
      missedQuarters: [],
      attendanceRate: 0.85,
      tasks: { open: 2, overdue: 1 },
      report: { number: 4, issuedOn: '2026-10-12', late: true },
    },
    {
      name: 'Chi bộ Trường Mầm non',
      meetings: [],
      missedQuarters: [3],
      attendanceRate: null,
      tasks: { open: 0, overdue: 0 },
      report: { number: null, issuedOn: null, late: false },
    },
  ],
  committees: [
    {
      name: 'Đảng ủy Bệnh viện',
      ...figures(3, 2, 1),
      upwardReport: { number: 7, issuedOn: '2026-09-25' },
    },
  ],
  totals: { ...figures(5, 3, 2), attendanceRate: 0.875, tasks: { open: 4, overdue: 2 } },
  assessment: 'Các chi bộ cơ bản tổ chức đúng kế hoạch.\n\nMột số chi bộ còn chậm báo cáo.',
  recommendations: null,
};

const texts = (blocks: Block[]) => blocks.flatMap((b) => ('text' in b ? [b.text] : []));
const tables = (blocks: Block[]) => blocks.filter((b) => b.kind === 'table');

describe('committeeReportDocument', () => {
  it('is the committee’s report: its letterhead, the BC/ĐU number line, signed for the committee', () => {
    const doc = committeeReportDocument(base);
    expect(doc.type).toBe('Báo cáo');
    expect(doc.summary).toBe('Kết quả sinh hoạt chuyên đề quý III năm 2026');
    expect(doc.header).toMatchObject({
      issuingBody: 'Đảng ủy phường Mỹ Hòa',
      parentBody: 'Đảng ủy Thành phố',
      number: 'Số       -BC/ĐU',
    });
    expect(doc.signature).toEqual({ authority: 'T/M ĐẢNG ỦY', title: 'BÍ THƯ', name: null });
    expect(doc.recipients[0]).toBe('- Đảng ủy Thành phố (để báo cáo);');
  });

  it('states the totals over the whole subtree', () => {
    const t = texts(committeeReportDocument(base).body);
    expect(t).toContain('Đảng bộ có 5 chi bộ (2 chi bộ trực thuộc, 3 chi bộ thuộc 1 đảng ủy trực thuộc).');
    expect(t).toContain('Quý III: 3/5 (60%) chi bộ đã tổ chức sinh hoạt chuyên đề; 2 chi bộ không tổ chức.');
    expect(t).toContain('Tỷ lệ đảng viên dự sinh hoạt chuyên đề bình quân: 88%.');
    expect(t).toContain(
      'Nhiệm vụ được giao tại các buổi sinh hoạt: 4 nhiệm vụ đang thực hiện, trong đó 2 nhiệm vụ quá hạn.',
    );
    expect(t).toContain(
      'Báo cáo quý III năm 2026 của các chi bộ: 3/5 chi bộ đã gửi; 2 báo cáo chậm hoặc chưa gửi khi đã quá hạn.',
    );
  });

  it('has a row per direct cell and a row per child committee, with its report received upward', () => {
    const [cells, committees] = tables(committeeReportDocument(base).body);
    expect(cells?.kind === 'table' && cells.rows.map((r) => r.cells)).toEqual([
      [
        '1',
        'Chi bộ Khu phố 3',
        '10/09/2026 – Phát huy dân chủ ở cơ sở',
        '85%',
        '2 (quá hạn 1)',
        '04-BC/CB, 12/10/2026 (chậm)',
      ],
      ['2', 'Chi bộ Trường Mầm non', 'Không tổ chức sinh hoạt chuyên đề', '—', '0 (quá hạn 0)', 'Chưa gửi'],
    ]);
    expect(committees?.kind === 'table' && committees.rows.map((r) => r.cells)).toEqual([
      ['1', 'Đảng ủy Bệnh viện', '3', '2', '1', '90%', '2 (quá hạn 1)', '2 (chậm 1)', '07-BC/ĐU, 25/09/2026'],
    ]);
  });

  it('numbers its sections by what it holds, the officer’s text a paragraph a line, a blank part an ellipsis', () => {
    const doc = committeeReportDocument({ ...base, committees: [] });
    const headings = doc.body.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    expect(headings).toEqual([
      'I. TÌNH HÌNH CHUNG',
      'II. KẾT QUẢ Ở CÁC CHI BỘ TRỰC THUỘC',
      'III. ĐÁNH GIÁ',
      'IV. KIẾN NGHỊ, ĐỀ XUẤT',
    ]);
    const t = texts(doc.body);
    const assessment = t.indexOf('III. ĐÁNH GIÁ');
    expect(t.slice(assessment + 1)).toEqual([
      'Các chi bộ cơ bản tổ chức đúng kế hoạch.',
      'Một số chi bộ còn chậm báo cáo.',
      'IV. KIẾN NGHỊ, ĐỀ XUẤT',
      '…',
    ]);
  });

  it('over a year: each quarter held or missed, an unfinished quarter not counted missed', () => {
    const doc = committeeReportDocument({
      ...base,
      quarter: null,
      endedQuarters: [1, 2, 3],
      cells: [
        {
          ...(base.cells[0] as CommitteeReportData['cells'][number]),
          meetings: [
            { quarter: 1, heldOn: '2026-03-20', topicTitle: 'A' },
            { quarter: 3, heldOn: '2026-09-10', topicTitle: null },
          ],
          missedQuarters: [2],
        },
      ],
      committees: [],
      totals: {
        cells: 1,
        quarters: [
          { quarter: 1, held: 1, missed: 0 },
          { quarter: 2, held: 0, missed: 1 },
          { quarter: 3, held: 1, missed: 0 },
          { quarter: 4, held: 0, missed: 0 },
        ],
        attendanceRate: 0.85,
        tasks: { open: 2, overdue: 1 },
        reports: { issued: 0, late: 0 },
      },
    });
    expect(doc.summary).toBe('Kết quả sinh hoạt chuyên đề năm 2026');
    const [cells] = tables(doc.body);
    expect(cells?.kind === 'table' && cells.rows[0]?.cells[2]).toBe(
      'Quý I: 20/03/2026 – A; Quý III: 10/09/2026 – Sinh hoạt chuyên đề; Không tổ chức: quý II',
    );
    const t = texts(doc.body);
    expect(t).toContain('Quý II: 0/1 (0%) chi bộ đã tổ chức sinh hoạt chuyên đề; 1 chi bộ không tổ chức.');
    expect(t).toContain('Quý IV: 0/1 (0%) chi bộ đã tổ chức sinh hoạt chuyên đề; quý chưa kết thúc.');
    expect(t).toContain('Đảng bộ có 1 chi bộ trực thuộc.');
  });

  it('says why a cell has neither a meeting nor a miss: created after the period began, or the quarter runs', () => {
    const young = { ...(base.cells[1] as CommitteeReportData['cells'][number]), missedQuarters: [] };
    const row = (d: CommitteeReportData) => {
      const [cells] = tables(committeeReportDocument(d).body);
      return cells?.kind === 'table' ? cells.rows[0]?.cells[2] : undefined;
    };
    expect(row({ ...base, cells: [young] })).toBe('Chưa tính (chi bộ thành lập sau đầu kỳ)');
    expect(row({ ...base, quarter: 4, endedQuarters: [1, 2, 3], cells: [young] })).toBe(
      'Chưa tổ chức (quý chưa kết thúc)',
    );
  });

  it('the annual report lists the year’s commendations (seed 000: "biểu dương, khen thưởng"); a quarter’s has no such section', () => {
    const commendation = {
      subject: 'Chi bộ Trường Mầm non',
      kindText: 'Khen thưởng',
      formText: 'Giấy khen',
      reason: 'Sinh hoạt chuyên đề đủ bốn quý',
      decisionNumber: '125-QĐ/ĐU',
      decisionDate: '2026-12-20',
      committeeName: 'Đảng ủy phường Mỹ Hòa',
    };
    const annual = committeeReportDocument({ ...base, quarter: null, commendations: [commendation] });
    expect(texts(annual.body)).toContain('IV. BIỂU DƯƠNG, KHEN THƯỞNG');
    expect(texts(annual.body)).toContain('V. ĐÁNH GIÁ');
    const table = tables(annual.body).at(-1);
    expect(table?.header).toEqual(['TT', 'Đối tượng', 'Hình thức', 'Lý do', 'Quyết định']);
    expect(table?.rows[0]?.cells).toEqual([
      '1',
      'Chi bộ Trường Mầm non',
      'Khen thưởng: Giấy khen',
      'Sinh hoạt chuyên đề đủ bốn quý',
      'Số 125-QĐ/ĐU, ngày 20/12/2026 (Đảng ủy phường Mỹ Hòa)',
    ]);
    const none = committeeReportDocument({ ...base, quarter: null, commendations: [] });
    expect(texts(none.body)).toContain('Năm 2026 chưa có biểu dương, khen thưởng nào được ghi nhận.');
    const quarter = committeeReportDocument({ ...base, commendations: [commendation] });
    expect(texts(quarter.body).some((t) => t.includes('BIỂU DƯƠNG'))).toBe(false);
  });
});
