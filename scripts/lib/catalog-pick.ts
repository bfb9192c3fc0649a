// `import catalog from './vi.json?first-screen'`: the parts of a translation catalog the first screen shows, picked
// at build time (issue 20, "Bytes"). A JSON file's named imports keep whole top-level sections; this keeps
// sub-sections too (the home shows `notifications.kinds`, not the settings page's `notifications.settings`).
// What is picked is listed beside the catalog (web/src/i18n/first-screen.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

type Tree = { [key: string]: Tree | string };

/** The parts of `catalog` at `paths` ("section" or "section.sub"), nested as in the catalog. */
export function pickCatalog(catalog: Tree, paths: readonly string[]): Tree {
  const picked: Tree = {};
  for (const dotted of paths) {
    const keys = dotted.split('.');
    let from: Tree | string | undefined = catalog;
    let into = picked;
    keys.forEach((key, i) => {
      if (typeof from !== 'object') throw new Error(`catalog-pick: "${dotted}" is not in the catalog`);
      from = from[key];
      if (from === undefined) throw new Error(`catalog-pick: "${dotted}" is not in the catalog`);
      if (i === keys.length - 1) into[key] = from;
      else {
        into[key] ??= {};
        into = into[key] as Tree;
      }
    });
  }
  return picked;
}

const QUERY = '?first-screen';
const PREFIX = '\0first-screen-catalog:';
/** Not `.json` at the end of the id: Vite's own JSON plugin would take it. */
const SUFFIX = '.picked.js';

export function catalogPick(paths: readonly string[]): Plugin {
  return {
    name: 'catalog-pick',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!source.endsWith(QUERY) || !importer) return null;
      return PREFIX + path.resolve(path.dirname(importer), source.slice(0, -QUERY.length)) + SUFFIX;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -SUFFIX.length);
      this.addWatchFile(file);
      const catalog = JSON.parse(fs.readFileSync(file, 'utf8')) as Tree;
      return `export default ${JSON.stringify(pickCatalog(catalog, paths))};`;
    },
  };
}
