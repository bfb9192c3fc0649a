// `npm test`: typecheck, lint (Biome, with the layering rules it checks), dependency rules (dependency-cruiser),
// the API types' drift check, build, the first screen's byte budget, vitest (all projects), playwright. Streams each step's output and ends
// with one plain line `N passed, N failed` that the CI reads. Exits 1 on any failure or if no test ran.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const REPORTS = '.tmp/reports';
const VITEST_JSON = path.join(REPORTS, 'vitest.json');
const E2E_JSON = path.join(REPORTS, 'e2e.json'); // same path as in playwright.config.ts

let passed = 0;
let failed = 0;
const problems = [];

function run(name, args) {
  console.log(`\n=== ${name} ${args.join(' ')}`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(path.join('node_modules', '.bin', name), args, { stdio: 'inherit' });
    child.on('error', (error) => {
      console.log(`${name} could not start: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      console.log(`=== ${name}: exit ${code ?? signal} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      resolve(code ?? 1);
    });
  });
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** A step with no test counts of its own is one test: failing it must show in the summary. */
async function step(label, name, args) {
  const code = await run(name, args);
  if (code !== 0) {
    failed += 1;
    problems.push(`${label} failed`);
  }
  return code === 0;
}

/** Adds a runner's counts; a runner that failed without reporting a failed test counts as one failure. */
function tally(label, code, counts) {
  if (!counts) {
    failed += 1;
    problems.push(`${label} exited ${code} without writing results`);
    return;
  }
  passed += counts.passed;
  failed += counts.failed;
  if (counts.failed > 0) problems.push(`${label}: ${counts.failed} failed`);
  if (code !== 0 && counts.failed === 0) {
    failed += 1;
    problems.push(`${label} exited ${code} (errors outside tests)`);
  }
}

fs.rmSync(REPORTS, { recursive: true, force: true });
fs.mkdirSync(REPORTS, { recursive: true });

await step('typecheck', 'tsc', ['--noEmit', '-p', '.']);
await step('lint', 'biome', ['check', '.']);
await step('dependency rules', 'tsx', ['scripts/check-layers.mjs']);
await step('API types match the app', 'tsx', ['scripts/api-types.ts', '--check']);
const built = await step('build', 'vite', ['build']);
// The first member screen's bytes over the wire stay within the budget of scripts/bundle-size.ts (issue 20).
if (built) await step('first screen within its byte budget', 'tsx', ['scripts/bundle-size.ts']);

const vitestCode = await run('vitest', [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${VITEST_JSON}`,
]);
const vitest = readJson(VITEST_JSON);
tally(
  'vitest',
  vitestCode,
  vitest && {
    passed: vitest.numPassedTests,
    // A file that fails to load has no failed test, only a failed suite.
    failed:
      vitest.numFailedTests +
      vitest.testResults.filter(
        (file) => file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed'),
      ).length,
  },
);

if (built) {
  const e2eCode = await run('playwright', ['test']);
  const e2e = readJson(E2E_JSON);
  tally(
    'playwright',
    e2eCode,
    e2e && { passed: e2e.stats.expected, failed: e2e.stats.unexpected + e2e.stats.flaky },
  );
} else {
  problems.push('playwright skipped: the web build failed');
}

if (passed + failed === 0) problems.push('no tests ran');
if (problems.length > 0) console.log(`\nProblems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
