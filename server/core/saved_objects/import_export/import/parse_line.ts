/**
 * One line of an import file: Kibana's export-details record (skipped), an object, or a line
 * that cannot be one, with why in words the import's error reports as `Line N: why`.
 */
import type { SavedObjectReference, SavedObjectsType } from '../../types';
import type { ExchangeDocument } from '../types';

export type ParsedLine =
  | { kind: 'details' }
  | { kind: 'object'; document: ExchangeDocument }
  | { kind: 'invalid'; type: string; id: string; reason: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isReference = (value: unknown): value is SavedObjectReference =>
  isRecord(value) && typeof value.type === 'string' && typeof value.id === 'string' && typeof value.name === 'string';

const optionalString = (value: unknown): value is string | undefined => value === undefined || typeof value === 'string';

/** Why the object cannot be imported as a document, or undefined when it can. */
function invalidBecause(object: Record<string, unknown>): string | undefined {
  if (typeof object.type !== 'string' || object.type === '') return 'the object has no "type" string';
  if (typeof object.id !== 'string' || object.id === '') return 'the object has no "id" string';
  if (!isRecord(object.attributes)) return '"attributes" must be an object';
  if (object.references !== undefined && !(Array.isArray(object.references) && object.references.every(isReference))) {
    return '"references" must be an array of objects with "type", "id" and "name" strings';
  }
  if (!optionalString(object.typeMigrationVersion)) return '"typeMigrationVersion" must be a string';
  if (object.migrationVersion !== undefined && !isRecord(object.migrationVersion)) return '"migrationVersion" must be an object';
  if (!optionalString(object.originId)) return '"originId" must be a string';
  return undefined;
}

/**
 * Documents of types another Kibana build writes that an importable type reads as its own
 * (`management.importAliases`), by the alias's name: each turns such a document into one of its type.
 */
export type ImportAliases = ReadonlyMap<string, (document: ExchangeDocument) => ExchangeDocument>;

export function importAliasesOf(types: readonly SavedObjectsType[]): ImportAliases {
  return new Map(types.flatMap((type) => Object.entries(type.management?.importAliases ?? {})));
}

/** Called for non-blank lines only. An alias's document comes back as its importing type's. */
export function parseLine(text: string, aliases?: ImportAliases): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { kind: 'invalid', type: '', id: '', reason: `not valid JSON (${(error as Error).message})` };
  }
  if (!isRecord(value)) return { kind: 'invalid', type: '', id: '', reason: 'not a JSON object' };
  // Kibana's export ends with a record of counts; it is not an object to import.
  if ('exportedCount' in value && value.type === undefined) return { kind: 'details' };
  const why = invalidBecause(value);
  if (why !== undefined) {
    return {
      kind: 'invalid',
      type: typeof value.type === 'string' ? value.type : '',
      id: typeof value.id === 'string' ? value.id : '',
      reason: why,
    };
  }
  const document = value as unknown as ExchangeDocument;
  if (document.references === undefined) document.references = [];
  const alias = aliases?.get(document.type);
  return { kind: 'object', document: alias ? alias(document) : document };
}

export const isBlank = (text: string): boolean => text.trim() === '';

/**
 * The document's known fields with some changed: what a finder left on an export (`score`,
 * `sort`), our `version` and `namespaces` are not carried on. Built field by field, which is
 * cheaper than copying with a rest pattern a hundred thousand times.
 */
export function withChanges(source: ExchangeDocument, changes: Partial<ExchangeDocument>): ExchangeDocument {
  const pick = <K extends keyof ExchangeDocument>(key: K): ExchangeDocument[K] => (key in changes ? changes[key] : source[key]) as ExchangeDocument[K];
  const document: ExchangeDocument = { type: pick('type'), id: pick('id'), attributes: pick('attributes'), references: pick('references') };
  const optional = ['typeMigrationVersion', 'coreMigrationVersion', 'migrationVersion', 'originId', 'managed', 'created_at', 'updated_at', 'created_by', 'updated_by'] as const;
  for (const key of optional) {
    const value = pick(key);
    if (value !== undefined) (document as unknown as Record<string, unknown>)[key] = value;
  }
  return document;
}
