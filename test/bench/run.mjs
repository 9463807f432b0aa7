#!/usr/bin/env node
/**
 * `npm run bench [-- --quick] [-- --sizes=10000,100000]`: every benchmark against the built
 * server; prints the tables and, in full mode, writes BENCHMARKS.md with the date, the machine
 * and the exact command.
 *
 * Each size's data folder is generated once (generate/seeded_folder.mjs) and reused by every
 * benchmark at that size, then deleted. Sizes run smallest first:
 * - every size: the scale curve (`_find` p95 at one connection);
 * - the second-largest size (the only one when there is one): 10 comments per case, the API
 *   scenario table, the read workers (throughput per worker count, isolation from a worst-case
 *   search) and the UI figure;
 * - the largest size: the loaded run and the server's peak RSS.
 * Defaults: 10,000 / 100,000 / 1,000,000 cases; `--quick`: 1,000 / 2,000 / 5,000 cases and
 * 1-2 s per scenario, so that `npm test` keeps the scripts working in about a minute; its
 * timings are not published and nothing asserts on them. `--sizes=` (a development flag)
 * replaces the list of sizes, to iterate without the million.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchApiScenarios } from './api_scenarios.mjs';
import { benchCeilings } from './ceilings.mjs';
import { createSeededFolder } from './generate/seeded_folder.mjs';
import { describeMachine } from './machine.mjs';
import { printSections, writeBenchmarksMd } from './report.mjs';
import { benchReadPool } from './read_pool.mjs';
import { measureScalePoint } from './scale_curve.mjs';
import { buildSections } from './sections.mjs';
import { benchStartup } from './startup.mjs';
import { benchUiListRender } from './ui_list_render.mjs';
import { measureUnderLoad } from './under_load.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const main = join(root, 'build/server/main.js');
const COMMENTS_PER_CASE = 10;

/** Durations in seconds; every load is also bounded in count. */
const TIMING = {
  full: { startupRuns: 5, scenarioSeconds: 10, warmup: 50, seconds: 10, maxRequests: 2_000, loadedSeconds: 10 },
  quick: { startupRuns: 1, scenarioSeconds: 1.5, warmup: 20, seconds: 1, maxRequests: 300, loadedSeconds: 1.5 },
};

function parseOptions(args) {
  const quick = args.includes('--quick');
  const sizesArg = args.find((a) => a.startsWith('--sizes='));
  const sizes = sizesArg ? sizesArg.slice('--sizes='.length).split(',').map(Number) : quick ? [1_000, 2_000, 5_000] : [10_000, 100_000, 1_000_000];
  if (sizes.some((n) => !Number.isInteger(n) || n < 100) || new Set(sizes).size !== sizes.length) {
    throw new Error(`--sizes: distinct whole numbers of at least 100, got ${sizesArg}`);
  }
  sizes.sort((a, b) => a - b);
  const unknown = args.filter((a) => a !== '--quick' && a !== sizesArg);
  if (unknown.length > 0) throw new Error(`unknown arguments: ${unknown.join(' ')}`);
  return { quick, sizes, timing: quick ? TIMING.quick : TIMING.full, command: `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}` };
}

async function runAll({ quick, sizes, timing }) {
  const scenarioSize = sizes.length >= 2 ? sizes[sizes.length - 2] : sizes[0];
  const largest = sizes[sizes.length - 1];
  const results = { sizes, scenarioSize, generation: [], scale: [] };
  console.error('startup…');
  results.startup = await benchStartup({ main, runs: timing.startupRuns });
  console.error('ceilings…');
  results.ceilings = await benchCeilings({ quick, duration: timing.scenarioSeconds, tableRows: Math.min(scenarioSize, 100_000) });
  for (const size of sizes) {
    const commentsPerCase = size === scenarioSize ? COMMENTS_PER_CASE : 0;
    console.error(`generating ${size.toLocaleString('en-US')} cases${commentsPerCase ? `, ${commentsPerCase} comments per case` : ''}…`);
    const folder = await createSeededFolder({ main, cases: size, commentsPerCase, verbose: !quick });
    try {
      results.generation.push({ size, commentsPerCase, ...folder.report });
      console.error(`scale point at ${size.toLocaleString('en-US')}…`);
      results.scale.push({ size, ...(await measureScalePoint({ main, folder, timing })) });
      if (size === scenarioSize) {
        console.error('UI…');
        results.ui = await benchUiListRender({ main, folder });
        console.error('API scenarios…');
        results.api = await benchApiScenarios({ main, folder, duration: timing.scenarioSeconds, ceilings: results.ceilings });
        console.error('read workers…');
        results.readPool = await benchReadPool({ main, folder, duration: timing.scenarioSeconds });
      }
      if (size === largest) {
        console.error('under load…');
        results.loaded = await measureUnderLoad({ main, folder, seconds: timing.loadedSeconds });
      }
    } finally {
      folder.remove();
    }
  }
  return results;
}

async function main_() {
  const options = parseOptions(process.argv.slice(2));
  if (!existsSync(main)) throw new Error('build/server/main.js is missing: run `npm run build` first');
  const machine = describeMachine();
  const started = performance.now();
  const results = await runAll(options);
  const sections = buildSections({ ...results, timing: options.timing });
  printSections(sections);
  console.log(`\nbenchmarks took ${Math.round((performance.now() - started) / 1000)} s`);
  if (options.quick) {
    console.log('--quick: figures not written to BENCHMARKS.md');
    return;
  }
  writeBenchmarksMd(join(root, 'BENCHMARKS.md'), { machine, command: options.command, sections });
  console.log('wrote BENCHMARKS.md');
}

main_().catch((e) => {
  console.error(e);
  process.exit(1);
});
