/**
 * Runs independent reads together and names their results: `readAll({ cell: getUnit(…), agenda: … })`
 * resolves to `{ cell, agenda }`. One round trip's worth of waiting instead of one a read, with the
 * names beside the reads rather than in a positional list.
 */
export async function readAll<T extends Record<string, unknown>>(
  reads: T,
): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const keys = Object.keys(reads);
  const values = await Promise.all(keys.map((key) => reads[key]));
  return Object.fromEntries(keys.map((key, i) => [key, values[i]])) as { [K in keyof T]: Awaited<T[K]> };
}
