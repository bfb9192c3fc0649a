import { strFromU8, unzipSync } from 'fflate';

/** The text of every paragraph of a .docx, in order (from word/document.xml). */
export function docxText(file: Uint8Array): string {
  const xml = strFromU8(unzipSync(file)['word/document.xml'] ?? new Uint8Array());
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .map((t) =>
      t
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"'),
    )
    .join('\n');
}

/** The text of a PDF, page by page, lines joined as pdf.js reports them. */
export async function pdfText(file: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({
    data: new Uint8Array(file),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(
      content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''),
    );
  }
  await pdf.destroy();
  return pages.join('\n');
}

/** The parts of a .docx the layout checks read: the body's XML, each header's XML, by file name. */
export function docxParts(file: Uint8Array): { document: string; headers: Record<string, string> } {
  const files = unzipSync(file);
  const headers: Record<string, string> = {};
  for (const [name, data] of Object.entries(files))
    if (/^word\/header\d*\.xml$/.test(name)) headers[name] = strFromU8(data);
  return { document: strFromU8(files['word/document.xml'] ?? new Uint8Array()), headers };
}

export interface PdfPage {
  text: string;
  /** Text items drawn in the top margin (above the body's 25 mm): where the page number stands. */
  topMargin: string[];
}

/** A PDF page by page, with what stands in each page's top margin, and its metadata title. */
export async function pdfPages(file: Uint8Array): Promise<{ pages: PdfPage[]; title: string | null }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({
    data: new Uint8Array(file),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: PdfPage[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const height = page.view[3] ?? 842;
    const content = await page.getTextContent();
    const items = content.items.flatMap((item) => ('str' in item ? [item] : []));
    pages.push({
      text: items.map((item) => item.str + (item.hasEOL ? '\n' : '')).join(''),
      topMargin: items
        .filter((item) => item.str.trim() !== '' && item.transform[5] > height - (25 / 25.4) * 72)
        .map((item) => item.str.trim()),
    });
  }
  const meta = await pdf.getMetadata();
  const info = meta.info as { Title?: string };
  await pdf.destroy();
  return { pages, title: info.Title ?? null };
}
