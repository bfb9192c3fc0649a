import { describe, expect, it } from 'vitest';
import { issuedDocumentJson, parseIssuedDocument } from './issued-document.ts';
import { resolutionText } from './resolution-text.ts';
import { topicDocument } from './topic-document.ts';

const text = (blocks: { kind: string; text?: string }[]) => blocks.map((b) => b.text ?? '');

// The demo's draft (seed 002's parts): "4. Câu hỏi gợi ý thảo luận" is for the meeting, never the resolution.
const DRAFT = [
  '<h2>1. Tình hình</h2><p>Công tác tạo nguồn còn chậm.</p>',
  '<h2>3. Giải pháp</h2><ul><li><p>Mỗi đảng viên giúp đỡ một quần chúng.</p></li></ul>',
  '<h2>4. Câu hỏi gợi ý thảo luận</h2><p>Vì sao giáo viên trẻ chưa phấn đấu?</p><h3>Gợi ý thêm</h3><p>Chi bộ cần làm gì?</p>',
  '<p><strong>5. Tổ chức thực hiện</strong></p><p>Chi ủy đôn đốc.</p>',
].join('');

describe('resolutionText', () => {
  it('drops the discussion questions and parts the body from the organisation of implementation', () => {
    const parts = resolutionText(DRAFT);
    expect(text(parts.body)).toEqual([
      '1. Tình hình',
      'Công tác tạo nguồn còn chậm.',
      '3. Giải pháp',
      '- Mỗi đảng viên giúp đỡ một quần chúng.',
    ]);
    expect(text(parts.implementation)).toEqual(['5. Tổ chức thực hiện', 'Chi ủy đôn đốc.']);
  });

  it('drops a discussion-questions paragraph set in bold as a heading', () => {
    const parts = resolutionText(
      '<p>Mở đầu.</p><p><b>Câu hỏi thảo luận</b></p><p>Hỏi?</p><h2>Kết</h2><p>Hết.</p>',
    );
    expect(text(parts.body)).toEqual(['Mở đầu.', 'Kết', 'Hết.']);
  });
});

describe('the issued resolution', () => {
  const base = {
    title: 'Phát triển đảng viên mới',
    year: 2026,
    quarter: 4,
    round: 'final' as const,
    html: DRAFT,
    date: '2026-12-20',
    cell: { name: 'Chi bộ Trường Mầm non Mỹ Hòa', place: 'Mỹ Hòa' },
    parent: { name: 'Đảng ủy phường Mỹ Hòa', place: null },
    preparers: ['Lê Thị Hoa'],
  };
  const vote = (n: number) => ({ heldOn: '2026-12-10', for: n, base: 8 });

  it('numbers the adopted decisions under "CHI BỘ QUYẾT NGHỊ:", between the body and the implementation', () => {
    const doc = topicDocument({
      ...base,
      resolution: {
        number: 2,
        secretaryName: 'Trần Ngọc Thảo',
        vote: vote(8),
        decisions: [
          {
            text: 'Giới thiệu hai quần chúng ưu tú.',
            ownerName: 'Lê Thị Hoa',
            dueOn: '2027-05-31',
            vote: vote(8),
          },
          { text: 'Phối hợp với Chi đoàn', ownerName: null, dueOn: null, vote: vote(8) },
        ],
      },
    });
    expect(text(doc.body)).toEqual([
      'Căn cứ Điều lệ Đảng Cộng sản Việt Nam;',
      'Căn cứ kết quả biểu quyết của chi bộ tại buổi sinh hoạt ngày 10 tháng 12 năm 2026 (8/8 đảng viên tán thành);',
      '1. Tình hình',
      'Công tác tạo nguồn còn chậm.',
      '3. Giải pháp',
      '- Mỗi đảng viên giúp đỡ một quần chúng.',
      'CHI BỘ QUYẾT NGHỊ:',
      '1. Giới thiệu hai quần chúng ưu tú. Người thực hiện: đồng chí Lê Thị Hoa; thời hạn: 31/05/2027.',
      '2. Phối hợp với Chi đoàn. Người thực hiện: toàn thể chi bộ.',
      '5. Tổ chức thực hiện',
      'Chi ủy đôn đốc.',
    ]);
    // The document model is unchanged: it is stored and read back as version 1.
    const stored = issuedDocumentJson(doc);
    expect(JSON.parse(stored).version).toBe(1);
    expect(parseIssuedDocument(stored)).toEqual(doc);
  });

  it('gives each decision its own tally when the votes differ', () => {
    const doc = topicDocument({
      ...base,
      resolution: {
        number: 2,
        secretaryName: null,
        vote: vote(8),
        decisions: [
          { text: 'Việc một', ownerName: null, dueOn: null, vote: vote(8) },
          { text: 'Việc hai', ownerName: null, dueOn: null, vote: vote(5) },
        ],
      },
    });
    const lines = text(doc.body);
    expect(lines[1]).toBe(
      'Căn cứ kết quả biểu quyết của chi bộ tại buổi sinh hoạt ngày 10 tháng 12 năm 2026;',
    );
    expect(lines).toContain('2. Việc hai. Người thực hiện: toàn thể chi bộ; 5/8 đảng viên tán thành.');
  });
});
