import { describe, expect, it } from 'vitest';
import { foldText } from './fold.ts';

describe('foldText', () => {
  it('strips tones, folds đ/Đ and lower-cases', () => {
    expect(foldText('Chỉnh Đốn Đảng')).toBe('chinh don dang');
  });

  it('folds a full Vietnamese name', () => {
    expect(foldText('Nguyễn Thị Hồng Đào')).toBe('nguyen thi hong dao');
  });

  it('folds the letters with a hook, a horn and a breve', () => {
    expect(foldText('Ưu Ơn Ăn Âm Êm Ôm Ỷ')).toBe('uu on an am em om y');
  });

  it('gives the same result for precomposed and decomposed input', () => {
    const precomposed = 'Tuyên giáo'.normalize('NFC');
    const decomposed = 'Tuyên giáo'.normalize('NFD');
    expect(decomposed).not.toBe(precomposed);
    expect(foldText(decomposed)).toBe(foldText(precomposed));
  });

  it('collapses runs of white space and trims the ends', () => {
    expect(foldText('  Nguyễn\t Văn\n\nAn  ')).toBe('nguyen van an');
  });

  it('leaves plain ASCII lower-cased and otherwise unchanged', () => {
    expect(foldText('Chi Bo 3')).toBe('chi bo 3');
  });

  it('folds an empty string to an empty string', () => {
    expect(foldText('')).toBe('');
  });
});
