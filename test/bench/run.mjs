#!/usr/bin/env node
/**
 * `npm run bench [-- --quick] [-- --sizes=10000,100000] [-- --elasticsearch]`: every benchmark
 * against the built server; prints the tables and, in full mode, writes BENCHMARKS.md with the
 * date, the machine and the exact command. Flags: options.mjs.
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
 *
 * `--elasticsearch`: only the API scenarios, at the size above, against the cluster in
 * ELASTICSEARCH_HOSTS (elasticsearch_run.mjs); in full mode it replaces only the Elasticsearch
 * section of BENCHMARKS.md. Without ELASTICSEARCH_HOSTS it exits at once, saying what to set.
 *
 * The alerts benchmark (alerts_run.mjs: 1,000,000 alerts, 100,000 of them in one case;
 * `--quick`: 20,000 and 2,000) runs after the others, except with `--sizes`. `--alerts` runs
 * it alone and, in full mode, replaces only the Alerts section of BENCHMARKS.md.
 *
 * The files benchmark (files_run.mjs: a 100 MiB upload and download, then similar cases and the
 * observable search at 1,000,000 cases; `--quick`: 10 MiB and 5,000) runs on the largest size's
 * folder before the loaded run, except with `--sizes`. `--files` runs it alone on a folder of
 * its own (1,000,000 cases; `--quick` 2,000) and, in full mode, replaces only its section of
 * BENCHMARKS.md; `--files --sizes=10000` is a development run at that size, never published.
 *
 * The export and import benchmark (exchange_run.mjs: 10,000 cases with 100,000 comments and
 * their user actions exported, then imported into two spaces; `--quick`: 500 cases) runs after
 * the files benchmark on a folder of its own, except with `--sizes`. `--exchange` runs it alone
 * and, in full mode, replaces only its section of BENCHMARKS.md; `--exchange --sizes=2000` is a
 * development run at that size, never published.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAlerts } from './alerts_run.mjs';
import { alertsSection } from './alerts_section.mjs';
import { benchApiScenarios } from './api_scenarios.mjs';
import { benchCeilings } from './ceilings.mjs';
import { runElasticsearch } from './elasticsearch_run.mjs';
import { elasticsearchSection } from './elasticsearch_section.mjs';
import { runFiles } from './files_run.mjs';
import { filesSection } from './files_section.mjs';
import { createSeededFolder } from './generate/seeded_folder.mjs';
import { runExchange } from './exchange_run.mjs';
import { exchangeSection } from './exchange_section.mjs';
import { describeMachine } from './machine.mjs';
import { OptionsError, parseOptions } from './options.mjs';
import { printSections, writeAlertsSection, writeBenchmarksMd, writeElasticsearchSection, writeExchangeSection, writeFilesSection } from './report.mjs';
import { benchReadPool } from './read_pool.mjs';
import { measureScalePoint } from './scale_curve.mjs';
import { buildSections } from './sections.mjs';
import { benchStartup } from './startup.mjs';
import { benchUiListRender } from './ui_list_render.mjs';
import { measureUnderLoad } from './under_load.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const main = join(root, 'build/server/main.js');
const COMMENTS_PER_CASE = 10;

async function runAll({ quick, sizes, timing, customSizes }) {
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
      // Before the loaded run, which writes to the folder the expected answers are worked out from.
      if (size === largest && !customSizes) results.files = await runFiles({ main, quick, timing, folder });
      if (size === largest) {
        console.error('under load…');
        results.loaded = await measureUnderLoad({ main, folder, seconds: timing.loadedSeconds });
      }
    } finally {
      folder.remove();
    }
  }
  if (!customSizes) results.exchange = await runExchange({ main, quick });
  if (!customSizes) results.alerts = await runAlerts({ main, quick, timing });
  return results;
}

/** `npm run bench` builds first, once the flags are known to be good. */
function build() {
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? result.signal})`);
}

/**
 * A run that measures and publishes one section of BENCHMARKS.md alone (`--elasticsearch`,
 * `--alerts`, `--files`, `--exchange`); without `write` (a development run) it only prints.
 */
async function mainOneSection(options, measure, write) {
  const started = performance.now();
  const section = await measure();
  printSections([section]);
  console.log(`\nbenchmarks took ${Math.round((performance.now() - started) / 1000)} s`);
  if (options.quick || !write) {
    console.log(`${options.quick ? '--quick' : '--sizes'}: figures not written to BENCHMARKS.md`);
    return;
  }
  write(join(root, 'BENCHMARKS.md'), section);
  console.log(`wrote the ${section.title} section of BENCHMARKS.md`);
}

async function main_() {
  const options = parseOptions(process.argv.slice(2), process.env);
  if (options.build) build();
  if (!existsSync(main)) throw new Error('build/server/main.js is missing: run `npm run build` first');
  const machine = describeMachine();
  const header = { machine, command: options.command };
  if (options.elasticsearch) return mainOneSection(options, async () => elasticsearchSection(await runElasticsearch({ main, ...options }), header), writeElasticsearchSection);
  if (options.alerts) return mainOneSection(options, async () => alertsSection(await runAlerts({ main, ...options }), header), writeAlertsSection);
  if (options.files) {
    return mainOneSection(options, async () => filesSection(await runFiles({ main, ...options }), header), options.customSizes ? undefined : writeFilesSection);
  }
  if (options.exchange) {
    return mainOneSection(options, async () => exchangeSection(await runExchange({ main, ...options }), header), options.customSizes ? undefined : writeExchangeSection);
  }
  const started = performance.now();
  const results = await runAll(options);
  const sections = buildSections({ ...results, timing: options.timing });
  if (results.files) sections.push(filesSection(results.files, header));
  if (results.exchange) sections.push(exchangeSection(results.exchange, header));
  if (results.alerts) sections.push(alertsSection(results.alerts, header));
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
  // A bad flag or a missing setting is the user's to fix: its message, without a stack.
  console.error(e instanceof OptionsError ? e.message : e);
  process.exit(1);
});
