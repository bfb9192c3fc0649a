// The benchmark's arithmetic and its one table (issue 20, "The benchmark"): percentiles of latency samples,
// a row per figure beside its floor and its target, whether the target is met, and the table as text.
// Pure functions: bench/table.test.ts checks them.

/** The value at fraction p (0–1) of the sorted samples, nearest rank (p50 of 1..100 is 50, p95 is 95). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  if (!(p >= 0 && p <= 1)) throw new Error(`percentile fraction out of range: ${p}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1] as number;
}

export interface Latency {
  p50: number;
  p95: number;
  requests: number;
}

export function latencyOf(samples: readonly number[]): Latency {
  return { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), requests: samples.length };
}

/** A target: the figure's compared number must be at most (`max`) or at least (`min`) the limit. */
export interface Target {
  kind: 'max' | 'min';
  limit: number;
  /** As the issue says it, e.g. "p95 ≤ 50 ms". */
  text: string;
}

export interface Row {
  figure: string;
  /** As printed, e.g. "321.0 / 430.2 ms". */
  value: string;
  floor: string;
  target?: Target;
  /** The number compared with the target (e.g. the p95); undefined when the figure could not be measured. */
  compared?: number;
  /** Machine-readable figures of the row (ms, bytes, …) for results.json. */
  data?: Record<string, unknown>;
}

export type Verdict = 'yes' | 'no' | '—';

export function met(row: Pick<Row, 'target' | 'compared'>): Verdict {
  if (!row.target || row.compared === undefined || !Number.isFinite(row.compared)) return '—';
  return (row.target.kind === 'max' ? row.compared <= row.target.limit : row.compared >= row.target.limit)
    ? 'yes'
    : 'no';
}

export const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
export const pair = (l: Latency) => `${ms(l.p50)} / ${ms(l.p95)} ms`;
export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const MiB = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

const HEADERS = ['Figure', 'Value', 'Floor (same run)', 'Target', 'Met?'] as const;

function cells(row: Row): string[] {
  return [row.figure, row.value, row.floor, row.target?.text ?? '—', met(row)];
}

/** The table as a Markdown table (what the console prints and PERFORMANCE.md keeps). */
export function formatTable(rows: readonly Row[]): string {
  const all = [[...HEADERS], ...rows.map(cells)];
  const widths = HEADERS.map((_, i) => Math.max(...all.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) =>
    `| ${r.map((c, i) => c + ' '.repeat((widths[i] ?? 0) - [...c].length)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(all[0] ?? []), rule, ...all.slice(1).map(line)].join('\n');
}
