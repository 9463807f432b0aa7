/**
 * The "Export and import" section of BENCHMARKS.md (issue 18). An `--exchange` run writes it
 * alone, so its note carries its own date, machine and command, as the Files section's does; a
 * full run writes it with the rest. One table: each step beside its target, then the figures
 * without one (the seeding, the export's size).
 */
import { EXCHANGE_RSS_BOUND_MB, evaluateExchangeTargets } from './targets.mjs';
import { COPIES_SPACE, IMPORT_SPACE } from './exchange_settings.mjs';
import { round } from './stats.mjs';

export const EXCHANGE_SECTION_TITLE = 'Export and import';

const fmt = (n) => Math.round(n).toLocaleString('en-US');

/** Objects per second of the seeding's write calls alone: bulk writes of 5,000 in one transaction. */
export function seedingObjectsPerSecond({ cases, comments, userActions, casesPerSecond, commentsPerSecond, userActionsPerSecond }) {
  const seconds = cases / casesPerSecond + (comments ? comments / commentsPerSecond : 0) + userActions / userActionsPerSecond;
  return (cases + comments + userActions) / seconds;
}

const noTarget = (step, measured) => ({ step, required: '—', measured, result: 'no target' });

/** `results`: runExchange's answer; `machine`: describeMachine's. */
export function exchangeSection(results, { machine, command }) {
  const { cases, seeding, export: exported, imports } = results;
  const plain = imports.find((i) => !i.newCopies);
  const seedRate = seedingObjectsPerSecond(seeding);
  const importRate = plain ? exported.objects / plain.seconds : 0;
  return {
    title: EXCHANGE_SECTION_TITLE,
    note:
      `Measured ${machine.date} by \`${command}\` on ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}: the built server on the embedded store, one client over 127.0.0.1 on the same machine. ` +
      `A seeded folder of ${fmt(cases)} cases with ${fmt(seeding.comments)} comments (${results.commentsPerCase} per case on average) and ${fmt(seeding.userActions)} user actions (one \`create_case\` per case, one per comment), written as in the Data generation section. ` +
      "Export: one `POST /api/saved_objects/_export` of type `cases` with the details line (each case brings its comments and user actions, as Kibana's `onExport` does), streamed to a file on disk; timed from the request to the file's last byte. " +
      `The run fails unless the export holds every seeded object, by type, and its details line says \`exportedCount\` ${fmt(exported.objects)} with no missing reference. ` +
      `Import: the same file, read from disk as it is sent (multipart \`file\`), into the empty space \`${IMPORT_SPACE}\` with the same ids, then into \`${COPIES_SPACE}\` with \`createNewCopies\` (new ids, every reference and case id rewritten); each timed from the request to the answer's last byte. ` +
      "Each answer must say success with every object in `successCount` and no error, and the space must then hold every case (`_find`'s total) and, for the seeded case with the most comments, each of its comments and user actions (read by its new id after `createNewCopies`). " +
      `RSS is the server's VmRSS sampled every 100 ms; idle is the median of 10 samples after a first \`GET /api/status\`, and the target bounds each step's peak at idle + ${EXCHANGE_RSS_BOUND_MB} MB (10^6 bytes). ` +
      'What limits it: the export reads the cases page by page through a point-in-time finder, each page\'s comments and user actions through two more, and sorts, authorizes and encodes each page before writing it, on the one event loop the client shares two cores with. ' +
      `The import reads the file twice (an index of ids, then batches of objects) and writes each object in a unit of work of its own (all-or-nothing per object; a batch's units share one group commit as savepoints): ${fmt(importRate)} objects/s here against ${fmt(seedRate)} objects/s for the seeding's bulk writes of 5,000 objects per transaction through the same layer (the write calls alone), ` +
      "so the import pays, per object, a savepoint and its derived index and full-text rows as the seeding does, plus reading, migrating, checking for conflicts and answering a success result. `createNewCopies` also rewrites every id and reference. " +
      "A peak is resident memory, not live objects: it includes garbage V8 has not yet collected (the server runs with Node's default heap limit) and SQLite's page cache, and the second import starts from what the first left resident.",
    rows: [
      ...evaluateExchangeTargets(results),
      noTarget('export size', `${round(exported.bytes / 1e6, 1)} MB, ${fmt(exported.objects)} objects (${round(exported.bytes / 1e6 / exported.seconds, 1)} MB/s)`),
      noTarget(`seeding ${fmt(cases)} cases`, `${fmt(seeding.wallSeconds)} s (${fmt(seedRate)} objects/s while writing, store ${fmt(seeding.storeMiB)} MiB)`),
    ],
  };
}
