import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_TOKENS, type DiffSegment, diffText } from './text-diff.ts';

const oldSide = (segments: DiffSegment[]) =>
  segments
    .filter((s) => s.kind !== 'added')
    .map((s) => s.text)
    .join('');
const newSide = (segments: DiffSegment[]) =>
  segments
    .filter((s) => s.kind !== 'removed')
    .map((s) => s.text)
    .join('');
const changes = (segments: DiffSegment[]) => segments.filter((s) => s.kind !== 'same');

function expectRebuilds(oldText: string, newText: string, segments: DiffSegment[]) {
  expect(oldSide(segments)).toBe(oldText.normalize('NFC'));
  expect(newSide(segments)).toBe(newText.normalize('NFC'));
}

describe('diffText', () => {
  it('shows a reworded phrase as one removal then one addition (Vietnamese)', () => {
    const before = 'Chi bộ chọn chuyên đề về thực hành dân chủ trong sinh hoạt.';
    const after = 'Chi bộ chọn chuyên đề về tự phê bình và phê bình trong sinh hoạt.';
    expect(diffText(before, after)).toEqual([
      { kind: 'same', text: 'Chi bộ chọn chuyên đề về ' },
      { kind: 'removed', text: 'thực hành dân chủ ' },
      { kind: 'added', text: 'tự phê bình và phê bình ' },
      { kind: 'same', text: 'trong sinh hoạt.' },
    ]);
  });

  it('shows an added word', () => {
    expect(diffText('đảng viên gương mẫu', 'đảng viên luôn gương mẫu')).toEqual([
      { kind: 'same', text: 'đảng viên ' },
      { kind: 'added', text: 'luôn ' },
      { kind: 'same', text: 'gương mẫu' },
    ]);
  });

  it('shows a removed word', () => {
    expect(diffText('chi ủy theo dõi, đôn đốc hằng tháng', 'chi ủy đôn đốc hằng tháng')).toEqual([
      { kind: 'same', text: 'chi ủy ' },
      { kind: 'removed', text: 'theo dõi, ' },
      { kind: 'same', text: 'đôn đốc hằng tháng' },
    ]);
  });

  it('tells words apart by their tone marks: "bình" is not "binh"', () => {
    expect(changes(diffText('phê bình', 'phê binh'))).toEqual([
      { kind: 'removed', text: 'bình' },
      { kind: 'added', text: 'binh' },
    ]);
  });

  it('treats the same text typed precomposed and decomposed as unchanged', () => {
    const text = 'Tăng cường xây dựng, chỉnh đốn Đảng';
    expect(diffText(text, text.normalize('NFD'))).toEqual([{ kind: 'same', text }]);
  });

  it('finds a real edit inside decomposed text, and answers in NFC', () => {
    const before = 'Đánh giá ưu điểm, khuyết điểm'.normalize('NFD');
    const after = 'Đánh giá ưu điểm, hạn chế';
    const segments = diffText(before, after);
    expect(segments).toEqual([
      { kind: 'same', text: 'Đánh giá ưu điểm, ' },
      { kind: 'removed', text: 'khuyết điểm' },
      { kind: 'added', text: 'hạn chế' },
    ]);
    expectRebuilds(before, after, segments);
  });

  it('keeps whitespace with the words, so each side is rebuilt exactly', () => {
    const before = '  I. Mục đích\nNâng cao nhận thức\n\nII. Nội dung';
    const after = '  I. Mục đích, yêu cầu\nNâng cao nhận thức và hành động\n\nII. Nội dung ';
    expectRebuilds(before, after, diffText(before, after));
  });

  it('shows a change of line breaks as a change of the word they follow', () => {
    expect(diffText('chi bộ họp', 'chi bộ\nhọp')).toEqual([
      { kind: 'same', text: 'chi ' },
      { kind: 'removed', text: 'bộ ' },
      { kind: 'added', text: 'bộ\n' },
      { kind: 'same', text: 'họp' },
    ]);
  });

  it('handles empty texts', () => {
    expect(diffText('', '')).toEqual([]);
    expect(diffText('', 'Dự thảo lần 1')).toEqual([{ kind: 'added', text: 'Dự thảo lần 1' }]);
    expect(diffText('Dự thảo lần 1', '')).toEqual([{ kind: 'removed', text: 'Dự thảo lần 1' }]);
  });

  it('returns one same segment for identical texts', () => {
    expect(diffText('Chuyên đề 1', 'Chuyên đề 1')).toEqual([{ kind: 'same', text: 'Chuyên đề 1' }]);
  });

  it('never leaves two neighbours of a kind, nor an empty segment', () => {
    const before = 'a b c d e f g h i j';
    const after = 'a x c y e z g h w j';
    const segments = diffText(before, after);
    const allowed = ['same→removed', 'same→added', 'removed→added', 'removed→same', 'added→same'];
    for (let k = 0; k < segments.length; k++) {
      expect(segments[k]?.text).not.toBe('');
      if (k > 0) expect(allowed).toContain(`${segments[k - 1]?.kind}→${segments[k]?.kind}`);
    }
    expectRebuilds(before, after, segments);
  });

  it('keeps the longest common part (an LCS, not a greedy match)', () => {
    // Two words moved to the front: the longest common subsequence still keeps two ("a b" or "c d").
    const segments = diffText('a b c d ', 'c d a b ');
    const kept = segments.filter((s) => s.kind === 'same').map((s) => s.text);
    expect(kept.join('').split(' ').filter(Boolean)).toHaveLength(2);
    expectRebuilds('a b c d ', 'c d a b ', segments);
  });

  it('rebuilds both sides for many random edits', () => {
    const vocabulary = [
      'chi',
      'bộ',
      'đảng',
      'viên',
      'chuyên',
      'đề',
      'nghị',
      'quyết',
      '\n',
      'và',
      'dân',
      'chủ',
    ];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = () => vocabulary[Math.floor(random() * vocabulary.length)] ?? 'chi';
    for (let round = 0; round < 50; round++) {
      const before = Array.from({ length: 5 + Math.floor(random() * 40) }, pick).join(' ');
      const after = before
        .split(' ')
        .flatMap((word) => {
          const r = random();
          return r < 0.1 ? [] : r < 0.2 ? [pick()] : r < 0.3 ? [word, pick()] : [word];
        })
        .join(' ');
      for (const maxTokens of [DEFAULT_MAX_TOKENS, 3]) {
        expectRebuilds(before, after, diffText(before, after, { maxTokens }));
      }
    }
  });

  it('rejects a bound below one token', () => {
    expect(() => diffText('a', 'b', { maxTokens: 0 })).toThrow(RangeError);
  });
});

describe('diffText on long texts', () => {
  const paragraph = (i: number) =>
    `Đoạn ${i}: đảng viên nghiên cứu dự thảo, góp ý vào nội dung đánh giá thực trạng và giải pháp của chi bộ.\n`;

  it('falls back to paragraphs above the bound, still showing words inside a small changed paragraph', () => {
    const before = [paragraph(1), paragraph(2), paragraph(3)].join('');
    const after = [
      paragraph(1).replace('nghiên cứu', 'đọc kỹ'),
      paragraph(2),
      paragraph(3).replace('đảng viên', 'mỗi đảng viên'),
    ].join('');
    // 20 words a paragraph: the middle by words (about 40 × 40) is over 25², each changed paragraph under it.
    const segments = diffText(before, after, { maxTokens: 25 });
    expect(changes(segments)).toEqual([
      { kind: 'removed', text: 'nghiên cứu ' },
      { kind: 'added', text: 'đọc kỹ ' },
      { kind: 'added', text: 'mỗi ' },
    ]);
    expectRebuilds(before, after, segments);
  });

  it('shows whole paragraphs when a changed paragraph is itself over the bound', () => {
    const rewritten =
      'Đoạn 1 viết lại: chi ủy họp, thống nhất nội dung trước khi gửi dự thảo cho các đồng chí.\n';
    const before = [paragraph(1), paragraph(2), paragraph(3)].join('');
    const after = [rewritten, paragraph(2), paragraph(3)].join('');
    const segments = diffText(before, after, { maxTokens: 5 });
    expect(changes(segments)).toEqual([
      { kind: 'removed', text: paragraph(1) },
      { kind: 'added', text: rewritten },
    ]);
    expectRebuilds(before, after, segments);
  });

  it('matches paragraphs by LCS: a moved paragraph is one removal and one addition', () => {
    const ps = [1, 2, 3, 4, 5, 6].map(paragraph);
    const before = ps.join('');
    const after = [ps[0], ps[2], ps[3], ps[4], ps[1], ps[5]].join('');
    const segments = diffText(before, after, { maxTokens: 5 });
    expect(changes(segments)).toEqual([
      { kind: 'removed', text: ps[1] },
      { kind: 'added', text: ps[1] },
    ]);
    expectRebuilds(before, after, segments);
  });

  it('replaces the changed middle wholesale when even the paragraphs are over the bound', () => {
    const before = [1, 2, 3, 4, 5].map(paragraph).join('');
    const after = [1, 12, 13, 14, 5].map(paragraph).join('');
    const segments = diffText(before, after, { maxTokens: 2 });
    expect(segments).toEqual([
      { kind: 'same', text: paragraph(1) },
      { kind: 'removed', text: [2, 3, 4].map(paragraph).join('') },
      { kind: 'added', text: [12, 13, 14].map(paragraph).join('') },
      { kind: 'same', text: paragraph(5) },
    ]);
  });

  it('compares two versions of a long draft by words where they differ', () => {
    const before = Array.from({ length: 600 }, (_, i) => paragraph(i)).join('');
    const after = before
      .replace('Đoạn 10: đảng viên', 'Đoạn 10: toàn thể đảng viên')
      .replace('Đoạn 300: đảng viên nghiên cứu', 'Đoạn 300: đảng viên đọc kỹ')
      .replace(paragraph(450), '')
      .replace('Đoạn 599:', 'Đoạn cuối:');
    // Its speed is measured by the benchmark (the topic page), not timed here.
    const segments = diffText(before, after);
    expect(changes(segments)).toEqual([
      { kind: 'added', text: 'toàn thể ' },
      { kind: 'removed', text: 'nghiên cứu ' },
      { kind: 'added', text: 'đọc kỹ ' },
      { kind: 'removed', text: paragraph(450) },
      { kind: 'removed', text: '599: ' },
      { kind: 'added', text: 'cuối: ' },
    ]);
    expectRebuilds(before, after, segments);
  });
});
