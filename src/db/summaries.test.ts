import { describe, expect, it } from 'vitest';
import { stepsOverdue } from './summaries.ts';

describe('stepsOverdue (a summary row’s steps_due read as of a day)', () => {
  const due = '2026-03-31/9999-12-31/3;2026-06-30/2026-07-15/2;2026-09-30/9999-12-31/4';

  it('counts the steps whose due day is past and that nothing has closed yet', () => {
    expect(stepsOverdue(due, '2026-03-31')).toBe(0);
    expect(stepsOverdue(due, '2026-04-01')).toBe(3);
    expect(stepsOverdue(due, '2026-07-01')).toBe(5);
    // The comment window's due day closes its steps by itself.
    expect(stepsOverdue(due, '2026-07-16')).toBe(3);
    expect(stepsOverdue(due, '2026-10-01')).toBe(7);
  });

  it('is zero for a cell with no steps left', () => {
    expect(stepsOverdue('', '2026-12-31')).toBe(0);
  });
});
