import { createRequire } from 'node:module';
import type * as Htmlparser2 from 'htmlparser2';
import type SanitizeHtml from 'sanitize-html';
import { ALLOWED_TAGS, type HtmlNode, plainTextOf } from '#domain/preparation/rich-text.ts';

/**
 * sanitize-html (and postcss behind it, ≈16 MiB resident) is loaded with the first rich-text write, not at start-up
 * (issue 20, "Bytes and start-up"). A CommonJS package, required synchronously: the sanitising stays a plain call.
 */
let sanitizer: typeof SanitizeHtml | undefined;
const loadSanitizer = (): typeof SanitizeHtml =>
  (sanitizer ??= createRequire(import.meta.url)('sanitize-html') as typeof SanitizeHtml);

/** htmlparser2 (and the dom-* packages and entities behind it) likewise, with the first draft's plain text. */
let htmlparser: typeof Htmlparser2 | undefined;
const loadHtmlparser = (): typeof Htmlparser2 =>
  (htmlparser ??= createRequire(import.meta.url)('htmlparser2') as typeof Htmlparser2);
const parseDocument: typeof Htmlparser2.parseDocument = (html, options) =>
  loadHtmlparser().parseDocument(html, options);

/**
 * Drafts arrive as HTML from the editor and are shown to every member of the cell: only what the editor
 * produces is kept (no scripts, styles, event handlers, images or foreign links), links open outside.
 */
export function sanitizeDraftHtml(html: string): string {
  const sanitizeHtml = loadSanitizer();
  return sanitizeHtml(html, {
    allowedTags: [...ALLOWED_TAGS],
    // rel and target are the transform's below (it overrides any the draft sent): without them here the
    // filter, which runs after the transform, would strip them again.
    allowedAttributes: {
      a: ['href', 'rel', 'target'],
      th: ['colspan', 'rowspan'],
      td: ['colspan', 'rowspan'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    transformTags: {
      a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }),
    },
  })
    .normalize('NFC')
    .trim();
}

/** The plain text of sanitised HTML, as the browser computes it from the same HTML (rich-text.ts). */
export function draftPlainText(html: string): string {
  return plainTextOf(toNodes(parseDocument(html, { decodeEntities: true }).children));
}

type ParsedNode = ReturnType<typeof parseDocument>['children'][number];

function toNodes(children: readonly ParsedNode[]): HtmlNode[] {
  return children.flatMap((child): HtmlNode[] => {
    if (child.type === 'text' && 'data' in child) return [{ type: 'text', text: child.data }];
    if (child.type === 'tag' && 'name' in child)
      return [{ type: 'element', tag: child.name, children: toNodes(child.children) }];
    return [];
  });
}
