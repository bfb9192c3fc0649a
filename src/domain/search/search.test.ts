import { describe, expect, it } from 'vitest';
import type { Actor } from '../authz/policy.ts';
import { foldForIndex, highlight, readRoots, searchTerms, snippet } from './search.ts';

const marked = (segments: { text: string; mark: boolean }[]) =>
  segments.filter((s) => s.mark).map((s) => s.text);
const joined = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

describe('search folding', () => {
  it('folds tones, case and đ, and keeps only words', () => {
    expect(foldForIndex('Chỉnh đốn Đảng')).toBe('chinh don dang');
    expect(foldForIndex('Quy định 294-QĐ/TW, ngày 26/5/2025!')).toBe('quy dinh 294 qd tw ngay 26 5 2025');
    // Text typed with combining marks (decomposed) folds the same as precomposed text.
    expect(foldForIndex('Phòng cháy'.normalize('NFD'))).toBe('phong chay');
  });

  it('turns a query into at most eight distinct folded words', () => {
    expect(searchTerms('  Chỉnh   ĐỐN, đảng! chinh ')).toEqual(['chinh', 'don', 'dang']);
    expect(searchTerms('?!,')).toEqual([]);
    expect(searchTerms('a b c d e f g h i j')).toHaveLength(8);
  });
});

describe('highlighted snippets', () => {
  it('marks whole words that start with a term, in the original spelling', () => {
    const segments = highlight('Học tập và chỉnh đốn Đảng; sửa đổi lề lối', ['chinh', 'don', 'dang']);
    expect(marked(segments)).toEqual(['chỉnh', 'đốn', 'Đảng']);
    expect(joined(segments)).toBe('Học tập và chỉnh đốn Đảng; sửa đổi lề lối');
    // "ong" is inside "phòng" but starts no word.
    expect(marked(highlight('Phòng cháy', ['ong']))).toEqual([]);
    // A prefix marks the whole word it starts.
    expect(marked(highlight('Đồng chí Nguyễn Văn A', ['nguy']))).toEqual(['Nguyễn']);
  });

  it('cuts a passage around where most terms meet, with ellipses where it is cut', () => {
    const filler = 'Lorem ipsum dolor sit amet. '.repeat(30);
    const text = `${filler}Chỉnh đốn ở đầu. ${filler}Cần chỉnh đốn Đảng thật nghiêm túc. ${filler}`;
    const segments = snippet(text, ['chinh', 'don', 'dang'], 120);
    expect(marked(segments)).toEqual(['chỉnh', 'đốn', 'Đảng']);
    expect(segments[0]).toEqual({ text: '… ', mark: false });
    expect(segments.at(-1)).toEqual({ text: ' …', mark: false });
    expect(joined(segments).length).toBeLessThan(200);
    expect(snippet('Không có gì.', ['chinh'])).toEqual([]);
    // A short text is whole: no ellipsis.
    expect(joined(snippet('Chỉnh đốn Đảng.', ['dang']))).toBe('Chỉnh đốn Đảng.');
  });
});

describe('what a person reads', () => {
  it('takes the units of the grants whose role the read rule allows', () => {
    const actor: Actor = {
      userId: 'u',
      personId: 'p',
      isAdmin: false,
      grants: [
        { unitId: 'cell', role: 'member' },
        { unitId: 'cell', role: 'secretary' },
        { unitId: 'office', role: 'staff' },
      ],
    };
    expect(readRoots(actor, 'topic.read')).toEqual(['cell']);
    // Staff read no roster (issue 19), and a rule that admits staff takes their unit too.
    expect(readRoots(actor, 'members.read')).toEqual(['cell']);
    expect(readRoots(actor, 'org.read').sort()).toEqual(['cell', 'office']);
  });
});
