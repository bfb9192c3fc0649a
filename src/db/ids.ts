import { randomBytes } from 'node:crypto';

/** UUIDv7: time-ordered, made in the app, so rows sort by creation and ids never collide across engines. */
export function newId(): string {
  const bytes = randomBytes(16);
  const ms = BigInt(Date.now());
  for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function nowIso(): string {
  return new Date().toISOString();
}

/**
 * The instant of a change to a row last changed at `previous`: now, or a millisecond after `previous` when
 * the clock has not moved on, so every change gives the row a new `updated_at` (lost-update checks rely on it).
 */
export function nowIsoAfter(previous: string): string {
  const now = nowIso();
  if (now > previous) return now;
  const after = Date.parse(previous) + 1;
  return Number.isNaN(after) ? now : new Date(after).toISOString();
}
