/**
 * What the export and import benchmark (exchange_run.mjs) runs at, apart from the run so the
 * section and the tests can read it without starting anything.
 */

/** Cases seeded: issue 18's 10,000; `--quick` 500, so `npm test` keeps the script working in seconds. */
export const EXCHANGE_SIZES = { full: 10_000, quick: 500 };
/** On average; with their user actions, 10,000 cases make about 220,000 objects. */
export const EXCHANGE_COMMENTS_PER_CASE = 10;
/** The empty spaces the export is imported into: with the same ids, then as new copies. */
export const IMPORT_SPACE = 'bench-import';
export const COPIES_SPACE = 'bench-copies';

/** The cases it runs at: the one `--sizes` value when given (a development run), else the mode's. */
export function exchangeCases({ quick, sizes, customSizes }) {
  if (!customSizes) return quick ? EXCHANGE_SIZES.quick : EXCHANGE_SIZES.full;
  if (sizes.length !== 1) throw new Error('--exchange takes one size, e.g. --sizes=2000');
  return sizes[0];
}
