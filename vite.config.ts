import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { catalogPick } from './scripts/lib/catalog-pick.ts';
import { firstScreenPreload } from './scripts/lib/first-screen-preload.ts';
import { precompressPlugin } from './scripts/lib/precompress.ts';
import { FIRST_SCREEN_SECTIONS } from './web/src/i18n/first-screen.ts';

const outDir = 'dist/web';

// The web client lives in web/; the server serves the built files from dist/web.
export default defineConfig({
  root: 'web',
  plugins: [
    react(),
    // `./vi.json?first-screen`: the catalog's parts the first screen shows (web/src/i18n/first-screen.ts).
    catalogPick(FIRST_SCREEN_SECTIONS),
    // index.html names the member home's scripts, styles and first API answers up front (issue 20, "Bytes").
    firstScreenPreload('src/routes/home/HomePage.tsx'),
    // The installable app (issue 18): a manifest and one service worker, /sw.js, that precaches the app shell
    // (the built JS, CSS, index.html, icons) so the meeting console opens with a weak or no signal. Nothing
    // is cached at run time: /api answers (personal data) always go to the network (docs/SECURITY.md).
    // `prompt`, not `autoUpdate`: a new version waits until the person chooses to reload (app/UpdatePrompt.tsx),
    // so a secretary mid-meeting is never reloaded out of a half-typed form.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      filename: 'sw.js',
      manifestFilename: 'manifest.webmanifest',
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon-180.png'],
      manifest: {
        name: 'Chuyên Đề',
        short_name: 'Chuyên Đề',
        description: 'Sinh hoạt chuyên đề của chi bộ: kế hoạch, dự thảo, điều hành buổi sinh hoạt, biên bản',
        lang: 'vi',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        // Mantine's red 6: the theme's primary colour (app/App.tsx).
        theme_color: '#fa5252',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // A page loaded offline is the app shell; the API and its documents are never answered from here.
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api(\/|$)/],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        // The first worker takes the open page at once: what the page loads later (a screen's chunk, the toasts)
        // comes from the precache when the signal drops. An update still waits for "Tải lại" (no skipWaiting).
        clientsClaim: true,
        // The push handlers of issue 14 live beside it, in the same worker.
        importScripts: ['/push-sw.js'],
      },
    }),
  ],
  build: {
    outDir: `../${outDir}`,
    emptyOutDir: true,
    // Report gzip sizes per chunk so the entry and route chunks can be watched.
    reportCompressedSize: true,
    // .vite/manifest.json: which files each route loads, read by `npm run bundle:size` (scripts/bundle-size.ts).
    manifest: true,
    // No preload map of every lazy chunk in the entry (≈2.6 kB brotli): index.html preloads the first screen's
    // files (scripts/lib/first-screen-preload.ts); a later screen's chunk finds its shared chunks as it loads, or
    // from the service worker's precache once it is installed.
    modulePreload: false,
    rolldownOptions: {
      // Brotli and gzip copies beside every text file, served by src/server/http/web.ts (issue 20, "Bytes").
      plugins: [precompressPlugin(outDir)],
      output: {
        // One file for the first screen's scripts (issue 20, LCP): over HTTP/1.1 a browser opens six connections
        // to a host, so the 28 small chunks the entry and the home imported cost several round trips more than
        // their bytes. Every module the entry loads at once (`$initial`; the home is imported by the entry, see
        // app/routes.tsx) is in the entry's chunk; later screens import their shared parts from it.
        codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] },
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  preview: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
