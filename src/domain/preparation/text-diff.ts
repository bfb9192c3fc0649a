/**
 * Comparing two saved versions of a draft. Every save is kept, and the secretary, the committee and the
 * members compare any two — above all draft 2 against draft 1, to see how the comments were taken in (seed
 * 000: "tiếp thu hoàn chỉnh dự thảo lần 2").
 *
 * The diff is by words, as people read an edit: each token is a word with the whitespace after it, so the
 * segments put together give back each text exactly (`same` + `removed` the old one, `same` + `added` the
 * new one). Vietnamese words are syllables separated by spaces, so no dictionary is needed. Texts are
 * compared in NFC: the same letter typed precomposed or decomposed is not an edit (see anchors.ts), and the
 * segments are in NFC.
 *
 * The word diff is a longest common subsequence of the tokens (the `diff` package's `diffArrays`, Myers'
 * algorithm), taken on the tokens that differ once the common start and end are set aside. Above a bound it
 * works by paragraphs instead, and still shows word changes inside each changed run of paragraphs small
 * enough for it, so a long rewritten draft stays fast and its diff readable.
 */
import { diffArrays } from 'diff';

export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffSegment {
  kind: DiffKind;
  text: string;
}

/** Words are compared while (old tokens) × (new tokens) in the changed middle ≤ maxTokens². */
export const DEFAULT_MAX_TOKENS = 2000;

export interface DiffOptions {
  maxTokens?: number;
}

export function diffText(oldText: string, newText: string, options: DiffOptions = {}): DiffSegment[] {
  const maxTokens = options.maxTokens ?? DEFAULT_MAX_TOKENS;
  if (!Number.isInteger(maxTokens) || maxTokens < 1)
    throw new RangeError(`maxTokens ${maxTokens} is not a whole number ≥ 1`);
  const a = oldText.normalize('NFC');
  const b = newText.normalize('NFC');
  if (a === b) return a === '' ? [] : [{ kind: 'same', text: a }];

  const byWords = diffTokens(words(a), words(b), maxTokens);
  if (byWords) return tidy(byWords);

  const byParagraphs =
    diffTokens(paragraphs(a), paragraphs(b), maxTokens) ?? replaceMiddle(paragraphs(a), paragraphs(b));
  return tidy(refine(tidy(byParagraphs), maxTokens));
}

// A word with the whitespace after it; whitespace before the first word is a token of its own.
const WORD = /\s+|\S+\s*/g;
// A line with the line breaks after it; line breaks before the first line are a token of their own.
const PARAGRAPH = /\n+|[^\n]+\n*/g;

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

function paragraphs(text: string): string[] {
  return text.match(PARAGRAPH) ?? [];
}

/** The common start and end as `same`, and the middle by LCS; null when the middle is over the bound. */
function diffTokens(a: readonly string[], b: readonly string[], maxTokens: number): DiffSegment[] | null {
  const [head, tail] = commonEnds(a, b);
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  if (midA.length * midB.length > maxTokens * maxTokens) return null;
  return [...same(a.slice(0, head)), ...lcs(midA, midB), ...same(a.slice(a.length - tail))];
}

/** The coarsest answer, for texts too long and too different even by paragraphs. */
function replaceMiddle(a: readonly string[], b: readonly string[]): DiffSegment[] {
  const [head, tail] = commonEnds(a, b);
  return [
    ...same(a.slice(0, head)),
    { kind: 'removed', text: a.slice(head, a.length - tail).join('') },
    { kind: 'added', text: b.slice(head, b.length - tail).join('') },
    ...same(a.slice(a.length - tail)),
  ];
}

function commonEnds(a: readonly string[], b: readonly string[]): [number, number] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  return [head, tail];
}

function same(tokens: readonly string[]): DiffSegment[] {
  return tokens.length === 0 ? [] : [{ kind: 'same', text: tokens.join('') }];
}

/** The tokens' longest common subsequence, by the `diff` package's Myers algorithm. */
function lcs(a: readonly string[], b: readonly string[]): DiffSegment[] {
  return diffArrays([...a], [...b]).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value.join(''),
  }));
}

/** Word changes inside each changed run of paragraphs, where the run is small enough. */
function refine(segments: readonly DiffSegment[], maxTokens: number): DiffSegment[] {
  const out: DiffSegment[] = [];
  for (let k = 0; k < segments.length; k++) {
    const segment = segments[k];
    const next = segments[k + 1];
    if (segment?.kind === 'removed' && next?.kind === 'added') {
      const inner = diffTokens(words(segment.text), words(next.text), maxTokens);
      out.push(...(inner ?? [segment, next]));
      k++;
    } else if (segment) {
      out.push(segment);
    }
  }
  return out;
}

/**
 * Joins neighbours of a kind and writes each change as one removal followed by one addition, so that a
 * reworded sentence reads "old words → new words" rather than word by word in alternation.
 */
function tidy(segments: readonly DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = '';
    added = '';
  };
  for (const s of segments) {
    if (s.text === '') continue;
    if (s.kind === 'removed') removed += s.text;
    else if (s.kind === 'added') added += s.text;
    else {
      flush();
      const last = out[out.length - 1];
      if (last?.kind === 'same') last.text += s.text;
      else out.push({ kind: 'same', text: s.text });
    }
  }
  flush();
  return out;
}
