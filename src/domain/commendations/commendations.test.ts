import { describe, expect, it } from 'vitest';
import { decisionDateIssue, formIssue, formText, mayCommend } from './commendations.ts';

// A ward → hospital committee → cell; a sibling committee beside the hospital's.
const WARD = 'ward';
const HOSPITAL = 'hospital';
const CELL = 'cell';

describe('mayCommend (seed 000: the committee commends "những nhân tố tích cực" under it)', () => {
  it('accepts a unit, person or topic of the committee’s subtree at any depth', () => {
    expect(mayCommend(HOSPITAL, [CELL, HOSPITAL, WARD])).toBe(true);
    expect(mayCommend(WARD, [CELL, HOSPITAL, WARD])).toBe(true);
    expect(mayCommend(WARD, [HOSPITAL, WARD])).toBe(true);
  });

  it('refuses the committee itself, a committee above it and a sibling’s subtree', () => {
    expect(mayCommend(HOSPITAL, [HOSPITAL, WARD])).toBe(false);
    expect(mayCommend(HOSPITAL, [WARD])).toBe(false);
    expect(mayCommend('sibling', [CELL, HOSPITAL, WARD])).toBe(false);
  });
});

describe('the form and the decision', () => {
  it('"khác" needs its words, a listed form none', () => {
    expect(formIssue('other', '  ')).toBe('FORM_OTHER_REQUIRED');
    expect(formIssue('other', null)).toBe('FORM_OTHER_REQUIRED');
    expect(formIssue('other', 'Kỷ niệm chương')).toBeNull();
    expect(formIssue('certificate', null)).toBeNull();
    expect(formText('other', 'Kỷ niệm chương')).toBe('Kỷ niệm chương');
    expect(formText('certificate', null)).toBe('Giấy khen');
  });

  it('a decision is dated in or after the year it rewards', () => {
    expect(decisionDateIssue(2026, '2026-12-20')).toBeNull();
    expect(decisionDateIssue(2026, '2027-01-10')).toBeNull();
    expect(decisionDateIssue(2026, '2025-12-31')).toBe('DECISION_BEFORE_YEAR');
  });
});
