import { describe, expect, it } from 'vitest';
import { monthsWithoutRegular } from './monthly.ts';

// Seed 000: "Việc tổ chức sinh hoạt chuyên đề không thay thế sinh hoạt chi bộ thường xuyên".
describe('monthsWithoutRegular', () => {
  it('flags a month with a thematic meeting and no regular one', () => {
    expect(
      monthsWithoutRegular([
        { heldOn: '2026-03-10', kind: 'thematic', status: 'ended' },
        { heldOn: '2026-04-10', kind: 'thematic', status: 'ended' },
        { heldOn: '2026-04-25', kind: 'regular', status: 'ended' },
        { heldOn: '2026-05-10', kind: 'combined', status: 'ended' },
      ]),
    ).toEqual(['2026-03']);
  });

  it('does not count a cancelled regular meeting, nor flag a cancelled thematic one', () => {
    expect(
      monthsWithoutRegular([
        { heldOn: '2026-06-10', kind: 'thematic', status: 'scheduled' },
        { heldOn: '2026-06-20', kind: 'regular', status: 'cancelled' },
        { heldOn: '2026-07-10', kind: 'thematic', status: 'cancelled' },
      ]),
    ).toEqual(['2026-06']);
  });

  it('flags nothing in a book of regular meetings only, or an empty one', () => {
    expect(monthsWithoutRegular([{ heldOn: '2026-08-10', kind: 'regular', status: 'ended' }])).toEqual([]);
    expect(monthsWithoutRegular([])).toEqual([]);
  });
});
