import { describe, expect, it } from 'vitest';
import { createAnchor, DEFAULT_CONTEXT_LENGTH, relocateAnchor, type TextAnchor } from './anchors.ts';

// A draft in the shape seed 002 asks for: why this topic, the cell's situation, solutions.
const DRAFT_1 = [
  'I. Vì sao chọn chuyên đề này',
  'Chi bộ chọn chuyên đề về thực hành dân chủ vì trong năm qua đảng viên còn ngại nói, ngại va chạm.',
  'II. Đánh giá thực trạng của chi bộ',
  'Ưu điểm: đảng viên chấp hành tốt nội quy cơ quan. Khuyết điểm: tinh thần tự phê bình và phê bình chưa cao.',
  'III. Giải pháp',
  'Mỗi đảng viên đăng ký nội dung chuyên đề để báo cáo trước chi bộ; chi ủy theo dõi, đôn đốc hằng tháng.',
].join('\n');

function anchorOn(text: string, quote: string, occurrence = 0): TextAnchor {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`"${quote}" not in the text`);
  return createAnchor(text, at, at + quote.length);
}

function quoted(text: string, anchor: TextAnchor): string | null {
  const range = relocateAnchor(anchor, text);
  return range ? text.slice(range.start, range.end) : null;
}

describe('createAnchor', () => {
  it('keeps the quote and up to 32 characters of context on each side', () => {
    expect(DEFAULT_CONTEXT_LENGTH).toBe(32);
    const anchor = anchorOn(DRAFT_1, 'ngại nói, ngại va chạm');
    expect(anchor.quote).toBe('ngại nói, ngại va chạm');
    expect(anchor.prefix).toBe('dân chủ vì trong năm qua đảng viên còn '.slice(-32));
    expect(anchor.suffix).toBe('.\nII. Đánh giá thực trạng của chi bộ'.slice(0, 32));
  });

  it('takes shorter context at the edges of the text', () => {
    const anchor = createAnchor(DRAFT_1, 0, 2);
    expect(anchor).toMatchObject({ quote: 'I.', prefix: '' });
    const end = createAnchor(DRAFT_1, DRAFT_1.length - 9, DRAFT_1.length);
    expect(end).toMatchObject({ quote: 'hằng tháng.'.slice(-9), suffix: '' });
  });

  it('takes the context length asked for', () => {
    const anchor = createAnchor('một hai ba bốn năm', 8, 10, 4);
    expect(anchor).toEqual({ quote: 'ba', prefix: 'hai ', suffix: ' bốn' });
    expect(createAnchor('một hai ba bốn năm', 8, 10, 0)).toEqual({ quote: 'ba', prefix: '', suffix: '' });
  });

  it('stores the anchor in NFC even when the text is decomposed', () => {
    const nfd = DRAFT_1.normalize('NFD');
    const at = nfd.indexOf('ngại nói'.normalize('NFD'));
    const anchor = createAnchor(nfd, at, at + 'ngại nói'.normalize('NFD').length);
    expect(anchor.quote).toBe('ngại nói');
    expect(anchor.quote).toBe(anchor.quote.normalize('NFC'));
    expect(anchor.prefix).toBe(anchor.prefix.normalize('NFC'));
    expect(anchor.suffix).toBe(anchor.suffix.normalize('NFC'));
  });

  it('never cuts a letter from its tone marks', () => {
    const nfd = 'Việt Nam'.normalize('NFD'); // V i e ̣ ̂ t …
    // A selection ending between "e" and its marks is widened to the whole letter.
    expect(createAnchor(nfd, 0, 3).quote).toBe('Việ');
    // A selection starting on a mark is widened back to its letter.
    expect(createAnchor(nfd, 3, 6).quote).toBe('ệt');
    // Context never starts on a mark either.
    expect(createAnchor(nfd, 6, 10, 3).prefix).toBe('ệt');
  });

  it('never splits a surrogate pair', () => {
    const text = 'Chào 🇻🇳 cờ đỏ';
    const at = text.indexOf('🇻🇳');
    expect(createAnchor(text, at + 1, at + 3).quote).toBe('🇻🇳');
  });

  for (const [start, end] of [
    [-1, 3],
    [3, 3],
    [5, 2],
    [0, DRAFT_1.length + 1],
    [0.5, 3],
  ]) {
    it(`throws a RangeError for the selection ${start}–${end}`, () => {
      expect(() => createAnchor(DRAFT_1, start as number, end as number)).toThrow(RangeError);
    });
  }

  it('throws a RangeError for a negative context length', () => {
    expect(() => createAnchor(DRAFT_1, 0, 3, -1)).toThrow(RangeError);
  });
});

describe('relocateAnchor', () => {
  it('finds the passage in the same text at the same place', () => {
    const at = DRAFT_1.indexOf('tinh thần tự phê bình');
    const anchor = createAnchor(DRAFT_1, at, at + 'tinh thần tự phê bình'.length);
    expect(relocateAnchor(anchor, DRAFT_1)).toEqual({ start: at, end: at + 'tinh thần tự phê bình'.length });
  });

  it('follows the passage when text is added before it (a new paragraph in draft 2)', () => {
    const anchor = anchorOn(DRAFT_1, 'chưa cao');
    const draft2 = DRAFT_1.replace(
      'II. Đánh giá',
      'Chuyên đề bám sát Chỉ thị 05-CT/TW của Bộ Chính trị.\nII. Đánh giá',
    );
    const range = relocateAnchor(anchor, draft2);
    expect(range).toEqual({ start: draft2.indexOf('chưa cao'), end: draft2.indexOf('chưa cao') + 8 });
  });

  it('follows the passage when the words right around it change', () => {
    const anchor = anchorOn(DRAFT_1, 'chấp hành tốt nội quy cơ quan');
    const draft2 = DRAFT_1.replace(
      'Ưu điểm: đảng viên chấp hành tốt nội quy cơ quan. Khuyết điểm',
      'Ưu điểm nổi bật: hầu hết đảng viên chấp hành tốt nội quy cơ quan, đúng giờ. Hạn chế',
    );
    expect(quoted(draft2, anchor)).toBe('chấp hành tốt nội quy cơ quan');
  });

  it('finds a passage found only once even when everything around it was rewritten', () => {
    const anchor = anchorOn(DRAFT_1, 'tinh thần tự phê bình');
    const draft2 = 'Hạn chế lớn nhất là tinh thần tự phê bình của một số đồng chí.';
    expect(relocateAnchor(anchor, draft2)).toEqual({ start: 20, end: 41 });
  });

  it('returns null when the passage was deleted', () => {
    const anchor = anchorOn(DRAFT_1, 'ngại nói, ngại va chạm');
    const draft2 = DRAFT_1.replace(' vì trong năm qua đảng viên còn ngại nói, ngại va chạm', '');
    expect(relocateAnchor(anchor, draft2)).toBeNull();
  });

  it('returns null when the passage itself was reworded', () => {
    const anchor = anchorOn(DRAFT_1, 'chi ủy theo dõi, đôn đốc hằng tháng');
    const draft2 = DRAFT_1.replace('chi ủy theo dõi, đôn đốc hằng tháng', 'chi ủy kiểm tra hằng quý');
    expect(relocateAnchor(anchor, draft2)).toBeNull();
  });

  it('returns null for an empty text and for a whitespace-only quote', () => {
    expect(relocateAnchor(anchorOn(DRAFT_1, 'chi bộ'), '')).toBeNull();
    expect(relocateAnchor({ quote: ' \n', prefix: 'a', suffix: 'b' }, 'a \nb')).toBeNull();
    expect(relocateAnchor({ quote: '', prefix: '', suffix: '' }, DRAFT_1)).toBeNull();
  });

  describe('Unicode normalisation', () => {
    const passage = 'tinh thần tự phê bình và phê bình chưa cao';

    it('finds an NFC anchor in a decomposed (NFD) text, with offsets into that text', () => {
      const anchor = anchorOn(DRAFT_1, passage);
      const nfd = DRAFT_1.normalize('NFD');
      expect(nfd).not.toBe(DRAFT_1);
      const range = relocateAnchor(anchor, nfd);
      expect(range).not.toBeNull();
      if (!range) return;
      expect(range.start).toBe(nfd.indexOf(passage.normalize('NFD')));
      expect(nfd.slice(range.start, range.end)).toBe(passage.normalize('NFD'));
    });

    it('finds a decomposed anchor in an NFC text', () => {
      const anchor = anchorOn(DRAFT_1, passage);
      const nfdAnchor = {
        quote: anchor.quote.normalize('NFD'),
        prefix: anchor.prefix.normalize('NFD'),
        suffix: anchor.suffix.normalize('NFD'),
      };
      expect(quoted(DRAFT_1, nfdAnchor)).toBe(passage);
    });

    it('finds the passage in a text that mixes both forms', () => {
      const anchor = anchorOn(DRAFT_1, passage);
      const mixed = DRAFT_1.replace('phê bình và', 'phê bình và'.normalize('NFD'));
      const range = relocateAnchor(anchor, mixed);
      expect(range && mixed.slice(range.start, range.end).normalize('NFC')).toBe(passage);
    });

    it('keeps đ and tone marks distinct: "đảng" is not "dang" and "bình" is not "binh"', () => {
      expect(relocateAnchor({ quote: 'dang vien', prefix: '', suffix: '' }, DRAFT_1)).toBeNull();
      expect(relocateAnchor({ quote: 'phe binh', prefix: '', suffix: '' }, DRAFT_1)).toBeNull();
    });
  });

  describe('repeated passages', () => {
    const text = [
      'Đảng viên phải gương mẫu trong công tác chuyên môn.',
      'Chi ủy nhắc nhở: đảng viên phải gương mẫu ở nơi cư trú.',
      'Cuối năm, đảng viên phải gương mẫu khi bình xét thi đua.',
    ].join('\n');

    it('tells the copies apart by their prefix and suffix', () => {
      const second = anchorOn(text, 'phải gương mẫu', 1);
      const third = anchorOn(text, 'phải gương mẫu', 2);
      const at2 = text.indexOf('phải gương mẫu ở nơi');
      const at3 = text.indexOf('phải gương mẫu khi');
      expect(relocateAnchor(second, text)).toEqual({ start: at2, end: at2 + 14 });
      expect(relocateAnchor(third, text)).toEqual({ start: at3, end: at3 + 14 });
    });

    it('still picks the right copy after an edit next to it, by the context that remains', () => {
      const second = anchorOn(text, 'phải gương mẫu', 1);
      const edited = text.replace('Chi ủy nhắc nhở: đảng viên', 'Chi ủy đề nghị mỗi đảng viên');
      const at = edited.indexOf('phải gương mẫu ở nơi');
      expect(relocateAnchor(second, edited)).toEqual({ start: at, end: at + 14 });
    });

    it('still picks the right copy when the copies before it are gone', () => {
      const third = anchorOn(text, 'phải gương mẫu', 2);
      const edited = text.split('\n').slice(1).join('\n');
      const at = edited.indexOf('phải gương mẫu khi');
      expect(relocateAnchor(third, edited)).toEqual({ start: at, end: at + 14 });
    });

    it('returns null rather than guess between copies nothing tells apart', () => {
      const anchor: TextAnchor = { quote: 'chi bộ', prefix: 'XYZ ', suffix: ' QRS' };
      expect(relocateAnchor(anchor, 'chi bộ A; chi bộ B')).toBeNull();
    });

    it('returns null when two copies keep the same full context', () => {
      const twice = `${text}\n${text}`;
      expect(relocateAnchor(anchorOn(text, 'khi bình xét'), twice)).toBeNull();
    });

    it('finds a copy that agrees better on one side only', () => {
      const anchor: TextAnchor = { quote: 'chi bộ', prefix: 'họp ', suffix: ' tháng' };
      const hay = 'báo cáo chi bộ quý; họp chi bộ năm';
      const at = hay.lastIndexOf('chi bộ');
      expect(relocateAnchor(anchor, hay)).toEqual({ start: at, end: at + 6 });
    });
  });

  describe('whitespace', () => {
    it('finds a passage whose line breaks and spaces changed', () => {
      const anchor = anchorOn(DRAFT_1, 'đăng ký nội dung chuyên đề để báo cáo trước chi bộ');
      const reflowed = DRAFT_1.replace('nội dung chuyên đề để', 'nội  dung\nchuyên đề\t để');
      const range = relocateAnchor(anchor, reflowed);
      expect(range && reflowed.slice(range.start, range.end)).toBe(
        'đăng ký nội  dung\nchuyên đề\t để báo cáo trước chi bộ',
      );
    });

    it('finds a passage with outer whitespace that now ends the text', () => {
      const anchor: TextAnchor = { quote: 'hằng tháng. ', prefix: 'đôn đốc ', suffix: 'Tiếp theo' };
      const text = 'chi ủy theo dõi, đôn đốc hằng tháng.';
      expect(quoted(text, anchor)).toBe('hằng tháng.');
    });

    it('handles decomposed text and changed whitespace together', () => {
      const anchor = anchorOn(DRAFT_1, 'tinh thần tự phê bình và phê bình');
      const both = DRAFT_1.replace('tự phê bình và', 'tự phê bình\n\nvà').normalize('NFD');
      const range = relocateAnchor(anchor, both);
      expect(range && both.slice(range.start, range.end).normalize('NFC')).toBe(
        'tinh thần tự phê bình\n\nvà phê bình',
      );
    });

    it('does not let whitespace stand for a missing word', () => {
      const anchor = anchorOn(DRAFT_1, 'nội quy cơ quan');
      expect(relocateAnchor(anchor, DRAFT_1.replace('nội quy cơ quan', 'nội quy  quan'))).toBeNull();
    });
  });

  it('relocates every selection of a text back to itself', () => {
    for (let start = 0; start < DRAFT_1.length - 1; start += 7) {
      for (const length of [1, 5, 23]) {
        const end = Math.min(DRAFT_1.length, start + length);
        if (DRAFT_1.slice(start, end).trim() === '') continue; // nothing to comment on
        const anchor = createAnchor(DRAFT_1, start, end);
        const range = relocateAnchor(anchor, DRAFT_1);
        expect(range, `selection ${start}–${end}`).toEqual({ start, end });
      }
    }
  });

  it('stays fast on a long draft with a common quote', () => {
    const long = Array.from({ length: 400 }, (_, i) => `Đoạn ${i}: ${DRAFT_1}`).join('\n');
    // "Vì sao" opens every one of the 400 copies; only the paragraph number tells them apart.
    const anchor = anchorOn(long, 'Vì sao', 350);
    const nfd = long.normalize('NFD');
    const began = performance.now();
    const range = relocateAnchor(anchor, nfd);
    expect(performance.now() - began).toBeLessThan(1000);
    const label = 'Đoạn 350: I. '.normalize('NFD');
    const at = nfd.indexOf(label) + label.length;
    expect(range).toEqual({ start: at, end: at + 'Vì sao'.normalize('NFD').length });
  });
});
