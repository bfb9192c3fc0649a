import { describe, expect, it } from 'vitest';
import { mergeOverdueSpans } from './committee-rollups.ts';

describe('mergeOverdueSpans (one cell’s overdue days, each counted once)', () => {
  it('keeps spans apart when a day lies between them', () => {
    expect(
      mergeOverdueSpans([
        ['2026-06-30', '2026-07-15'],
        ['2026-03-31', '2026-04-10'],
      ]),
    ).toEqual([
      ['2026-03-31', '2026-04-10'],
      ['2026-06-30', '2026-07-15'],
    ]);
  });

  it('joins spans that overlap, touch, or hold one another', () => {
    // (03-31, 04-10] and (04-10, 04-30] touch: 04-11 follows 04-10 with no gap.
    expect(
      mergeOverdueSpans([
        ['2026-04-10', '2026-04-30'],
        ['2026-03-31', '2026-04-10'],
      ]),
    ).toEqual([['2026-03-31', '2026-04-30']]);
    expect(
      mergeOverdueSpans([
        ['2026-03-31', '9999-12-31'],
        ['2026-06-30', '2026-07-15'],
        ['2026-04-05', '2026-05-01'],
      ]),
    ).toEqual([['2026-03-31', '9999-12-31']]);
    expect(
      mergeOverdueSpans([
        ['2026-03-31', '2026-05-01'],
        ['2026-04-15', '2026-06-01'],
      ]),
    ).toEqual([['2026-03-31', '2026-06-01']]);
  });

  it('leaves a span one day short of the next apart (the day between is not overdue)', () => {
    // (03-31, 04-09] ends on 04-09; (04-10, …] starts on 04-11: 04-10 is overdue in neither.
    expect(
      mergeOverdueSpans([
        ['2026-03-31', '2026-04-09'],
        ['2026-04-10', '2026-04-30'],
      ]),
    ).toEqual([
      ['2026-03-31', '2026-04-09'],
      ['2026-04-10', '2026-04-30'],
    ]);
  });

  it('drops spans with no day in them, and counts the same span once', () => {
    expect(mergeOverdueSpans([['2026-05-01', '2026-05-01']])).toEqual([]);
    expect(mergeOverdueSpans([['2026-05-02', '2026-05-01']])).toEqual([]);
    expect(
      mergeOverdueSpans([
        ['2026-03-31', '9999-12-31'],
        ['2026-03-31', '9999-12-31'],
      ]),
    ).toEqual([['2026-03-31', '9999-12-31']]);
    expect(mergeOverdueSpans([])).toEqual([]);
  });

  it('does not change the spans it was given', () => {
    const spans: [string, string][] = [
      ['2026-04-10', '2026-04-30'],
      ['2026-03-31', '2026-04-10'],
    ];
    mergeOverdueSpans(spans);
    expect(spans).toEqual([
      ['2026-04-10', '2026-04-30'],
      ['2026-03-31', '2026-04-10'],
    ]);
  });
});
