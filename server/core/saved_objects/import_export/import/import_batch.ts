/**
 * Up to a batch of objects of one type, read back from the spooled file: migrated, placed (the
 * id each is written under and its rewritten references), authorized, checked for missing
 * required references and for conflicts in the destination, then written, each by its own unit
 * of work, all at once. Each step asks the repository once for the whole batch.
 */
import { isBulkItemError, type SavedObjectReference, type SavedObjectsType } from '../../types';
import type { ExchangeDocument, ImportErrorDetail } from '../types';
import { checkConflicts, type ConflictCandidate } from './check_conflicts';
import { failureOf, importObject, type PreparedObject } from './import_object';
import { lineError, objectError, successMeta } from './import_results';
import { objectKey, retryOf, type ImportRun } from './import_run';
import { migrateDocument } from './migrate_document';
import { parseLine, withChanges } from './parse_line';
import { readRanges } from './read_line';
import { rewriteReferences } from './rewrite_references';

interface BatchItem extends PreparedObject {
  /** The attributes as the file has them, for the error's title. */
  fileAttributes: Record<string, unknown>;
  /** The id differs from the file's because of `createNewCopies` or a retry's `createNewCopy`. */
  newCopy: boolean;
  checkOrigins: boolean;
  /** An existing object was found and is written over. */
  overwrote: boolean;
}

function fail(run: ImportRun, item: Pick<BatchItem, 'type' | 'fileId' | 'line' | 'fileAttributes'>, error: ImportErrorDetail, overwrite = false): void {
  run.errors.push(
    objectError({ type: item.type, typeName: item.type.name, id: item.fileId, attributes: item.fileAttributes, line: item.line, error, overwrite }),
  );
}

/** The file's document, migrated and placed where it is written; undefined when it failed (the error is recorded). */
function prepare(run: ImportRun, type: SavedObjectsType, line: number, text: string): BatchItem | undefined {
  const parsed = parseLine(text, run.aliases);
  if (parsed.kind !== 'object') {
    // Indexed as an object in the first pass: only a spool changed under the import reads otherwise.
    run.errors.push(lineError(line, type.name, '', 'the line changed while it was imported'));
    return undefined;
  }
  const fileDocument = parsed.document;
  const base = { type, line, fileId: fileDocument.id, fileAttributes: fileDocument.attributes };
  let migrated: ExchangeDocument;
  try {
    migrated = migrateDocument(type, fileDocument);
  } catch (error) {
    fail(run, base, failureOf(run, base, error, 'migrating it'));
    return undefined;
  }
  const retry = retryOf(run, type.name, fileDocument.id);
  const destinationId = run.ids.of(type.name, fileDocument.id);
  const moved = destinationId !== fileDocument.id;
  // Kibana's: a new copy is an object of its own, with no origin to conflict with later (a copy of it
  // copied back is new, not the original); an object placed onto another id keeps where it came from.
  const newCopy = moved && (run.createNewCopies || retry?.createNewCopy === true);
  return {
    ...base,
    document: withChanges(migrated, {
      id: destinationId,
      references: rewriteReferences(migrated.references, run.ids, retry?.replaceReferences),
      originId: newCopy ? undefined : moved ? (fileDocument.originId ?? fileDocument.id) : migrated.originId,
    }),
    overwrite: run.retries ? retry?.overwrite === true : run.overwrite,
    ignoreMissingReferences: retry?.ignoreMissingReferences === true,
    newCopy,
    checkOrigins: !run.createNewCopies && retry?.destinationId === undefined && retry?.createNewCopy !== true,
    overwrote: false,
  };
}

async function authorize(run: ImportRun, type: SavedObjectsType, items: BatchItem[]): Promise<BatchItem[]> {
  const check = type.management?.authorize;
  if (!check || items.length === 0) return items;
  let refused: ReadonlyMap<string, string>;
  try {
    refused = await check(
      { request: run.request, namespace: run.namespace },
      'import',
      items.map((item) => ({ id: item.fileId, type: type.name, attributes: item.document.attributes })),
    );
  } catch (error) {
    for (const item of items) fail(run, item, failureOf(run, item, error, 'authorizing it'));
    return [];
  }
  return items.filter((item) => {
    const why = refused.get(item.fileId);
    if (why !== undefined) fail(run, item, { type: 'unknown', statusCode: 403, message: why });
    return why === undefined;
  });
}

/** Which references of the batch point at objects the space has, asked once. */
async function existingReferences(run: ImportRun, items: BatchItem[], known: (ref: SavedObjectReference) => boolean): Promise<Set<string>> {
  const wanted = new Map<string, { type: string; id: string }>();
  for (const item of items) {
    for (const ref of item.document.references) if (!known(ref)) wanted.set(objectKey(ref.type, ref.id), { type: ref.type, id: ref.id });
  }
  const found = new Set<string>();
  if (wanted.size === 0) return found;
  const { saved_objects: objects } = await run.repository.bulkGet([...wanted.values()], { namespace: run.namespace });
  for (const object of objects) if (!isBulkItemError(object)) found.add(objectKey(object.type, object.id));
  return found;
}

function missingRequired(item: BatchItem, exists: (ref: SavedObjectReference) => boolean): Array<{ type: string; id: string }> {
  const required = new Set(item.type.management?.exchange?.requiredReferenceTypes ?? []);
  const missing = new Map<string, { type: string; id: string }>();
  for (const ref of item.document.references) {
    if (required.has(ref.type) && !exists(ref)) missing.set(objectKey(ref.type, ref.id), { type: ref.type, id: ref.id });
  }
  return [...missing.values()];
}

async function placeInDestination(run: ImportRun, type: SavedObjectsType, items: BatchItem[]): Promise<BatchItem[]> {
  if (run.createNewCopies || items.length === 0) return items;
  const candidates: ConflictCandidate[] = items.map((item) => ({
    id: item.fileId,
    destinationId: item.document.id,
    originId: item.document.originId,
    overwrite: item.overwrite,
    checkOrigins: item.checkOrigins,
  }));
  const outcomes = await checkConflicts({
    repository: run.repository,
    namespace: run.namespace,
    type,
    candidates,
    isImported: (id) => run.index.keys.has(type.name, id) || run.retryDestinations.has(objectKey(type.name, id)),
  });
  return items.filter((item, i) => {
    const outcome = outcomes[i];
    switch (outcome.kind) {
      case 'free':
        return true;
      case 'overwrite':
        item.existing = outcome.existing;
        item.overwrote = true;
        return true;
      case 'origin':
      case 'regenerate': {
        const destinationId = outcome.kind === 'origin' ? outcome.destinationId : run.newId();
        run.ids.set(type.name, item.fileId, destinationId);
        item.document = { ...item.document, id: destinationId, originId: item.document.originId ?? item.fileId };
        if (outcome.kind === 'origin') {
          item.existing = outcome.existing;
          item.overwrote = true;
        }
        return true;
      }
      case 'error':
        // Kibana's reference origins: the objects that reference one in conflict with a single object
        // of the space point at that object, so they are judged (and written) against it.
        if (outcome.error.type === 'conflict' && outcome.error.destinationId) run.ids.set(type.name, item.fileId, outcome.error.destinationId);
        fail(run, item, outcome.error, item.overwrite);
        return false;
    }
  });
}

export async function importBatch(run: ImportRun, type: SavedObjectsType, entries: number[]): Promise<void> {
  const texts = await readRanges(run.file, entries.map((entry) => run.index.range(entry)));
  let items = entries.flatMap((entry, i) => prepare(run, type, run.index.line(entry), texts[i]) ?? []);
  texts.length = 0;
  items = await authorize(run, type, items);

  // Objects of this batch count as arriving (a comment may reference another comment).
  const arriving = new Set(items.map((item) => objectKey(type.name, item.document.id)));
  const known = (ref: SavedObjectReference) => run.imported.has(objectKey(ref.type, ref.id)) || arriving.has(objectKey(ref.type, ref.id));
  const inSpace = await existingReferences(run, items, known);
  const exists = (ref: { type: string; id: string }) => known(ref as SavedObjectReference) || inSpace.has(objectKey(ref.type, ref.id));

  // Conflicts first: an object that exists already is reported as such, not as missing what it
  // references (its parent may be in conflict too, and then is not written by this import).
  items = await placeInDestination(run, type, items);
  items = items.filter((item) => {
    if (item.ignoreMissingReferences) return true;
    const missing = missingRequired(item, exists);
    if (missing.length > 0) fail(run, item, { type: 'missing_references', references: missing }, item.overwrite);
    return missing.length === 0;
  });

  const outcomes = await Promise.all(items.map((item) => importObject(run, item, exists)));
  const tracked = run.index.referencedTypes.has(type.name);
  const hook = type.management?.onImport;
  items.forEach((item, i) => {
    const outcome = outcomes[i];
    if (!outcome.ok) {
      fail(run, item, outcome.error, item.overwrite);
      return;
    }
    const destinationId = item.document.id;
    run.successResults.push({
      type: type.name,
      id: item.fileId,
      meta: successMeta(type, outcome.object),
      ...(destinationId !== item.fileId ? { destinationId } : {}),
      // Kibana's: only a copy a retry asked for says so; with `createNewCopies` every object is one.
      ...(item.newCopy && !run.createNewCopies ? { createNewCopy: true } : {}),
      ...(item.overwrote ? { overwrite: true } : {}),
    });
    if (tracked) run.imported.add(objectKey(type.name, destinationId));
    if (hook) {
      const list = run.hookObjects.get(type.name) ?? [];
      list.push(outcome.object);
      run.hookObjects.set(type.name, list);
    }
  });
}
