import type { PartyDocument } from '#documents/party-document.ts';
import { renderHtml } from '#documents/render-html.ts';
import { renderPdf } from '#documents/render-pdf.ts';

export type DocumentFormat = 'docx' | 'pdf' | 'html';

export interface RenderedDocument {
  fileName: string;
  contentType: string;
  body: Buffer;
}

const CONTENT_TYPES: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
};

// docx (≈10 MiB resident) is loaded with the first Word document, not at start-up (issue 20, "Bytes and start-up").
export async function render(doc: PartyDocument, format: DocumentFormat): Promise<RenderedDocument> {
  const body =
    format === 'docx'
      ? await (await import('#documents/render-docx.ts')).renderDocx(doc)
      : format === 'pdf'
        ? await renderPdf(doc)
        : Buffer.from(renderHtml(doc), 'utf8');
  return { fileName: `${doc.fileName}.${format}`, contentType: CONTENT_TYPES[format], body };
}
