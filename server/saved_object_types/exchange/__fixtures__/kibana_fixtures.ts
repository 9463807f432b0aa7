/**
 * Kibana's case exports (its cases API integration tests' fixtures) and a 7.10 kbn_archiver
 * archive, read as the documents an import sees: NDJSON lines without the export-details line,
 * or the archive's blank-line-separated objects.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExchangeDocument, SavedObjectExchange, SavedObjectsType } from '../../../core';
import { migrateDocument } from '../../../core/mocks';

/** Kibana's files, kept once for every suite that reads them (test/fixtures/kibana_exports/README.md). */
const KIBANA_EXPORTS = join(__dirname, '../../../../test/fixtures/kibana_exports/kibana');

export type KibanaFixture =
  | 'single_case_user_actions_one_comment.ndjson'
  | 'legacy_single_case_user_actions_one_comment.ndjson'
  | 'single_case_with_connector_update_to_none.ndjson'
  | 'single_case_with_unified_attachment.ndjson'
  | 'kbn_archiver_7.10.0.json';

export function readKibanaFixture(name: KibanaFixture): ExchangeDocument[] {
  const text = readFileSync(join(KIBANA_EXPORTS, name), 'utf8');
  const pieces = name.endsWith('.ndjson') ? text.split('\n') : text.split(/\n\s*\n/);
  return pieces
    .filter((piece) => piece.trim() !== '')
    .map((piece) => JSON.parse(piece) as ExchangeDocument)
    .filter((document) => typeof document.type === 'string');
}

export const fixtureDocumentsOf = (name: KibanaFixture, type: string): ExchangeDocument[] => readKibanaFixture(name).filter((document) => document.type === type);

/** What the importer does before a type's `toImport`: the platform's own migration step. */
export function migrateForImport(exchange: SavedObjectExchange, document: ExchangeDocument): ExchangeDocument {
  const type: SavedObjectsType = { name: document.type, namespaceType: 'single', mappings: { properties: {} }, management: { exchange } };
  return migrateDocument(type, document);
}
