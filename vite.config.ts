import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompressPlugin } from './scripts/lib/precompress.ts';

const outDir = 'dist/web';

// The web client lives in web/; the server serves the built files from dist/web.
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: `../${outDir}`,
    emptyOutDir: true,
    // Report gzip sizes per chunk so the entry and route chunks can be watched.
    reportCompressedSize: true,
    // .vite/manifest.json: which files each route loads, read by `npm run bundle:size` (scripts/bundle-size.ts).
    manifest: true,
    rolldownOptions: {
      // Brotli and gzip copies beside every text file, served by src/server/http/web.ts (issue 20, "Bytes").
      plugins: [precompressPlugin(outDir)],
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
