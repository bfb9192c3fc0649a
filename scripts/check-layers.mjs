// `npm run lint:deps`: the layering rules of .dependency-cruiser.cjs over src/ and web/src, each violation
// printed with its rule's name. dependency-cruiser skips, without a word, files it has no parser for; a run
// that read almost nothing would pass, so it also fails when it read fewer modules than the tree holds.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOTS = ['src', 'web/src'];

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

const cli = path.join('node_modules', '.bin', 'depcruise');
const result = spawnSync(cli, [...ROOTS, '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
if (result.status === null || !result.stdout) {
  console.error(`dependency-cruiser did not run: ${result.error?.message ?? result.stderr}`);
  process.exit(1);
}
const { summary, modules } = JSON.parse(result.stdout);
const expected = ROOTS.flatMap(sourceFiles).length;
const read = modules.filter(
  (m) => ROOTS.some((root) => m.source.startsWith(`${root}/`)) && /\.tsx?$/.test(m.source),
).length;
for (const v of summary.violations) {
  const via = v.cycle ? ` (cycle: ${v.cycle.map((step) => step.name ?? step).join(' → ')})` : '';
  console.error(`  ${v.rule.severity} ${v.rule.name}: ${v.from} → ${v.to}${via}`);
}
if (read < expected) {
  console.error(
    `dependency-cruiser read ${read} of the ${expected} TypeScript files under ${ROOTS.join(' and ')}: it needs @swc/core installed to accept .ts/.tsx (run npm ci)`,
  );
  process.exit(1);
}
console.log(
  `${summary.violations.length} layering violations (${read} source files, ${summary.totalDependenciesCruised} dependencies)`,
);
process.exit(summary.error > 0 ? 1 : 0);
