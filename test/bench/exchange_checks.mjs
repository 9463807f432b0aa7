/**
 * The checks of the export/import benchmark (exchange_run.mjs), apart from the server so a test
 * can hand them wrong answers: a figure is only published for an export that holds every seeded
 * object and an import that wrote every one of them. Each throws an Error saying what was wrong.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** The saved-object types an export of `cases` holds: each case brings its comments and user actions. */
export const EXCHANGE_TYPES = { cases: 'cases', comments: 'cases-comments', userActions: 'cases-user-actions' };

/** What the seeded folder holds (seeded_folder.mjs's report), per exported type and in all. */
export function expectedExport({ cases, comments, userActions }) {
  return { byType: { [EXCHANGE_TYPES.cases]: cases, [EXCHANGE_TYPES.comments]: comments, [EXCHANGE_TYPES.userActions]: userActions }, total: cases + comments + userActions };
}

/**
 * Reads an NDJSON export from disk a line at a time: `{ lines, byType, details }`, `details` the
 * last line (the export-details record). Throws on a line that is not a JSON object with a type.
 */
export async function tallyExport(path) {
  const byType = {};
  let lines = 0;
  let last;
  const input = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of input) {
    if (line === '') continue;
    lines++;
    if (last !== undefined) {
      if (typeof last.type !== 'string') throw new Error(`export line ${lines - 1} has no type: ${JSON.stringify(last).slice(0, 200)}`);
      byType[last.type] = (byType[last.type] ?? 0) + 1;
    }
    try {
      last = JSON.parse(line);
    } catch {
      throw new Error(`export line ${lines} is not JSON: ${line.slice(0, 200)}`);
    }
  }
  if (last === undefined) throw new Error('the export is empty');
  return { lines, byType, details: last };
}

/** The export holds exactly the seeded objects and its details line says so; returns the object count. */
export function checkExport(tally, expected) {
  const { details, byType } = tally;
  if (typeof details.exportedCount !== 'number') throw new Error(`the export's last line is not the details record: ${JSON.stringify(details).slice(0, 200)}`);
  const objects = tally.lines - 1;
  if (details.exportedCount !== expected.total) throw new Error(`export details: exportedCount ${details.exportedCount}, expected ${expected.total} (${JSON.stringify(expected.byType)})`);
  if (objects !== expected.total) throw new Error(`the export holds ${objects} object lines, expected ${expected.total}`);
  if (details.missingRefCount !== 0) throw new Error(`export details: missingRefCount ${details.missingRefCount}, expected 0`);
  const types = new Set([...Object.keys(byType), ...Object.keys(expected.byType)]);
  for (const type of types) {
    if ((byType[type] ?? 0) !== (expected.byType[type] ?? 0)) throw new Error(`the export holds ${byType[type] ?? 0} objects of type ${type}, expected ${expected.byType[type] ?? 0}`);
  }
  return objects;
}

/** An `_import` answer that imported every object without an error; returns its successResults. */
export function checkImport(answer, count, what) {
  const errors = answer.errors ?? [];
  if (errors.length > 0) throw new Error(`${what}: ${errors.length} errors, the first: ${JSON.stringify(errors[0]).slice(0, 300)}`);
  if (answer.success !== true) throw new Error(`${what}: success ${answer.success}, expected true`);
  if (answer.successCount !== count) throw new Error(`${what}: successCount ${answer.successCount}, expected ${count}`);
  const results = answer.successResults ?? [];
  if (results.length !== count) throw new Error(`${what}: ${results.length} successResults, expected ${count}`);
  return results;
}

/**
 * The imported id of a case: its own with a plain import, its `destinationId` with
 * createNewCopies, which must then differ from the original.
 */
export function importedCaseId(successResults, caseId, { newCopies }) {
  const result = successResults.find((r) => r.type === EXCHANGE_TYPES.cases && r.id === caseId);
  if (!result) throw new Error(`case ${caseId} is not among the import's successResults`);
  if (!newCopies) {
    if (result.destinationId !== undefined && result.destinationId !== caseId) throw new Error(`a plain import gave case ${caseId} the new id ${result.destinationId}`);
    return caseId;
  }
  if (!result.destinationId || result.destinationId === caseId) throw new Error(`createNewCopies kept case ${caseId}'s id (destinationId ${result.destinationId})`);
  return result.destinationId;
}

/** A count read back over the API equals the seeded one. */
export function checkCount(what, actual, expected) {
  if (actual !== expected) throw new Error(`${what}: ${actual}, expected ${expected}`);
}
