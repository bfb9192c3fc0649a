import { describe, expect, it } from 'vitest';
import { formatTable, latencyOf, met, percentile } from './table.ts';

describe('percentile', () => {
  const oneToHundred = Array.from({ length: 100 }, (_, i) => 100 - i);

  it('takes the nearest rank of the sorted samples', () => {
    expect(percentile(oneToHundred, 0.5)).toBe(50);
    expect(percentile(oneToHundred, 0.95)).toBe(95);
    expect(percentile(oneToHundred, 1)).toBe(100);
    expect(percentile(oneToHundred, 0)).toBe(1);
  });

  it('on few samples a high percentile is the slowest', () => {
    expect(percentile([3, 1, 2], 0.95)).toBe(3);
    expect(percentile([7], 0.5)).toBe(7);
  });

  it('does not reorder the caller’s samples', () => {
    const samples = [3, 1, 2];
    percentile(samples, 0.5);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('refuses no samples and fractions outside 0–1', () => {
    expect(() => percentile([], 0.5)).toThrow('no samples');
    expect(() => percentile([1], 95)).toThrow('out of range');
  });

  it('latencyOf gives p50, p95 and the count', () => {
    expect(latencyOf(oneToHundred)).toEqual({ p50: 50, p95: 95, requests: 100 });
  });
});

describe('met', () => {
  const max = { kind: 'max', limit: 50, text: 'p95 ≤ 50 ms' } as const;
  const min = { kind: 'min', limit: 0.5, text: '≥ 50 %' } as const;

  it('a ceiling is met at or under its limit', () => {
    expect(met({ target: max, compared: 50 })).toBe('yes');
    expect(met({ target: max, compared: 50.1 })).toBe('no');
  });

  it('a floor is met at or over its limit', () => {
    expect(met({ target: min, compared: 0.5 })).toBe('yes');
    expect(met({ target: min, compared: 0.49 })).toBe('no');
  });

  it('says nothing without a target or a measured number', () => {
    expect(met({ compared: 3 })).toBe('—');
    expect(met({ target: max })).toBe('—');
    expect(met({ target: max, compared: Number.NaN })).toBe('—');
  });
});

describe('formatTable', () => {
  it('prints one aligned Markdown row per figure with its verdict', () => {
    const text = formatTable([
      {
        figure: 'Overview p50 / p95',
        value: '10.0 / 60.0 ms',
        floor: '1.0 / 2.0 ms',
        target: { kind: 'max', limit: 50, text: 'p95 ≤ 50 ms' },
        compared: 60,
      },
      { figure: 'RSS idle', value: '100 MiB', floor: '50 MiB' },
    ]);
    const lines = text.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^\| Figure +\| Value +\| Floor \(same run\) \| Target +\| Met\? \|$/);
    expect(lines[1]).toMatch(/^\|-+\|-+\|-+\|-+\|-+\|$/);
    expect(lines[2]).toContain('| p95 ≤ 50 ms | no   |');
    expect(lines[3]).toContain('| —           | —    |');
    expect(new Set(lines.map((l) => [...l].length)).size).toBe(1);
  });
});
