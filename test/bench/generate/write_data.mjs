#!/usr/bin/env node
/**
 * Writes generated cases, their comments and their activity log into a stopped server's data
 * folder, through the BUILT saved-objects layer: the same code the server runs, so rows,
 * derived columns, indexes and full-text tables are exactly what the API would have written.
 * A load through the API would measure HTTP, authorization and the client instead, and take
 * hours at a million cases.
 *
 *   node test/bench/generate/write_data.mjs '<json options>'
 *
 * Options: `dataDir`, `cases`, `commentsPerCase` (mean; 0 for none), `people` (the analysts,
 * with profile uids, from seeded_folder.mjs), `idsFile` (where `[{ id, owner, comments }]` of
 * every case goes, in case-number order). Prints one JSON line: counts, rates, and the share of
 * cases the text-search word is in.
 *
 * Run it while no server has the folder open. Writes go in single-transaction batches, cases
 * first, then that batch's comments and user actions, as the API would order them.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configurationAttributes } from './custom_fields.mjs';
import { addCommentUserAction, createCaseUserAction, generateCase } from './documents.mjs';
import { DERIVED_FIELDS, deriveFrom } from './seeding_model.mjs';
import { mentionsWord, SEARCH_WORD, seededRandom } from './vocabulary.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const require = createRequire(import.meta.url);
const built = (path) => require(join(root, 'build', path));

const CASES_PER_BATCH = 1_000;
const OBJECTS_PER_WRITE = 5_000;

async function openStore(dataDir) {
  const { createSqliteBackend } = built('server/core/saved_objects/sqlite/sqlite_backend.js');
  const { TypeRegistry } = built('server/core/saved_objects/type_registry.js');
  const { casesSavedObjectTypes } = built('server/saved_object_types/index.js');
  const registry = new TypeRegistry();
  for (const type of casesSavedObjectTypes) registry.registerType(type);
  registry.freeze();
  const backend = createSqliteBackend({ path: join(dataDir, 'cases.sqlite'), registry });
  await backend.start();
  return backend;
}

/** Writes `objects` in bulk, timing the writes alone; returns the created objects. */
async function write(repository, objects, clock) {
  const created = [];
  for (let first = 0; first < objects.length; first += OBJECTS_PER_WRITE) {
    const started = performance.now();
    const { saved_objects: items } = await repository.bulkCreate(objects.slice(first, first + OBJECTS_PER_WRITE), { refresh: false, user: 'elastic' });
    clock.ms += performance.now() - started;
    const failed = items.find((item) => item.error);
    if (failed) throw new Error(`bulkCreate of ${failed.type} failed: ${JSON.stringify(failed.error)}`);
    created.push(...items);
  }
  return created;
}

export async function writeData({ dataDir, cases, commentsPerCase = 0, people, idsFile, log = () => {} }) {
  const { CASE_SAVED_OBJECT, CASE_COMMENT_SAVED_OBJECT, CASE_USER_ACTION_SAVED_OBJECT, CASE_ID_INCREMENTER_SAVED_OBJECT, CASE_REF_NAME, CASE_CONFIGURE_SAVED_OBJECT } = built('common/constants.js');
  // What the cases service derives for the store (ranks, custom field index fields): its own function.
  const derive = deriveFrom(built(DERIVED_FIELDS.builtPath));
  const { CASE_ID_COUNTER_FIELD, CASE_ID_COUNTER_OBJECT_ID } = built('server/saved_object_types/id_counter.js');
  const backend = await openStore(dataDir);
  const { repository } = backend;
  const random = seededRandom(42);
  const clocks = { cases: { ms: 0 }, comments: { ms: 0 }, userActions: { ms: 0 } };
  const counts = { cases: 0, comments: 0, userActions: 0, searchWordCases: 0 };
  const ids = [];
  const started = performance.now();
  try {
    // The owner's custom field definitions first, as an admin sets them up before cases hold
    // values; by the superuser, whom createPeople puts last.
    const admin = people[people.length - 1];
    await write(repository, [{ type: CASE_CONFIGURE_SAVED_OBJECT, attributes: configurationAttributes({ createdAt: new Date().toISOString(), createdBy: admin }) }], { ms: 0 });
    for (let first = 1; first <= cases; first += CASES_PER_BATCH) {
      const batch = [];
      for (let n = first; n < Math.min(first + CASES_PER_BATCH, cases + 1); n++) batch.push(generateCase({ n, total: cases, random, people, commentsPerCase }));
      const created = await write(repository, batch.map((c) => ({ type: CASE_SAVED_OBJECT, attributes: derive(c.attributes) })), clocks.cases);
      const reference = (caseId) => [{ type: CASE_SAVED_OBJECT, id: caseId, name: CASE_REF_NAME }];
      const comments = created.flatMap((so, i) =>
        batch[i].comments.map((comment) => ({ type: CASE_COMMENT_SAVED_OBJECT, attributes: { ...comment, case_id: so.id }, references: reference(so.id) })),
      );
      const createdComments = await write(repository, comments, clocks.comments);
      const actions = [
        ...created.map((so, i) => createCaseUserAction(so.id, batch[i].attributes)),
        ...createdComments.map((so) => addCommentUserAction(so.attributes.case_id, so.id, so.attributes)),
      ].map((attributes) => ({ type: CASE_USER_ACTION_SAVED_OBJECT, attributes, references: reference(attributes.case_id) }));
      await write(repository, actions, clocks.userActions);

      created.forEach((so, i) => {
        ids.push({ id: so.id, owner: so.attributes.owner, comments: batch[i].comments.length, observables: batch[i].attributes.observables.length });
        if (mentionsWord(so.attributes.title, SEARCH_WORD) || mentionsWord(so.attributes.description, SEARCH_WORD)) counts.searchWordCases++;
      });
      counts.cases += created.length;
      counts.comments += createdComments.length;
      counts.userActions += actions.length;
      if (Math.floor((first - 1) / 50_000) !== Math.floor((first - 1 + batch.length) / 50_000)) log(`wrote ${counts.cases} / ${cases} cases`);
    }
    // The counter creates itself at `initial` and increments: it ends at `cases`, and the next
    // case created through the API gets the next number.
    const last = await repository.incrementCounter(CASE_ID_INCREMENTER_SAVED_OBJECT, CASE_ID_COUNTER_OBJECT_ID, CASE_ID_COUNTER_FIELD, { initial: cases - 1 });
    if (last !== cases) throw new Error(`case counter ended at ${last}, expected ${cases}: was the folder already filled?`);
    backend.optimize();
  } finally {
    await backend.close();
  }
  if (idsFile) writeFileSync(idsFile, JSON.stringify(ids));
  const perSecond = (count, clock) => (clock.ms > 0 ? count / (clock.ms / 1000) : 0);
  return {
    ...counts,
    seconds: (performance.now() - started) / 1000,
    casesPerSecond: perSecond(counts.cases, clocks.cases),
    commentsPerSecond: perSecond(counts.comments, clocks.comments),
    userActionsPerSecond: perSecond(counts.userActions, clocks.userActions),
    searchWord: SEARCH_WORD,
    searchWordShare: counts.searchWordCases / counts.cases,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const options = JSON.parse(process.argv[2] ?? '{}');
  if (!options.dataDir || !options.cases) {
    console.error(`usage: node test/bench/generate/write_data.mjs '{"dataDir":"…","cases":1000,"commentsPerCase":10,"people":[],"idsFile":"…"}'`);
    process.exit(2);
  }
  writeData({ ...options, log: (m) => console.error(m) }).then(
    (report) => console.log(JSON.stringify(report)),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
