/**
 * Comments anchored to a passage of a draft. A member may comment on the whole draft or on a passage;
 * the passage must stay attached to the comment across later versions wherever its text still exists, so
 * the preparer sees in draft 2 what each comment on draft 1 was about.
 *
 * An anchor is a W3C Web Annotation TextQuoteSelector — the quoted passage and a little text on each side
 * (https://www.w3.org/TR/annotation-model/#text-quote-selector) — on the draft's plain text. It holds no
 * offsets, because every edit before the passage would shift them.
 *
 * Text is compared in Unicode NFC. Vietnamese can arrive precomposed ("ệ", U+1EC7) or decomposed ("e" +
 * U+0323 + U+0302) depending on the keyboard (Unikey, macOS, phones) and on copy-paste, and both must
 * match; the ranges returned are still offsets into the text as the caller gave it.
 */
export interface TextAnchor {
  quote: string;
  prefix: string;
  suffix: string;
}

/** Offsets in UTF-16 code units, end exclusive, as `String.prototype.slice` takes them. */
export interface TextRange {
  start: number;
  end: number;
}

/** Enough to tell apart the same phrase in two places of a draft, short enough to survive nearby edits. */
export const DEFAULT_CONTEXT_LENGTH = 32;

/**
 * The anchor of a selection in `text`. The selection is widened, never narrowed, so that it does not cut a
 * letter from its tone marks (nor a surrogate pair); the parts are stored in NFC.
 */
export function createAnchor(
  text: string,
  start: number,
  end: number,
  contextLength: number = DEFAULT_CONTEXT_LENGTH,
): TextAnchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end)
    throw new RangeError(`selection ${start}–${end} is not inside a text of length ${text.length}`);
  if (!Number.isInteger(contextLength) || contextLength < 0)
    throw new RangeError(`context length ${contextLength} is not a whole number ≥ 0`);
  const s = clusterStart(text, start);
  const e = clusterEnd(text, end);
  const p = clusterStart(text, Math.max(0, s - contextLength));
  const x = clusterEnd(text, Math.min(text.length, e + contextLength));
  return {
    quote: normalise(text.slice(s, e)),
    prefix: normalise(text.slice(p, s)),
    suffix: normalise(text.slice(e, x)),
  };
}

/**
 * Where the anchored passage is in `newText`, or null when it no longer exists there (or cannot be told
 * apart from another copy of itself). Tried in order, on NFC text:
 * 1. prefix + quote + suffix found exactly once — the passage and its surroundings are unchanged;
 * 2. the quote alone — when it occurs once, or when one occurrence agrees with the prefix and suffix
 *    (measured in characters next to it) strictly better than every other, so an edit near one copy of a
 *    repeated phrase does not lose the comment;
 * 3. the same two searches with every run of whitespace as one space, and the quote's own leading and
 *    trailing whitespace moved into its context, so that re-flowed lines and paragraphs still match.
 * A tie is never guessed: attaching a comment to the wrong passage is worse than showing it detached.
 */
export function relocateAnchor(anchor: TextAnchor, newText: string): TextRange | null {
  const quote = normalise(anchor.quote);
  if (quote.trim() === '') return null;
  const prefix = normalise(anchor.prefix);
  const suffix = normalise(anchor.suffix);

  const view = nfcView(newText);
  const found = find(view.text, quote, prefix, suffix);
  if (found) return toOriginal(view, found);

  const spaced = collapseWhitespace(view);
  const lead = /^\s*/.exec(quote)?.[0] ?? '';
  const trail = /\s*$/.exec(quote)?.[0] ?? '';
  const core = quote.slice(lead.length, quote.length - trail.length);
  const again = find(spaced.text, collapse(core), collapse(prefix + lead), collapse(trail + suffix));
  return again ? toOriginal(spaced, again) : null;
}

function find(hay: string, quote: string, prefix: string, suffix: string): [number, number] | null {
  if (quote === '') return null;
  const exact = occurrences(hay, prefix + quote + suffix, 2);
  const [only] = exact;
  if (exact.length === 1 && only !== undefined)
    return [only + prefix.length, only + prefix.length + quote.length];

  const hits = occurrences(hay, quote);
  if (hits.length === 0) return null;
  let best = -1;
  let bestScore = -1;
  let tied = false;
  for (const at of hits) {
    const score = agreement(prefix, hay, at, -1) + agreement(suffix, hay, at + quote.length, 1);
    if (score > bestScore) {
      best = at;
      bestScore = score;
      tied = false;
    } else if (score === bestScore) {
      tied = true;
    }
  }
  // Several occurrences that agree equally with the context (none at all, say) are a tie, and a tie is
  // never guessed; a single occurrence needs no agreement.
  if (tied || best < 0) return null;
  return [best, best + quote.length];
}

/** Start offsets of `needle` in `hay`, overlapping ones included, at most `limit` of them. */
function occurrences(hay: string, needle: string, limit = Number.POSITIVE_INFINITY): number[] {
  const found: number[] = [];
  for (let at = hay.indexOf(needle); at >= 0 && found.length < limit; at = hay.indexOf(needle, at + 1))
    found.push(at);
  return found;
}

/**
 * How many characters of the context agree with `hay` next to an occurrence: going back from `at` for the
 * prefix (`direction` -1), forward from `at` for the suffix (+1). Agreeing on a space alone says nothing —
 * nearly every phrase has one on each side — so agreement counts only once it reaches a visible character.
 */
function agreement(context: string, hay: string, at: number, direction: -1 | 1): number {
  let n = 0;
  let visible = false;
  for (; n < context.length; n++) {
    const mine = direction < 0 ? context[context.length - 1 - n] : context[n];
    const theirs = direction < 0 ? hay[at - 1 - n] : hay[at + n];
    if (mine === undefined || mine !== theirs) break;
    if (!visible && mine.trim() !== '') visible = true;
  }
  return visible ? n : 0;
}

// A normalised view of a text: for every UTF-16 unit of `text`, the range of the original it came from.
interface View {
  text: string;
  from: number[];
  to: number[];
}

function toOriginal(view: View, [start, end]: [number, number]): TextRange {
  return { start: view.from[start] ?? 0, end: view.to[end - 1] ?? 0 };
}

// A base character with the combining marks after it (or a run of marks with no base). Canonical
// composition only joins a base with the marks that follow it, so NFC of each cluster, concatenated, is NFC
// of the text for Vietnamese and every Latin script — and lets each unit remember where it came from.
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;
const MARK = /\p{M}/u;

function normalise(text: string): string {
  return nfcView(text).text;
}

function nfcView(original: string): View {
  const n = original.length;
  if (original.normalize('NFC') === original) {
    const from = Array.from({ length: n }, (_, i) => i);
    return { text: original, from, to: from.map((i) => i + 1) };
  }
  const parts: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  for (const m of original.matchAll(CLUSTER)) {
    // Usually shorter than the cluster, but a few characters (U+0344, U+0958…) grow under NFC.
    const composed = m[0].normalize('NFC');
    const end = m.index + m[0].length;
    for (let k = 0; k < composed.length; k++) {
      from.push(m.index);
      to.push(end);
    }
    parts.push(composed);
  }
  return { text: parts.join(''), from, to };
}

const WHITESPACE_RUN = /\s+/g;

function collapse(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ');
}

function collapseWhitespace(view: View): View {
  const { text } = view;
  const parts: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let copied = 0;
  const copy = (until: number) => {
    parts.push(text.slice(copied, until));
    for (let i = copied; i < until; i++) {
      from.push(view.from[i] ?? 0);
      to.push(view.to[i] ?? 0);
    }
  };
  for (const m of text.matchAll(WHITESPACE_RUN)) {
    copy(m.index);
    // The run becomes one space that stands for all of it in the original.
    parts.push(' ');
    from.push(view.from[m.index] ?? 0);
    to.push(view.to[m.index + m[0].length - 1] ?? 0);
    copied = m.index + m[0].length;
  }
  copy(text.length);
  return { text: parts.join(''), from, to };
}

// Selection boundaries never fall between a letter and its marks, nor inside a surrogate pair.
function isInsideCluster(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const unit = text.charCodeAt(at);
  if (unit >= 0xdc00 && unit <= 0xdfff) return true;
  return MARK.test(String.fromCodePoint(text.codePointAt(at) ?? 0));
}

function clusterStart(text: string, at: number): number {
  let i = at;
  while (isInsideCluster(text, i)) i--;
  return i;
}

function clusterEnd(text: string, at: number): number {
  let i = at;
  while (isInsideCluster(text, i)) i++;
  return i;
}
