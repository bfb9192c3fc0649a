import type { PartyDocument } from '#documents/party-document.ts';
import { renderDocx } from '#documents/render-docx.ts';
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

export async function render(doc: PartyDocument, format: DocumentFormat): Promise<RenderedDocument> {
  const body =
    format === 'docx'
      ? await renderDocx(doc)
      : format === 'pdf'
        ? await renderPdf(doc)
        : Buffer.from(renderHtml(doc), 'utf8');
  return { fileName: `${doc.fileName}.${format}`, contentType: CONTENT_TYPES[format], body };
}
