import { createRequire } from 'node:module';
import type * as Htmlparser2 from 'htmlparser2';
import type { Block } from './party-document.ts';

/**
 * htmlparser2 (with the dom-* packages and entities behind it, ~200 kB of code) is loaded with the first draft
 * made into a document, not at the server's start-up (issue 20). Required synchronously: parsing stays a plain call.
 */
let htmlparser: typeof Htmlparser2 | undefined;
const loadHtmlparser = (): typeof Htmlparser2 =>
  (htmlparser ??= createRequire(import.meta.url)('htmlparser2') as typeof Htmlparser2);
const parseDocument: typeof Htmlparser2.parseDocument = (html, options) =>
  loadHtmlparser().parseDocument(html, options);

export type Node = ReturnType<typeof parseDocument>['children'][number];

/**
 * A draft's sanitised HTML as document blocks: headings stay headings, paragraphs are indented body text,
 * list items keep their bullet or number, quotations (often of Hồ Chí Minh) are set in italics. Emphasis
 * inside a paragraph is not carried into Word and PDF: the blocks hold plain runs of text.
 */
export function htmlToBlocks(html: string): Block[] {
  return nodesToBlocks(parseHtml(html));
}

/** The top-level nodes of a draft's HTML. */
export function parseHtml(html: string): readonly Node[] {
  return parseDocument(html, { decodeEntities: true }).children;
}

/** Parsed nodes (a part of a draft) as document blocks, as htmlToBlocks makes them. */
export function nodesToBlocks(nodes: readonly Node[]): Block[] {
  const blocks: Block[] = [];
  const walk = (nodes: readonly Node[], context: { quote: boolean; list: string | null }) => {
    let counter = 0;
    for (const node of nodes) {
      if (node.type !== 'tag' || !('name' in node)) continue;
      const name = node.name;
      if (name === 'h1' || name === 'h2' || name === 'h3' || name === 'h4') {
        blocks.push({ kind: 'heading', text: textOf(node.children) });
      } else if (name === 'p' || name === 'pre') {
        const text = textOf(node.children);
        if (text.trim() !== '')
          blocks.push({
            kind: 'paragraph',
            text,
            indent: !context.quote,
            italics: context.quote || undefined,
          });
      } else if (name === 'ul' || name === 'ol') {
        walk(node.children, { ...context, list: name });
      } else if (name === 'li') {
        counter += 1;
        const marker = context.list === 'ol' ? `${counter}. ` : '- ';
        const text = textOf(node.children);
        if (text.trim() !== '') blocks.push({ kind: 'paragraph', text: `${marker}${text}`, indent: true });
      } else if (name === 'blockquote') {
        walk(node.children, { ...context, quote: true });
      } else if (name === 'table') {
        const rows = rowsOf(node.children);
        const width = Math.max(1, ...rows.map((r) => r.length));
        const [header = [], ...rest] = rows;
        blocks.push({
          kind: 'table',
          widths: Array(width).fill(1),
          header: pad(header, width),
          rows: rest.map((cells) => ({ cells: pad(cells, width) })),
        });
      } else {
        walk(node.children, context);
      }
    }
  };
  walk(nodes, { quote: false, list: null });
  return blocks;
}

/** Text of the nodes with line breaks as spaces, runs of whitespace as one space. */
export function textOf(nodes: readonly Node[]): string {
  let text = '';
  const walk = (list: readonly Node[]) => {
    for (const node of list) {
      if (node.type === 'text' && 'data' in node) text += node.data;
      else if (node.type === 'tag' && 'name' in node) {
        if (node.name === 'br') text += ' ';
        else if (node.name === 'li' || node.name === 'p') {
          walk(node.children);
          text += ' ';
        } else walk(node.children);
      }
    }
  };
  walk(nodes);
  return text.replace(/\s+/g, ' ').trim();
}

function rowsOf(nodes: readonly Node[]): string[][] {
  const rows: string[][] = [];
  const walk = (list: readonly Node[]) => {
    for (const node of list) {
      if (node.type !== 'tag' || !('name' in node)) continue;
      if (node.name === 'tr')
        rows.push(
          node.children.flatMap((cell) =>
            cell.type === 'tag' && 'name' in cell && (cell.name === 'td' || cell.name === 'th')
              ? [textOf(cell.children)]
              : [],
          ),
        );
      else walk(node.children);
    }
  };
  walk(nodes);
  return rows;
}

function pad(cells: string[], width: number): string[] {
  return [...cells, ...Array(Math.max(0, width - cells.length)).fill('')];
}
