#!/usr/bin/env node
/**
 * `npm test`: installs what the tests need, then runs every check a change must pass:
 * strict type check, lint, the build (the server and the browser bundle the tests start),
 * all jest projects (common, server, public in jsdom, API integration, browser flows), and a
 * quick pass of the benchmarks so their scripts never rot.
 * Arguments after `--` go to jest: `npm test -- server/core/config`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const jestArgs = process.argv.slice(2);

function run(title, command, args, options = {}) {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`=== ${title} failed after ${seconds}s (exit ${result.status ?? result.signal})`);
    return false;
  }
  console.log(`=== ${title} passed in ${seconds}s`);
  return true;
}

function ensureDependencies() {
  const installed = join(root, 'node_modules/.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return true;
  return run('install dependencies', 'npm', ['ci', '--no-audit', '--no-fund']);
}

/** Debian packages the tests use: Chromium for browser flows, curl for the Kibana-script test. */
const SYSTEM_PACKAGES = [
  { name: 'chromium', present: () => existsSync(CHROMIUM), why: `Chromium (at ${CHROMIUM}, or set CHROMIUM_PATH) for the browser tests` },
  { name: 'curl', present: () => spawnSync('curl', ['--version'], { stdio: 'ignore' }).status === 0, why: 'curl for the Kibana script test' },
];

function ensureSystemPackages() {
  const missing = SYSTEM_PACKAGES.filter((p) => !p.present());
  if (missing.length === 0) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `Missing: ${missing.map((p) => p.why).join('; ')}.\n` +
        `Install Debian's packages as root: apt-get install -y ${missing.map((p) => p.name).join(' ')}`,
    );
    return false;
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const names = missing.map((p) => p.name);
  return run('apt-get update', 'apt-get', ['update', '-qq'], { env }) && run(`install ${names.join(', ')}`, 'apt-get', ['install', '-y', '-qq', ...names], { env });
}

function runJest() {
  const resultsFile = join(root, '.jest-results.json');
  const ok = run('jest', 'npx', ['jest', '--ci', '--maxWorkers=2', '--json', `--outputFile=${resultsFile}`, ...jestArgs]);
  if (existsSync(resultsFile)) {
    const r = JSON.parse(readFileSync(resultsFile, 'utf8'));
    const skipped = r.numPendingTests + r.numTodoTests;
    console.log(`\njest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
    if (r.numTotalTests === 0) {
      console.error('jest ran no test');
      return false;
    }
  }
  return ok;
}

const steps = jestArgs.length
  ? [ensureDependencies, () => run('build', 'npm', ['run', '--silent', 'build']), runJest]
  : [
      ensureDependencies,
      ensureSystemPackages,
      () => run('type check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']),
      () => run('lint', 'npx', ['eslint', '--max-warnings=0', '.']),
      () => run('build', 'npm', ['run', '--silent', 'build']),
      runJest,
      // Keeps the benchmark scripts working; timings are not asserted (see BENCHMARKS.md).
      () => run('benchmarks, quick', 'node', ['test/bench/run.mjs', '--quick']),
    ];

for (const step of steps) {
  if (!step()) process.exit(1);
}
