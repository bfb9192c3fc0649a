import type { Ref } from 'react';

/**
 * Stored rich text (outline, draft, a saved version) shown as is. The server sanitised it when it was
 * saved (tags the editor produces only; no scripts, styles or event handlers), so it is rendered as HTML.
 */
export function RichTextView({
  html,
  ref,
  testId,
}: {
  html: string;
  ref?: Ref<HTMLDivElement>;
  testId?: string;
}) {
  return (
    <div
      ref={ref}
      className="topic-text"
      data-testid={testId}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: the server sanitises every saved text (sanitize-html, an allow-list of the editor's tags).
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
