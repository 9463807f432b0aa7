/**
 * A document from a file, brought to the shape its type imports. A type with an `exchange` runs
 * its Kibana migrations newer than the document's stamp, in version order (a document stamped
 * with nothing runs them all, as in Kibana). A type without one is exported as stored, stamped
 * `10.N.0` for model version N: its model versions after N run. A document stamped newer than
 * this build knows is refused rather than read as a shape it is not.
 */
import { migrateAttributes } from '../../migrate_document';
import { INITIAL_MODEL_VERSION, latestModelVersion, modelVersionToVirtualVersion, virtualVersionToModelVersion } from '../../model_versions';
import type { SavedObjectsType } from '../../types';
import { ImportDocumentError } from '../errors';
import type { ExchangeDocument, SavedObjectExchange } from '../types';
import { withChanges } from './parse_line';

type Semver = [number, number, number];

/** An import compares the same few stamps for every document: each is parsed once. */
const parsedVersions = new Map<string, Semver | undefined>();
const MAX_PARSED_VERSIONS = 1000;

function parseVersion(version: string): Semver | undefined {
  if (parsedVersions.has(version)) return parsedVersions.get(version);
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  const parsed: Semver | undefined = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
  // Stamps come from files: a file of made-up stamps must not grow the cache without end.
  if (parsedVersions.size < MAX_PARSED_VERSIONS) parsedVersions.set(version, parsed);
  return parsed;
}

export function compareVersions(a: string, b: string): number {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  if (!x || !y) throw new Error(`Cannot compare versions [${a}] and [${b}]`);
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

/** Kibana's order of stamps: `typeMigrationVersion`, else the type's entry of the 7.x map; empty means none. */
function stampOf(document: ExchangeDocument): string | undefined {
  const stamp = document.typeMigrationVersion || document.migrationVersion?.[document.type];
  return typeof stamp === 'string' && stamp !== '' ? stamp : undefined;
}

/** Kibana's words, so a client that recognises them still does. */
const tooRecent = (document: ExchangeDocument, stamp: string, latest: string) =>
  new ImportDocumentError(
    `Document "${document.id}" has property "${document.type}" which belongs to a more recent version of Kibana [${stamp}]. ` +
      `The last known version is [${latest}]`,
  );

const withStamp = (document: ExchangeDocument, stamp: string, attributes = document.attributes): ExchangeDocument =>
  withChanges(document, { attributes, typeMigrationVersion: stamp, migrationVersion: undefined });

function runExchangeMigrations(exchange: SavedObjectExchange, document: ExchangeDocument): ExchangeDocument {
  const stamp = stampOf(document) ?? '0.0.0';
  if (!parseVersion(stamp)) throw new ImportDocumentError(`the version stamp [${stamp}] is not a version`);
  const versions = Object.keys(exchange.migrations ?? {}).sort(compareVersions);
  const latest = [exchange.exportVersion, ...versions].sort(compareVersions).pop() ?? exchange.exportVersion;
  if (compareVersions(stamp, latest) > 0) throw tooRecent(document, stamp, latest);
  let migrated = document;
  for (const version of versions) {
    if (compareVersions(version, stamp) <= 0) continue;
    try {
      migrated = exchange.migrations![version]({ ...migrated });
    } catch (error) {
      if (error instanceof ImportDocumentError) throw error;
      throw new ImportDocumentError(`the migration to ${version} failed: ${(error as Error).message}`);
    }
    if (migrated === null || typeof migrated !== 'object' || typeof migrated.attributes !== 'object' || migrated.attributes === null) {
      throw new ImportDocumentError(`the migration to ${version} returned no document`);
    }
  }
  return withStamp(migrated, compareVersions(stamp, exchange.exportVersion) > 0 ? stamp : exchange.exportVersion);
}

function runModelVersions(type: SavedObjectsType, document: ExchangeDocument): ExchangeDocument {
  const stamp = stampOf(document);
  const latest = latestModelVersion(type);
  // A legacy stamp (`8.0.0`) or none: the document predates this type's model versions.
  const from = Math.max(stamp === undefined ? INITIAL_MODEL_VERSION : (virtualVersionToModelVersion(stamp) ?? INITIAL_MODEL_VERSION), INITIAL_MODEL_VERSION);
  if (from > latest) throw tooRecent(document, stamp!, modelVersionToVirtualVersion(latest));
  let attributes: Record<string, unknown>;
  try {
    attributes = migrateAttributes(type, { id: document.id, attributes: document.attributes, modelVersion: from });
  } catch (error) {
    throw new ImportDocumentError((error as Error).message);
  }
  return withStamp(document, modelVersionToVirtualVersion(latest), attributes);
}

/** The document in the shape its type's `toImport` (or storage, for a type without exchange) takes. */
export function migrateDocument(type: SavedObjectsType, document: ExchangeDocument): ExchangeDocument {
  const exchange = type.management?.exchange;
  return exchange ? runExchangeMigrations(exchange, document) : runModelVersions(type, document);
}
