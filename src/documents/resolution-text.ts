import { resolutionParts, type TextBlock } from '#domain/preparation/resolution-text.ts';
import { type Node, nodesToBlocks, parseHtml, textOf } from './html-blocks.ts';
import type { Block } from './party-document.ts';

const HEADING_LEVEL: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4 };
/** A paragraph all in bold reads as a heading below h4: drafts typed in Word often mark headings that way. */
const BOLD_PARAGRAPH_LEVEL = 5;

function headingOf(node: Node): TextBlock['heading'] {
  if (node.type !== 'tag' || !('name' in node)) return null;
  const level = HEADING_LEVEL[node.name];
  if (level !== undefined) return { level, text: textOf(node.children) };
  if (node.name !== 'p') return null;
  const content = node.children.filter((c) => !(c.type === 'text' && 'data' in c && c.data.trim() === ''));
  const bold =
    content.length > 0 &&
    content.every((c) => c.type === 'tag' && 'name' in c && (c.name === 'strong' || c.name === 'b'));
  return bold ? { level: BOLD_PARAGRAPH_LEVEL, text: textOf(node.children) } : null;
}

/**
 * The text of a resolution topic as its resolution prints it (domain/preparation/resolution-text.ts): the body
 * that goes before "CHI BỘ QUYẾT NGHỊ:" and the organisation of implementation that follows the decisions; the
 * discussion questions are dropped.
 */
export function resolutionText(html: string): { body: Block[]; implementation: Block[] } {
  const nodes = parseHtml(html).filter(
    (n) => n.type === 'tag' || (n.type === 'text' && 'data' in n && n.data.trim() !== ''),
  );
  const parts = resolutionParts(nodes.map((n) => ({ heading: headingOf(n) })));
  const pick = (part: string) => nodesToBlocks(nodes.filter((_, i) => parts[i] === part));
  return { body: pick('body'), implementation: pick('implementation') };
}
