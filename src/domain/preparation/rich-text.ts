/**
 * The plain text of a draft, shared by the server (which stores it beside the sanitised HTML) and the
 * browser (which turns a selection into an anchor): both walk the same HTML the same way, so a passage a
 * member selects is found again on the server, exactly. Comments anchor to this text (anchors.ts) and the
 * version diff compares it (text-diff.ts).
 *
 * Block elements end a line, so a paragraph stays a paragraph in the diff and an anchor's context does not
 * glue the last word of one paragraph to the first of the next.
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'li',
  'blockquote',
  'pre',
  'tr',
]);

/** Tags a draft may contain: what the editor produces (headings, lists, emphasis, quotations, tables). */
export const ALLOWED_TAGS: readonly string[] = [
  'p',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
  'hr',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];

/** A node of parsed HTML as both walkers see it; `ref` lets the browser find its DOM text node again. */
export type TextNode = { type: 'text'; text: string; ref?: unknown };
export type ElementNode = { type: 'element'; tag: string; children: readonly HtmlNode[] };
export type HtmlNode = TextNode | ElementNode;

/** Where each text node's text starts in the plain text (breaks between blocks are not in any span). */
export interface TextSpan {
  ref: unknown;
  start: number;
  length: number;
}

/**
 * Text of the nodes: text as written, `br` as a line break, a line break after each block that has text
 * after it. Whitespace is kept as it is (the editor writes no formatting whitespace between blocks).
 */
export function plainTextOf(nodes: readonly HtmlNode[]): string {
  return plainTextMap(nodes).text;
}

/** The plain text and where each text node sits in it: the browser maps a selection through the spans. */
export function plainTextMap(nodes: readonly HtmlNode[]): { text: string; spans: TextSpan[] } {
  let text = '';
  const spans: TextSpan[] = [];
  const walk = (list: readonly HtmlNode[]) => {
    for (const node of list) {
      if (node.type === 'text') {
        spans.push({ ref: node.ref, start: text.length, length: node.text.length });
        text += node.text;
      } else if (node.tag === 'br') {
        text += '\n';
      } else {
        walk(node.children);
        if (BLOCK_TAGS.has(node.tag) && text !== '' && !text.endsWith('\n')) text += '\n';
      }
    }
  };
  walk(nodes);
  return { text: text.replace(/\n+$/, ''), spans };
}
