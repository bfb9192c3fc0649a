import fs from 'node:fs';
import { type Browser, chromium, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { resolveChromium } from './chromium.ts';

/**
 * PDF pages drawn to PNG by pdf.js inside the project's Chromium (Node has no canvas). The page is served
 * from a made-up origin by Playwright's routing: nothing listens on a port, nothing is fetched from outside.
 */
const ORIGIN = 'http://pdf-images.invalid';
const PDFJS = 'node_modules/pdfjs-dist/build';

const PAGE_HTML = `<!doctype html><html><head><meta charset="utf-8"></head><body><script type="module">
import * as pdfjs from '/pdf.min.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.min.mjs';
window.renderPages = async (base64, wanted, scale) => {
  const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const pdf = await pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: false }).promise;
  const out = [];
  for (const n of wanted) {
    const number = n < 0 ? pdf.numPages + 1 + n : n;
    const page = await pdf.getPage(number);
    const viewport = page.getViewport({ scale });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(viewport.width);
    canvas.height = Math.round(viewport.height);
    const context = canvas.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvas, canvasContext: context, viewport }).promise;
    out.push({ number, dataUrl: canvas.toDataURL('image/png') });
  }
  const pages = pdf.numPages;
  await pdf.destroy();
  return { pages, images: out };
};
window.pdfReady = true;
</script></body></html>`;

export interface PageImage {
  /** 1-based page number in the PDF. */
  number: number;
  /** A grayscale PNG (8-bit, one channel). */
  png: Buffer;
}

export interface PdfImages {
  open(): Promise<void>;
  /** Draws the given pages (1-based; -1 is the last) at the scale (1 = 72 dpi), as grayscale PNGs. */
  render(
    pdf: Uint8Array,
    pages: number[],
    scale: number,
  ): Promise<{ pageCount: number; images: PageImage[] }>;
  close(): Promise<void>;
}

/** Grayscale keeps the approved files small; both sides of a comparison go through the same encoding. */
export function toGrayPng(rgbaPng: Buffer): Buffer {
  const image = PNG.sync.read(rgbaPng);
  return PNG.sync.write(image, { colorType: 0, inputHasAlpha: true });
}

export function pdfImages(): PdfImages {
  let browser: Browser | undefined;
  let page: Page | undefined;
  return {
    async open() {
      const { executablePath, args } = await resolveChromium();
      browser = await chromium.launch({ executablePath, args });
      page = await browser.newPage();
      await page.route(`${ORIGIN}/**`, async (route) => {
        const path = new URL(route.request().url()).pathname;
        if (path === '/') return route.fulfill({ contentType: 'text/html', body: PAGE_HTML });
        if (path === '/pdf.min.mjs' || path === '/pdf.worker.min.mjs')
          return route.fulfill({
            contentType: 'text/javascript',
            body: fs.readFileSync(`${PDFJS}${path}`),
          });
        return route.fulfill({ status: 404, body: '' });
      });
      await page.goto(`${ORIGIN}/`);
      await page.waitForFunction(() => (window as unknown as { pdfReady?: boolean }).pdfReady === true);
    },
    async render(pdf, pages, scale) {
      if (!page) throw new Error('pdfImages: open() first');
      const result = await page.evaluate(
        ([base64, wanted, s]) =>
          (
            window as unknown as {
              renderPages: (
                b: string,
                w: number[],
                s: number,
              ) => Promise<{ pages: number; images: { number: number; dataUrl: string }[] }>;
            }
          ).renderPages(base64, wanted, s),
        [Buffer.from(pdf).toString('base64'), pages, scale] as const,
      );
      return {
        pageCount: result.pages,
        images: result.images.map((i) => ({
          number: i.number,
          png: toGrayPng(Buffer.from(i.dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64')),
        })),
      };
    },
    async close() {
      await browser?.close();
    },
  };
}
