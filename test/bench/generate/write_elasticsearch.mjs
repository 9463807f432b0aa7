/**
 * Writes generated cases, their comments and their activity log into a bench alias of an
 * Elasticsearch cluster, in the server's own raw-document layout: `_id` and `_source` come from
 * the server's serializer (raw_document.ts) and the server's type definitions, handed in as a
 * `model` (seeding_model.mjs), so the documents are exactly what the API would have stored.
 * The same generator as the SQLite seeder (write_data.mjs) makes the same cases.
 *
 * The alias must exist already (the server's own bootstrap made it, with its mappings):
 * `require_alias` makes a missing alias an error instead of a concrete index with dynamic
 * mappings that the bench would then measure.
 */
import { configurationAttributes } from './custom_fields.mjs';
import { addCommentUserAction, createCaseUserAction, generateCase } from './documents.mjs';
import { mentionsWord, SEARCH_WORD, seededRandom } from './vocabulary.mjs';

/** About 22 documents per case at 10 comments each, so a bulk of some 4,000 documents (a few MB). */
const CASES_PER_BULK = 200;

/**
 * One bulk body: an `index` action per object, then its source. `index` rather than `create`:
 * the alias is fresh, and an `index` that the transport resends after a lost answer writes the
 * same document again instead of failing with a false 409.
 */
export function toBulkOperations(model, objects, { now, user }) {
  return objects.flatMap(({ type, id, attributes, references = [] }) => {
    const savedObjectType = model.type(type);
    const source = model.buildSource({
      type: savedObjectType,
      id,
      namespace: model.namespace,
      attributes,
      references,
      createdAt: now,
      updatedAt: now,
      user,
    });
    return [{ index: { _id: model.rawId(savedObjectType, id, model.namespace) } }, source];
  });
}

/** Sends one bulk through the alias; throws with the first item's reason if any item failed. */
export async function sendBulk(client, alias, operations) {
  const answer = await client.bulk({ index: alias, operations, require_alias: true, refresh: false });
  if (!answer.errors) return;
  const failed = answer.items.map((item) => Object.values(item)[0]).find((result) => result.error);
  throw new Error(`bulk into ${alias} failed for ${failed?._id}: ${failed?.error?.type}: ${failed?.error?.reason}`);
}

/** The saved objects of one batch of generated cases: cases, then comments, then user actions. */
function batchObjects(model, batch) {
  const { names } = model;
  const reference = (caseId) => [{ type: names.case, id: caseId, name: model.caseRefName }];
  const objects = [];
  const actions = [];
  const caseIds = [];
  for (const generated of batch) {
    const caseId = model.generateId();
    caseIds.push(caseId);
    objects.push({ type: names.case, id: caseId, attributes: model.derive(generated.attributes) });
    actions.push(createCaseUserAction(caseId, generated.attributes));
    for (const comment of generated.comments) {
      const commentId = model.generateId();
      const attributes = { ...comment, case_id: caseId };
      objects.push({ type: names.comment, id: commentId, attributes, references: reference(caseId) });
      actions.push(addCommentUserAction(caseId, commentId, attributes));
    }
  }
  for (const attributes of actions) {
    objects.push({ type: names.userAction, id: model.generateId(), attributes, references: reference(attributes.case_id) });
  }
  return { objects, caseIds };
}

/**
 * Seeds `cases` generated cases (with `commentsPerCase` comments on average) into `alias`,
 * then the case-number counter at `cases` (as `incrementCounter` would have left it, so the
 * next case created through the API gets the next number), then refreshes the alias once.
 * Returns the counts and rates (write calls alone) and every case `{ id, owner, comments }` in
 * number order.
 */
export async function writeElasticsearch({ client, alias, model, cases, commentsPerCase = 0, people, user = 'elastic', log = () => {} }) {
  const random = seededRandom(42);
  const counts = { cases: 0, comments: 0, userActions: 0, searchWordCases: 0 };
  const seeded = [];
  let writeMs = 0;
  const started = performance.now();
  // The owner's custom field definitions first, as an admin sets them up before cases hold
  // values; by the superuser, whom createPeople puts last.
  const admin = people[people.length - 1];
  const configuration = { type: model.names.configure, id: model.generateId(), attributes: configurationAttributes({ createdAt: new Date().toISOString(), createdBy: admin }) };
  await sendBulk(client, alias, toBulkOperations(model, [configuration], { now: new Date().toISOString(), user }));
  for (let first = 1; first <= cases; first += CASES_PER_BULK) {
    const batch = [];
    for (let n = first; n < Math.min(first + CASES_PER_BULK, cases + 1); n++) batch.push(generateCase({ n, total: cases, random, people, commentsPerCase }));
    const { objects, caseIds } = batchObjects(model, batch);
    const operations = toBulkOperations(model, objects, { now: new Date().toISOString(), user });
    const sent = performance.now();
    await sendBulk(client, alias, operations);
    writeMs += performance.now() - sent;
    batch.forEach((generated, i) => {
      const { title, description, owner } = generated.attributes;
      seeded.push({ id: caseIds[i], owner, comments: generated.comments.length, observables: generated.attributes.observables.length });
      if (mentionsWord(title, SEARCH_WORD) || mentionsWord(description, SEARCH_WORD)) counts.searchWordCases++;
      counts.comments += generated.comments.length;
    });
    counts.cases += batch.length;
    if (Math.floor((first - 1) / 50_000) !== Math.floor((first - 1 + batch.length) / 50_000)) log(`indexed ${counts.cases} / ${cases} cases`);
  }
  counts.userActions = counts.cases + counts.comments;
  const counter = { type: model.names.counter, id: model.counter.id, attributes: { [model.counter.field]: cases } };
  await sendBulk(client, alias, toBulkOperations(model, [counter], { now: new Date().toISOString() }));
  await client.indices.refresh({ index: alias });
  const seconds = (performance.now() - started) / 1000;
  const documents = counts.cases + counts.comments + counts.userActions;
  return {
    report: {
      ...counts,
      documents,
      seconds,
      documentsPerSecond: writeMs > 0 ? documents / (writeMs / 1000) : 0,
      searchWord: SEARCH_WORD,
      searchWordShare: counts.searchWordCases / Math.max(1, counts.cases),
    },
    seeded,
  };
}

/**
 * Deletes the bench alias's indices (the alias goes with them) and the server's lock index
 * beside it. Only ever called on a bench alias (elasticsearch_settings.mjs: `benchAlias`).
 * Names, not a wildcard: clusters refuse wildcard deletes by default. Returns what it deleted.
 */
export async function removeBenchAlias(client, model, alias) {
  const behind = (await client.indices.existsAlias({ name: alias })) ? Object.keys(await client.indices.getAlias({ name: alias })) : [];
  const indices = [...behind, model.lockIndex(alias)];
  await client.indices.delete({ index: indices, ignore_unavailable: true });
  return behind;
}
