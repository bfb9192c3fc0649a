// The first member screen's round trips (issue 20, "Bytes"): index.html names, in its <head>, every script the
// member home needs (the entry's static imports and the home page's chunk with its own) as
// `<link rel="modulepreload">`, the home's styles as `<link rel="preload" as="style">`, and the API answers the
// app asks for first (who is signed in) as `<link rel="preload" as="fetch">`. The browser fetches them all while it reads the
// entry, instead of discovering them one import (and one API answer) after another.
// Vite's own preloading is off (`build.modulePreload: false`, vite.config.ts): its map of every lazy chunk's
// dependencies was ≈2.6 kB brotli of the entry.
import type { Plugin } from 'vite';

interface Chunk {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  moduleIds?: string[];
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

/**
 * The API answer every page asks for as it mounts (app/LocaleSync.tsx, `useMe`): who is signed in. Only this one:
 * a preloaded answer is handed to the first matching request whenever it comes, so a preload of the inbox or the
 * bell's list made on the sign-in page would answer 401 to the home after signing in (and sign the person out).
 */
export const FIRST_SCREEN_API = ['/api/auth/me'];

/** Every file a set of chunks loads at once: the chunks, their static imports (recursively), their CSS. */
export function chunkClosure(
  bundle: Record<string, { type: string }>,
  roots: string[],
): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (fileName: string) => {
    if (scripts.has(fileName)) return;
    const chunk = bundle[fileName] as Chunk | undefined;
    if (chunk?.type !== 'chunk') return;
    scripts.add(fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
    for (const imported of chunk.imports) visit(imported);
  };
  for (const root of roots) visit(root);
  return { scripts: [...scripts], styles: [...styles] };
}

export function firstScreenPreload(homeModule: string): Plugin {
  return {
    name: 'first-screen-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const chunks = (Object.values(bundle) as unknown as Chunk[]).filter((c) => c.type === 'chunk');
        const entry = chunks.find((c) => c.isEntry && c.facadeModuleId?.endsWith('.html'));
        // The home's own chunk (a code-splitting group in vite.config.ts: its facade may be another module).
        const home = chunks.find(
          (c) => c.facadeModuleId?.endsWith(homeModule) || c.moduleIds?.some((id) => id.endsWith(homeModule)),
        );
        if (!entry || !home) throw new Error(`first-screen-preload: no entry or no chunk for ${homeModule}`);
        const inEntry = chunkClosure(bundle, [entry.fileName]);
        const { scripts, styles } = chunkClosure(bundle, [entry.fileName, home.fileName]);
        const tags = [
          ...FIRST_SCREEN_API.map((href) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href },
            injectTo: 'head' as const,
          })),
          // The entry itself is the page's <script>; its CSS is a stylesheet link Vite writes.
          ...scripts
            .filter((file) => file !== entry.fileName)
            .map((file) => ({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
              injectTo: 'head' as const,
            })),
          ...styles
            .filter((file) => !inEntry.styles.includes(file))
            .map((file) => ({
              tag: 'link',
              // `crossorigin` as Vite's loader asks for the stylesheet, or the preload is not used.
              attrs: { rel: 'preload', as: 'style', crossorigin: 'anonymous', href: `/${file}` },
              injectTo: 'head' as const,
            })),
        ];
        return tags;
      },
    },
  };
}
