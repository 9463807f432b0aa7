/**
 * One object of the file, once its checks passed: what its type stores for it (`toImport`, or
 * the document's attributes and references for a type without exchange), written by one unit
 * of work with its counters and related objects, so it is written whole or not at all.
 * Whatever goes wrong is this object's error; the import goes on.
 */
import { isHttpError } from '../../../errors';
import type { SavedObject, SavedObjectsType, UnitOfWorkOperation } from '../../types';
import { isImportDocumentError } from '../errors';
import type { ExchangeDocument, ImportConversionContext, ImportErrorDetail, ImportWrite } from '../types';
import type { ImportRun } from './import_run';
import { unknownError } from './import_results';

export interface PreparedObject {
  type: SavedObjectsType;
  line: number;
  /** The id in the file, which the answer names the object by. */
  fileId: string;
  /** Migrated; `id`, `references` and `originId` are the destination's. */
  document: ExchangeDocument;
  /** Write over an object of that id if there is one. */
  overwrite: boolean;
  existing?: SavedObject;
  ignoreMissingReferences: boolean;
}

export type WriteOutcome = { ok: true; object: SavedObject } | { ok: false; error: ImportErrorDetail };

/** The error of a throw, in this object's words: 4xx as thrown, anything else a logged 500. */
export function failureOf(run: ImportRun, item: Pick<PreparedObject, 'type' | 'line' | 'fileId'>, error: unknown, what: string): ImportErrorDetail {
  const prefix = `Line ${item.line}: `;
  if (isImportDocumentError(error)) return unknownError(400, prefix + error.message);
  if (isHttpError(error) && error.statusCode < 500) {
    return error.statusCode === 409 ? { type: 'conflict' } : unknownError(error.statusCode, prefix + error.message);
  }
  run.logger.error({ err: error, 'event.action': 'saved-objects-import' }, `Importing ${item.type.name} [${item.fileId}] failed while ${what}`);
  return unknownError(isHttpError(error) ? error.statusCode : 500, `${prefix}${what} failed: ${(error as Error)?.message ?? String(error)}`);
}

function conversionOf(item: PreparedObject, context: ImportConversionContext): ImportWrite {
  const exchange = item.type.management?.exchange;
  if (!exchange) return { attributes: item.document.attributes, references: item.document.references };
  return exchange.toImport(item.document, context);
}

function operationsOf(item: PreparedObject, write: ImportWrite): UnitOfWorkOperation[] {
  const counters = (write.counters ?? []).map((counter, i) => ({ ...counter, name: `import-counter-${i}` }));
  const create: UnitOfWorkOperation = {
    kind: 'create',
    type: item.type.name,
    id: item.document.id,
    attributes: write.attributes,
    references: write.references,
    overwrite: item.overwrite,
    ...(counters.length > 0 ? { counters: Object.fromEntries(counters.map((c) => [c.attribute, c.name])) } : {}),
    ...(item.document.originId !== undefined ? { originId: item.document.originId } : {}),
  };
  return [
    ...counters.map(({ type, id, field, initial, name }): UnitOfWorkOperation => ({ kind: 'incrementCounter', type, id, field, name, ...(initial !== undefined ? { initial } : {}) })),
    create,
    ...(write.related ?? []),
  ];
}

export async function importObject(
  run: ImportRun,
  item: PreparedObject,
  referenceExists: ImportConversionContext['referenceExists'],
): Promise<WriteOutcome> {
  let operations: UnitOfWorkOperation[];
  try {
    const write = conversionOf(item, {
      namespace: run.namespace,
      existing: item.existing,
      referenceExists,
      ignoreMissingReferences: item.ignoreMissingReferences,
      now: run.now,
      actor: run.actor,
    });
    operations = operationsOf(item, write);
  } catch (error) {
    return { ok: false, error: failureOf(run, item, error, 'converting it') };
  }
  const createAt = operations.findIndex((op) => op.kind === 'create');
  try {
    const results = await run.repository.unitOfWork(operations, { namespace: run.namespace, user: run.user });
    const created = results[createAt];
    if (created?.kind !== 'create') throw new Error('the unit of work answered no created object');
    return { ok: true, object: created.object };
  } catch (error) {
    return { ok: false, error: failureOf(run, item, error, 'writing it') };
  }
}
