/**
 * The "Files and similar cases" benchmark (issue 16), against the built server:
 * - one file up and down through the HTTP API (files_transfer.mjs): 100 MiB, `--quick` 10 MiB;
 * - similar cases, the observable value search and its counts at one connection on a seeded
 *   folder whose cases hold 0-10 observables each (similar_reads.mjs): 1,000,000 cases,
 *   `--quick` 2,000, `--sizes=N` N (a development run).
 * A full `npm run bench` hands over its largest folder instead of seeding another.
 */
import { startBuiltServer } from './built_server.mjs';
import { measureFileTransfer } from './files_transfer.mjs';
import { createSeededFolder } from './generate/seeded_folder.mjs';
import { measureSimilarReads } from './similar_reads.mjs';

export const FILES_SIZES = {
  full: { fileBytes: 100 * 1024 * 1024, cases: 1_000_000 },
  quick: { fileBytes: 10 * 1024 * 1024, cases: 2_000 },
};

/** The cases the similar part runs at: the one `--sizes` value when given, else the mode's. */
export function filesCases({ quick, sizes, customSizes }) {
  if (!customSizes) return (quick ? FILES_SIZES.quick : FILES_SIZES.full).cases;
  if (sizes.length !== 1) throw new Error('--files takes one size for its similar-cases part, e.g. --sizes=10000');
  return sizes[0];
}

/** The similar-cases reads on a folder (seeded here unless given): `{ cases, seeding, reads }`. */
async function similarPart({ main, quick, timing, cases, folder }) {
  const own = folder === undefined;
  let seeding;
  if (own) {
    console.error(`files bench: generating ${cases.toLocaleString('en-US')} cases with 0-10 observables each…`);
    const started = performance.now();
    folder = await createSeededFolder({ main, cases, verbose: !quick });
    seeding = { ...folder.report, wallSeconds: (performance.now() - started) / 1000 };
    console.error(`files bench: seeding took ${Math.round(seeding.wallSeconds)} s (${Math.round(seeding.casesPerSecond)} cases/s while writing cases)`);
  } else {
    seeding = { ...folder.report, reused: true };
  }
  let server;
  try {
    server = await startBuiltServer(main, folder.dataDir, { timeoutMs: 30 * 60_000 });
    console.error('files bench: similar cases and the observable search…');
    const reads = await measureSimilarReads({ url: server.url, seeded: folder.seededCases(), timing });
    return { cases: folder.size, seeding, reads };
  } finally {
    await server?.stop();
    if (own) folder.remove();
  }
}

/** `folder`: a seeded folder to reuse (a full run's largest); otherwise one is seeded and removed. */
export async function runFiles({ main, quick, timing, sizes = [], customSizes = false, folder }) {
  const { fileBytes } = quick ? FILES_SIZES.quick : FILES_SIZES.full;
  console.error(`files bench: upload and download of ${fileBytes / 2 ** 20} MiB…`);
  const transfer = await measureFileTransfer({ main, size: fileBytes });
  const cases = folder ? folder.size : filesCases({ quick, sizes, customSizes });
  return { transfer, ...(await similarPart({ main, quick, timing, cases, folder })) };
}
