// Draws the installable app's icons (web/public/icons): a yellow five-pointed star on the app's red (Mantine
// red 6, the theme's primary colour). Run once with `npx tsx scripts/make-icons.ts`; the PNGs are committed.
// The maskable icon keeps the star inside the safe zone (the centre circle of 80 %) that launchers crop to.
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

const RED = [0xfa, 0x52, 0x52] as const;
const YELLOW = [0xff, 0xe0, 0x66] as const;
const OUT = path.join(import.meta.dirname, '..', 'web', 'public', 'icons');

/** The star's outline: ten points, alternating outer and inner radius, the first pointing up. */
function star(cx: number, cy: number, outer: number): [number, number][] {
  const inner = outer * 0.382;
  return Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
  });
}

function inside(points: [number, number][], x: number, y: number): boolean {
  let hit = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i] as [number, number];
    const [xj, yj] = points[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

function draw(size: number, starShare: number, rounded: boolean): Buffer {
  const png = new PNG({ width: size, height: size });
  const outline = star(size / 2, size / 2 + size * 0.03, (size * starShare) / 2);
  const radius = rounded ? size * 0.18 : 0;
  const SAMPLES = 4; // 4×4 samples a pixel: smooth edges
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let starHits = 0;
      let bgHits = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const px = x + (sx + 0.5) / SAMPLES;
          const py = y + (sy + 0.5) / SAMPLES;
          const dx = Math.max(radius - px, px - (size - radius), 0);
          const dy = Math.max(radius - py, py - (size - radius), 0);
          if (radius > 0 && dx * dx + dy * dy > radius * radius) continue;
          bgHits++;
          if (inside(outline, px, py)) starHits++;
        }
      }
      const total = SAMPLES * SAMPLES;
      const s = starHits / Math.max(bgHits, 1);
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++)
        png.data[i + c] = Math.round((YELLOW[c] as number) * s + (RED[c] as number) * (1 - s));
      png.data[i + 3] = Math.round((255 * bgHits) / total);
    }
  }
  return PNG.sync.write(png);
}

fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'icon-192.png'), draw(192, 0.62, true));
fs.writeFileSync(path.join(OUT, 'icon-512.png'), draw(512, 0.62, true));
fs.writeFileSync(path.join(OUT, 'icon-maskable-512.png'), draw(512, 0.5, false));
fs.writeFileSync(path.join(OUT, 'apple-touch-icon-180.png'), draw(180, 0.6, false));
console.log(`icons written to ${OUT}`);
