import { describe, expect, it } from 'vitest';
import { resolutionHeadingOf, resolutionParts, type TextBlock } from './resolution-text.ts';

const h = (text: string, level = 3): TextBlock => ({ heading: { level, text } });
const p: TextBlock = { heading: null };

describe('resolutionHeadingOf', () => {
  // Seed 002's draft of a topic for discussion (and the demo's): "4. Câu hỏi gợi ý thảo luận".
  it('knows the discussion questions, however numbered, cased or written', () => {
    for (const text of [
      '4. Câu hỏi gợi ý thảo luận',
      'CÂU HỎI THẢO LUẬN',
      'IV. Một số câu hỏi để đảng viên thảo luận',
      'Gợi ý thảo luận',
      '4. Discussion questions',
    ])
      expect(resolutionHeadingOf(text), text).toBe('discussion_questions');
  });

  // Seed 003: "+ Tổ chức thực hiện, phân công nhiệm vụ đối với cán bộ đảng viên".
  it('knows the organisation of implementation only by its first words', () => {
    expect(resolutionHeadingOf('5. Tổ chức thực hiện (ai làm, làm gì, đến khi nào)')).toBe('implementation');
    expect(resolutionHeadingOf('V. TỔ CHỨC THỰC HIỆN')).toBe('implementation');
    expect(resolutionHeadingOf('5. Organisation of implementation')).toBe('implementation');
    // "+ Những giải pháp, cách tiến hành tổ chức thực hiện" is the solutions part.
    expect(resolutionHeadingOf('3. Những giải pháp, cách tiến hành tổ chức thực hiện')).toBeUndefined();
    expect(resolutionHeadingOf('1. Tình hình')).toBeUndefined();
  });
});

describe('resolutionParts', () => {
  it('keeps the body before the implementation, and the implementation after it', () => {
    expect(
      resolutionParts([h('1. Tình hình'), p, h('2. Nhiệm vụ, giải pháp'), p, h('5. Tổ chức thực hiện'), p]),
    ).toEqual(['body', 'body', 'body', 'body', 'implementation', 'implementation']);
  });

  it('drops a discussion-questions section up to the next heading of its rank, sub-headings included', () => {
    expect(
      resolutionParts([
        h('3. Giải pháp'),
        p,
        h('4. Câu hỏi gợi ý thảo luận'),
        p,
        h('a) Về nhận thức', 4),
        p,
        h('5. Dự kiến kết luận và phân công'),
        p,
      ]),
    ).toEqual(['body', 'body', 'dropped', 'dropped', 'dropped', 'dropped', 'body', 'body']);
  });

  it('drops a discussion-questions section after the implementation too, and one that ends the text', () => {
    expect(resolutionParts([h('Tổ chức thực hiện', 2), p, h('Câu hỏi thảo luận', 2), p, p])).toEqual([
      'implementation',
      'implementation',
      'dropped',
      'dropped',
      'dropped',
    ]);
  });

  it('ends the questions at the organisation of implementation, whatever its rank', () => {
    expect(resolutionParts([h('Câu hỏi thảo luận', 2), p, h('5. Tổ chức thực hiện', 5), p])).toEqual([
      'dropped',
      'dropped',
      'implementation',
      'implementation',
    ]);
  });

  it('leaves a text without headings whole', () => {
    expect(resolutionParts([p, p])).toEqual(['body', 'body']);
  });
});
