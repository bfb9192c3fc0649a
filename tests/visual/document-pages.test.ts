import fs from 'node:fs';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '#documents/render-pdf.ts';
import { everyKind } from '../fixtures/document-kinds.ts';
import { pdfImages } from '../support/pdf-images.ts';

/**
 * Issue 17, "a check that keeps them so": the first and the last page of every kind's PDF, drawn by pdf.js in
 * Chromium, compared with the approved images in tests/visual/approved/. A template changed on purpose is
 * approved again in the same commit: `npm run visual:approve` (VISUAL_APPROVE=1) rewrites the images.
 * A difference writes `test-results/visual/<kind>-p<n>.diff.png` (the changed pixels in red) and the
 * current image beside it.
 */
const APPROVED = path.join('tests', 'visual', 'approved');
const RESULTS = path.join('test-results', 'visual');
const APPROVE = process.env.VISUAL_APPROVE === '1';
/** 0.75 of 72 dpi: an A4 page is 446 × 631 px, enough to see a moved margin, a lost line or a changed font. */
const SCALE = 0.75;
/** Per-pixel colour distance pixelmatch still calls the same (anti-aliasing is ignored apart). */
const PIXEL_THRESHOLD = 0.1;
/** Pixels that may differ on a page before it counts as changed (the same Chromium draws the same bytes). */
const MAX_DIFFERENT_PIXELS = 20;

const fileName = (kind: string, page: 'first' | 'last') =>
  `${kind.replace(/\s+/g, '-')}-${page === 'first' ? 'p1' : 'last'}.png`;

const images = pdfImages();

describe('every kind of document looks as approved (issue 17: visual check)', { timeout: 180_000 }, () => {
  beforeAll(() => images.open(), 60_000);
  afterAll(() => images.close());

  for (const { kind, doc } of everyKind()) {
    it(`${kind}: the first and the last page of the PDF`, async () => {
      const pdf = await renderPdf(doc);
      const { pageCount, images: drawn } = await images.render(pdf, [1, -1], SCALE);
      const pages = pageCount === 1 ? drawn.slice(0, 1) : drawn;
      const problems: string[] = [];
      for (const [i, image] of pages.entries()) {
        const name = fileName(kind, i === 0 ? 'first' : 'last');
        const approvedFile = path.join(APPROVED, name);
        if (APPROVE) {
          fs.mkdirSync(APPROVED, { recursive: true });
          fs.writeFileSync(approvedFile, image.png);
          continue;
        }
        if (!fs.existsSync(approvedFile)) {
          problems.push(
            `${kind}, page ${image.number}: no approved image ${approvedFile} (npm run visual:approve)`,
          );
          continue;
        }
        const approved = PNG.sync.read(fs.readFileSync(approvedFile));
        const current = PNG.sync.read(image.png);
        const save = (diff?: PNG) => {
          fs.mkdirSync(RESULTS, { recursive: true });
          fs.writeFileSync(path.join(RESULTS, name), image.png);
          if (diff)
            fs.writeFileSync(path.join(RESULTS, name.replace(/\.png$/, '.diff.png')), PNG.sync.write(diff));
        };
        if (approved.width !== current.width || approved.height !== current.height) {
          save();
          problems.push(
            `${kind}, page ${image.number}: ${current.width}×${current.height} px, approved ${approved.width}×${approved.height}`,
          );
          continue;
        }
        const diff = new PNG({ width: current.width, height: current.height });
        const different = pixelmatch(approved.data, current.data, diff.data, current.width, current.height, {
          threshold: PIXEL_THRESHOLD,
        });
        if (different > MAX_DIFFERENT_PIXELS) {
          save(diff);
          problems.push(
            `${kind}, page ${image.number}: ${different} pixels differ from ${approvedFile} (diff in ${path.join(RESULTS, name.replace(/\.png$/, '.diff.png'))}; if the change is meant: npm run visual:approve)`,
          );
        }
      }
      // The approved set has exactly this kind's pages: a kind that lost its second page is a change too.
      const stale = pageCount === 1 && fs.existsSync(path.join(APPROVED, fileName(kind, 'last')));
      if (stale && APPROVE) fs.rmSync(path.join(APPROVED, fileName(kind, 'last')));
      else if (stale) problems.push(`${kind}: one page now, the approved set has a last page`);
      expect(problems).toEqual([]);
    });
  }
});
