/**
 * The flags of `npm run bench` (see run.mjs). Apart from run.mjs so that a test can parse them
 * without starting a run.
 */
import { readElasticsearchSettings } from './elasticsearch_settings.mjs';

/** Durations in seconds; every load is also bounded in count. */
export const TIMING = {
  full: { startupRuns: 5, scenarioSeconds: 10, warmup: 50, seconds: 10, maxRequests: 2_000, loadedSeconds: 10 },
  quick: { startupRuns: 1, scenarioSeconds: 1.5, warmup: 20, seconds: 1, maxRequests: 300, loadedSeconds: 1.5 },
};

/** `--build` is what `npm run bench` passes (package.json): build after the flags are checked, so a bad flag fails at once. */
/** A flag or setting the user must fix: run.mjs prints its message alone. */
export class OptionsError extends Error {}

const FLAGS = ['--quick', '--elasticsearch', '--alerts', '--files', '--exchange', '--build'];

/**
 * `env`: where `--elasticsearch` finds its cluster; without ELASTICSEARCH_HOSTS it throws at
 * once, before anything is built or generated.
 */
export function parseOptions(args, env) {
  const quick = args.includes('--quick');
  const sizesArg = args.find((a) => a.startsWith('--sizes='));
  const sizes = sizesArg ? sizesArg.slice('--sizes='.length).split(',').map(Number) : quick ? [1_000, 2_000, 5_000] : [10_000, 100_000, 1_000_000];
  if (sizes.some((n) => !Number.isInteger(n) || n < 100) || new Set(sizes).size !== sizes.length) {
    throw new OptionsError(`--sizes: distinct whole numbers of at least 100, got ${sizesArg}`);
  }
  sizes.sort((a, b) => a - b);
  const unknown = args.filter((a) => !FLAGS.includes(a) && a !== sizesArg);
  if (unknown.length > 0) throw new OptionsError(`unknown arguments: ${unknown.join(' ')}`);
  // The alerts benchmark has its own sizes (alerts_run.mjs) and measures the embedded store.
  const alerts = args.includes('--alerts');
  if (alerts && (sizesArg || args.includes('--elasticsearch'))) throw new OptionsError('--alerts runs alone, on the embedded store, at its own sizes: drop --sizes and --elasticsearch');
  // The files benchmark (files_run.mjs) too; `--sizes=N` sets its similar-cases size for a development run.
  const files = args.includes('--files');
  if (files && (alerts || args.includes('--elasticsearch'))) throw new OptionsError('--files runs alone, on the embedded store: drop --alerts and --elasticsearch');
  if (files && sizesArg && sizes.length !== 1) throw new OptionsError(`--files takes one size for its similar cases, e.g. --sizes=10000, got ${sizesArg}`);
  // The export/import benchmark (exchange_run.mjs) too; `--sizes=N` sets its cases for a development run.
  const exchange = args.includes('--exchange');
  if (exchange && (alerts || files || args.includes('--elasticsearch'))) throw new OptionsError('--exchange runs alone, on the embedded store: drop --alerts, --files and --elasticsearch');
  if (exchange && sizesArg && sizes.length !== 1) throw new OptionsError(`--exchange takes one size, e.g. --sizes=2000, got ${sizesArg}`);
  let elasticsearch;
  try {
    elasticsearch = args.includes('--elasticsearch') ? readElasticsearchSettings(env) : undefined;
  } catch (e) {
    throw new OptionsError(e.message);
  }
  const shown = args.filter((a) => a !== '--build');
  return {
    quick,
    build: args.includes('--build'),
    sizes,
    elasticsearch,
    alerts,
    files,
    exchange,
    /** `--sizes` is for iterating on the cases benchmarks: such a run leaves the alerts benchmark out. */
    customSizes: Boolean(sizesArg),
    timing: quick ? TIMING.quick : TIMING.full,
    command: `npm run bench${shown.length ? ` -- ${shown.join(' ')}` : ''}`,
  };
}
