import { describe, expect, it } from 'vitest';
import { checkFirstNumber, lastIssued, nextNumber } from './first-number.ts';

describe('first number of a series (issue 17, item 7)', () => {
  it('knows what was issued: nothing when only a first number was set', () => {
    expect(lastIssued(null)).toBeNull();
    expect(lastIssued({ lastNumber: 11, firstNumber: 12 })).toBeNull();
    expect(lastIssued({ lastNumber: 12, firstNumber: 12 })).toBe(12);
    expect(lastIssued({ lastNumber: 3, firstNumber: null })).toBe(3);
    expect(nextNumber({ lastNumber: 11, firstNumber: 12 })).toBe(12);
    expect(nextNumber(null)).toBe(1);
  });

  it('refuses a first number at or below one already issued, and a series the unit does not number', () => {
    expect(checkFirstNumber('cell', 'KH', 5, { lastNumber: 5, firstNumber: null })).toBe(
      'FIRST_NUMBER_BELOW_ISSUED',
    );
    expect(checkFirstNumber('cell', 'KH', 6, { lastNumber: 5, firstNumber: null })).toBeNull();
    // Lowering a first number set before anything was issued is allowed.
    expect(checkFirstNumber('cell', 'BC', 3, { lastNumber: 9, firstNumber: 10 })).toBeNull();
    expect(checkFirstNumber('committee', 'KH', 3, null)).toBe('FIRST_NUMBER_SERIES_UNKNOWN');
    expect(checkFirstNumber('committee', 'BC', 3, null)).toBeNull();
  });
});
