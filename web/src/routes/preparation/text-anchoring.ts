// A selection in the rendered draft ↔ offsets in the draft's plain text. The browser walks the DOM the
// same way the server walks the stored HTML (src/domain/preparation/rich-text.ts), so a passage a member
// selects is the passage the server finds again, and a comment's range lands on the same words here.
import { createAnchor } from '#domain/preparation/anchors.ts';
import { type HtmlNode, plainTextMap, type TextSpan } from '#domain/preparation/rich-text.ts';
import type { TextAnchor, TextRange } from '../../api/models.ts';

/** The container's DOM as the shared walker's nodes; each text node keeps its DOM Text node as `ref`. */
export function domToNodes(parent: Node): HtmlNode[] {
  const nodes: HtmlNode[] = [];
  for (const child of Array.from(parent.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      nodes.push({ type: 'text', text: (child as Text).data, ref: child });
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      nodes.push({ type: 'element', tag: (child as Element).localName, children: domToNodes(child) });
    }
  }
  return nodes;
}

export interface TextMap {
  text: string;
  spans: TextSpan[];
}

export function mapContainer(container: HTMLElement): TextMap {
  return plainTextMap(domToNodes(container));
}

export interface PassageSelection {
  anchor: TextAnchor;
  range: TextRange;
}

/**
 * The passage a DOM range selects in the container, as plain-text offsets and an anchor; undefined when
 * the range is collapsed, leaves the container, or holds only white space. The first and last text nodes
 * the range touches give its ends (a boundary inside an element, as a triple-click makes, falls on them).
 */
export function selectionToPassage(
  container: HTMLElement,
  range: Range,
  map: TextMap = mapContainer(container),
): PassageSelection | undefined {
  if (range.collapsed) return undefined;
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return undefined;
  let start: number | undefined;
  let end: number | undefined;
  for (const span of map.spans) {
    const node = span.ref as Text;
    if (!range.intersectsNode(node)) continue;
    if (start === undefined)
      start = node === range.startContainer ? span.start + range.startOffset : span.start;
    end = node === range.endContainer ? span.start + range.endOffset : span.start + span.length;
  }
  if (start === undefined || end === undefined) return undefined;
  // The plain text drops trailing line breaks; a selection may reach past them.
  end = Math.min(end, map.text.length);
  // Leading and trailing white space (a paragraph's end, a line break) is not part of the passage.
  while (start < end && /\s/.test(map.text[start] ?? '')) start++;
  while (end > start && /\s/.test(map.text[end - 1] ?? '')) end--;
  if (start >= end) return undefined;
  return { anchor: createAnchor(map.text, start, end), range: { start, end } };
}

/**
 * A DOM range over the plain-text offsets, or undefined when the map has no text there. An end on a break
 * between blocks (in no span) moves to the nearest text inside the range.
 */
export function domRangeOf(map: TextMap, { start, end }: TextRange): Range | undefined {
  const first = map.spans.find((s) => s.length > 0 && s.start + s.length > start);
  const last = map.spans.findLast((s) => s.length > 0 && s.start < end);
  if (!first || !last || first.start >= end || last.start + last.length <= start) return undefined;
  const range = document.createRange();
  range.setStart(first.ref as Text, Math.max(0, start - first.start));
  range.setEnd(last.ref as Text, Math.min(last.length, end - last.start));
  return range;
}
