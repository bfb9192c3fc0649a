import { type Action, type Actor, POLICY } from '../authz/policy.ts';

/**
 * One search box over what a person may see (issue 18): topics, drafts, resolutions, minutes, issued reports,
 * the committee's library of model topics and people. *Practice*: secretaries look up years of records by a
 * few words typed without tones ("chinh don dang" finds "chỉnh đốn Đảng").
 */
export const SEARCH_KINDS = [
  'topic',
  'draft',
  'resolution',
  'minutes',
  'report',
  'library',
  'person',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * The policy's read action of each kind, applied to the entry's unit: what the record's own screen authorises.
 * The library is apart: a committee's model topics serve the cells under it (`libraryVisible`).
 */
export const READ_ACTION: Record<Exclude<SearchKind, 'library'>, Action> = {
  topic: 'plan.read',
  draft: 'topic.read',
  resolution: 'topic.read',
  minutes: 'meeting.read',
  report: 'meeting.read',
  person: 'members.read',
};

/** Folds one character as foldText does: tones off, đ → d, lower case. */
function foldChar(c: string): string {
  if (c === 'đ' || c === 'Đ') return 'd';
  return c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// Letters, digits and the combining marks of text typed decomposed (a tone typed after its vowel).
const WORD = /[\p{L}\p{N}\p{M}]/u;

/**
 * The text as the index keeps it: folded (foldText's rule) and cut into words separated by one space, so that
 * SQLite's FTS5 and PostgreSQL's `simple` parser see the same words ("294-QĐ/TW" → "294 qd tw").
 */
export function foldForIndex(text: string): string {
  let out = '';
  for (const c of text) out += WORD.test(c) ? foldChar(c) : ' ';
  return out.replace(/\s+/g, ' ').trim();
}

/** The words of a query, folded, each searched as the start of a word; at most 8, duplicates dropped. */
export function searchTerms(q: string): string[] {
  return [...new Set(foldForIndex(q).split(' ').filter(Boolean))].slice(0, 8).map((t) => t.slice(0, 40));
}

export interface Segment {
  text: string;
  mark: boolean;
}

/** Folded text with, for each folded character, the index of the original character it came from. */
function foldWithMap(text: string): { folded: string; from: number[] } {
  let folded = '';
  const from: number[] = [];
  const chars = [...text];
  let offset = 0;
  for (const c of chars) {
    const f = foldChar(c);
    for (const x of f) {
      folded += x;
      from.push(offset);
    }
    offset += c.length;
  }
  return { folded, from };
}

/** Where the words of the text start with a term, as [start, end) ranges of the original text (whole words). */
function matches(text: string, terms: readonly string[]): { start: number; end: number; term: string }[] {
  const { folded, from } = foldWithMap(text);
  const out: { start: number; end: number; term: string }[] = [];
  for (let i = 0; i < folded.length; i++) {
    if (i > 0 && WORD.test(folded[i - 1] ?? '')) continue;
    const term = terms.find((t) => folded.startsWith(t, i));
    if (!term) continue;
    let j = i;
    while (j < folded.length && WORD.test(folded[j] ?? '')) j++;
    const start = from[i] ?? 0;
    const last = from[j - 1] ?? start;
    // The end of the word in the original: past the last character and its combining marks.
    let end = last + 1;
    while (end < text.length && /\p{M}/u.test(text[end] ?? '')) end++;
    out.push({ start, end, term });
    i = j;
  }
  return out;
}

/** Cuts the text into plain and marked segments: every word that starts with a term is marked. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of matches(text, terms)) {
    if (m.start > at) out.push({ text: text.slice(at, m.start), mark: false });
    out.push({ text: text.slice(m.start, m.end), mark: true });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/**
 * A passage of about `width` characters around the place where most of the terms meet, marked; an ellipsis
 * where it is cut. Empty when the text holds none of the terms (the hit was in the title).
 */
export function snippet(text: string, terms: readonly string[], width = 200): Segment[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const found = matches(flat, terms);
  if (found.length === 0) return [];
  // The passage starts a little before the match from which the most distinct terms follow closely (then the
  // most matches); what is counted always fits in what is shown.
  const reach = Math.floor(width * 0.7);
  let best = found[0] ?? { start: 0 };
  let bestScore = -1;
  for (const m of found) {
    const near = found.filter((o) => o.start >= m.start && o.end <= m.start + reach);
    const score = new Set(near.map((o) => o.term)).size * 1000 + near.length;
    if (score > bestScore) {
      best = m;
      bestScore = score;
    }
  }
  let start = Math.max(0, best.start - Math.floor(width * 0.15));
  while (start > 0 && WORD.test(flat[start - 1] ?? '')) start--;
  let end = Math.min(flat.length, start + width);
  while (end < flat.length && WORD.test(flat[end] ?? '')) end++;
  const segments = highlight(flat.slice(start, end), terms);
  if (start > 0) segments.unshift({ text: '… ', mark: false });
  if (end < flat.length) segments.push({ text: ' …', mark: false });
  return segments;
}

/**
 * The units whose subtree the actor reads with this action: the units of their grants that the action's
 * rule allows with scope `self_or_above` (every read rule of the policy is of that scope).
 */
export function readRoots(actor: Actor, action: Action): string[] {
  const rules = POLICY[action].filter((r) => r.scope === 'self_or_above');
  return [
    ...new Set(actor.grants.filter((g) => rules.some((r) => r.roles.includes(g.role))).map((g) => g.unitId)),
  ];
}
