/**
 * Rows a console creates while the network is down carry an id the device made (a UUID), so that sending
 * them again when the network returns never records a speech or an assignment twice (*practice*: the
 * meeting room's weak signal, issue 18 — "nothing is duplicated or lost").
 *
 * - no row has the id: create it with that id;
 * - a row of this meeting has it with the same content: the earlier send arrived, answer it as done;
 * - a row of another meeting has it, or this meeting's row says something else: refuse (409), write nothing.
 */
export type ClientIdOutcome = 'create' | 'replay' | 'conflict';

export function clientIdOutcome(
  existing: { meetingId: string; content: unknown } | undefined,
  meetingId: string,
  content: unknown,
): ClientIdOutcome {
  if (!existing) return 'create';
  if (existing.meetingId !== meetingId) return 'conflict';
  return sameContent(existing.content, content) ? 'replay' : 'conflict';
}

/** Plain values compared field by field; `undefined` and `null` both mean "none". */
function sameContent(a: unknown, b: unknown): boolean {
  if (a === undefined || a === null || b === undefined || b === null) return (a ?? null) === (b ?? null);
  if (typeof a !== 'object' || typeof b !== 'object') return a === b;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!sameContent(left[key], right[key])) return false;
  return true;
}
