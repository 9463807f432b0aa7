/**
 * Test-only: three small types that exercise every part of an import (a case-like parent whose
 * `toImport` takes a number from a counter and writes a note with it, a child that requires its
 * parent, a plain type with model versions), a SQLite backend in a temp folder, and NDJSON files.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createLogger } from '../../../logging/logger';
import { fakeRequest } from '../../../security/__fixtures__/fake_request';
import { createSqliteBackend, type SqliteBackend } from '../../sqlite/sqlite_backend';
import { TypeRegistry } from '../../type_registry';
import type { SavedObjectsType } from '../../types';
import { ImportDocumentError } from '../errors';
import type { ExchangeDeps } from '../exchange_deps';
import type { ExchangeDocument, ImportOptions, ImportWarning } from '../types';
import { createImporter } from './create_importer';

export const PARENT = 'test-parent';
export const CHILD = 'test-child';
export const PLAIN = 'test-plain';
export const COUNTER = 'test-counter';
export const NOTE = 'test-note';
export const HIDDEN = 'test-hidden';

const text = { type: 'text', fields: { keyword: { type: 'keyword' } } } as const;

/** Like a case: a number from a counter, a note written with it, an owner that authorization reads. */
export const parentType: SavedObjectsType = {
  name: PARENT,
  namespaceType: 'single',
  mappings: { properties: { title: text, number: { type: 'long' }, owner: { type: 'keyword' }, flagged: { type: 'boolean' } } },
  management: {
    importableAndExportable: true,
    icon: 'casesApp',
    getTitle: (object) => `Parent: ${String((object.attributes as { title?: string }).title)}`,
    exchange: {
      exportVersion: '8.1.0',
      // Kibana's 8.0.0 shape called the title `name`.
      migrations: {
        '8.0.0': (doc) => {
          const { name, ...attributes } = doc.attributes;
          return { ...doc, attributes: name === undefined ? doc.attributes : { ...attributes, title: name } };
        },
      },
      toExport: (object) => ({ attributes: object.attributes as Record<string, unknown>, references: object.references }),
      toImport: (doc, context) => {
        if (typeof doc.attributes.title !== 'string') throw new ImportDocumentError('a parent needs a title');
        if (doc.attributes.title === 'explode') throw new Error('boom');
        const { number: _number, ...attributes } = doc.attributes;
        return {
          attributes: { ...attributes, importedBy: context.actor?.profile_uid ?? null },
          references: doc.references,
          counters: [{ attribute: 'number', type: COUNTER, id: `counter-${context.namespace}`, field: 'count', initial: 0 }],
          related: [
            {
              kind: 'create',
              type: NOTE,
              id: `note-${doc.id}`,
              overwrite: context.existing !== undefined,
              attributes: { text: `imported ${String(doc.attributes.title)}` },
              references: [{ type: PARENT, id: doc.id, name: 'parent' }],
            },
          ],
        };
      },
    },
    onImport: (objects) => {
      const flagged = objects.filter((o) => (o.attributes as { flagged?: boolean }).flagged === true);
      const warnings: ImportWarning[] = flagged.length === 0 ? [] : [{ type: 'action_required', message: `${flagged.length} flagged`, actionPath: '/app/parents' }];
      return { warnings };
    },
    authorize: async (_context, operation, objects) =>
      new Map(objects.filter((o) => (o.attributes as { owner?: string }).owner === 'forbidden').map((o) => [o.id, `Unauthorized to ${operation} a parent of owner [forbidden]`])),
  },
};

/** Requires its parent; stores the parent's id as an attribute, taken from the rewritten reference. */
export const childType: SavedObjectsType = {
  name: CHILD,
  namespaceType: 'single',
  mappings: { properties: { text: { type: 'text' }, parentId: { type: 'keyword' } } },
  management: {
    importableAndExportable: true,
    exchange: {
      exportVersion: '8.0.0',
      requiredReferenceTypes: [PARENT],
      toExport: (object) => ({ attributes: object.attributes as Record<string, unknown>, references: object.references }),
      toImport: (doc, context) => {
        if (typeof doc.attributes.text !== 'string') throw new ImportDocumentError('a child needs a text');
        const parent = doc.references.find((r) => r.type === PARENT);
        return {
          attributes: { text: doc.attributes.text, parentId: parent?.id ?? null, parentFound: parent ? context.referenceExists(parent) : false },
          references: doc.references,
        };
      },
    },
  },
};

/** No exchange: imported as read, its model versions run from the document's `10.N.0`. */
export const plainType: SavedObjectsType = {
  name: PLAIN,
  namespaceType: 'single',
  mappings: { properties: { title: text, body: { type: 'text' }, migrated: { type: 'boolean' } } },
  management: {
    importableAndExportable: true,
    // Another build's name for the same objects, whose `name` is our `title`.
    importAliases: { 'test-legacy-plain': (document) => ({ ...document, type: PLAIN, attributes: { title: document.attributes.name } }) },
  },
  modelVersions: {
    1: { description: 'first' },
    2: { description: 'marks migrated documents', migrate: (attributes) => ({ ...attributes, migrated: true }) },
  },
};

const counterType: SavedObjectsType = { name: COUNTER, namespaceType: 'single', mappings: { properties: { count: { type: 'long' } } } };
const noteType: SavedObjectsType = { name: NOTE, namespaceType: 'single', mappings: { properties: { text: { type: 'text' } } } };
const hiddenType: SavedObjectsType = { name: HIDDEN, namespaceType: 'single', mappings: { properties: { title: text } } };

export interface ImportEnv {
  dir: string;
  tmpDir: string;
  backend: SqliteBackend;
  deps: ExchangeDeps;
  ids: string[];
  close(): Promise<void>;
}

export async function importEnv(limits: Partial<ExchangeDeps['limits']> = {}, name = 'import'): Promise<ImportEnv> {
  const dir = mkdtempSync(join(tmpdir(), `so-${name}-`));
  const registry = new TypeRegistry();
  // Registered child first: the import order must still put parents before children.
  for (const type of [childType, counterType, noteType, parentType, plainType, hiddenType]) registry.registerType(type);
  registry.freeze();
  const backend = createSqliteBackend({ path: join(dir, 'so.db'), registry });
  await backend.start();
  const ids: string[] = [];
  let next = 0;
  const tmp = join(dir, 'spool');
  const deps: ExchangeDeps = {
    registry,
    repository: backend.repository,
    limits: { maxImportExportSize: 1_000_000, maxImportPayloadBytes: 512 * 1024 * 1024, ...limits },
    logger: createLogger({ level: 'silent' }),
    tmpDir: tmp,
    now: () => new Date('2024-05-01T00:00:00.000Z'),
    newId: () => {
      const id = `new-${++next}`;
      ids.push(id);
      return id;
    },
  };
  return {
    dir,
    tmpDir: tmp,
    backend,
    deps,
    ids,
    close: async () => {
      await backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const spoolFiles = (env: ImportEnv): string[] => {
  try {
    return readdirSync(env.tmpDir);
  } catch {
    return [];
  }
};

type Doc = Partial<ExchangeDocument> & { type: string; id: string };

export const doc = (type: string, id: string, attributes: Record<string, unknown>, more: Partial<ExchangeDocument> = {}): Doc => ({
  type,
  id,
  attributes,
  references: [],
  ...more,
});

export const parent = (id: string, title: string, more: Partial<ExchangeDocument> = {}) =>
  doc(PARENT, id, { title, owner: 'team' }, { typeMigrationVersion: '8.1.0', coreMigrationVersion: '8.8.0', ...more });

export const child = (id: string, parentId: string, textValue = `child of ${parentId}`) =>
  doc(CHILD, id, { text: textValue }, { references: [{ type: PARENT, id: parentId, name: 'parent' }], typeMigrationVersion: '8.0.0' });

export const plain = (id: string, title: string, more: Partial<ExchangeDocument> = {}) =>
  doc(PLAIN, id, { title }, { typeMigrationVersion: '10.2.0', ...more });

export const DETAILS_LINE = { excludedObjects: [], excludedObjectsCount: 0, exportedCount: 3, missingRefCount: 0, missingReferences: [] };

/** An export file: one JSON line each (strings are written as they are), joined by `\n`. */
export const ndjson = (...lines: unknown[]): string => lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n');

export const fileOf = (content: string | Buffer): Readable => Readable.from([Buffer.from(content)]);

export const options = (namespace = 'default', more: Partial<ImportOptions> = {}): ImportOptions => ({
  namespace,
  request: fakeRequest({ method: 'POST', path: '/api/saved_objects/_import', spaceId: namespace }),
  actor: { username: 'importer', full_name: null, email: null, profile_uid: 'u_importer' },
  ...more,
});

export const importerOf = (env: ImportEnv) => createImporter(env.deps);
