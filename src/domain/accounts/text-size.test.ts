import { describe, expect, it } from 'vitest';
import { DEFAULT_TEXT_SIZE, parseTextSize, TEXT_SIZES, textScale } from './text-size.ts';

describe('text size', () => {
  it('grows with each step and starts at the normal size', () => {
    expect(textScale('normal')).toBe(1);
    const scales = TEXT_SIZES.map(textScale);
    for (let i = 1; i < scales.length; i++) expect(scales[i]).toBeGreaterThan(scales[i - 1] as number);
  });

  it('reads an unknown stored value as the default', () => {
    expect(parseTextSize('xlarge')).toBe('xlarge');
    expect(parseTextSize('huge')).toBe(DEFAULT_TEXT_SIZE);
    expect(parseTextSize(null)).toBe('normal');
  });
});
