/**
 * Test-only: a real SQLite store in a temp dir with four types that cover what export must
 * handle — `parent` has an exchange (its stored `name` leaves as Kibana's `title`), an
 * `onExport` that brings its `child` objects, and an authorization that refuses objects whose
 * owner is `forbidden`; `child` has its own exchange and a hook that must never run on
 * children a parent brings; `plain` is exported as stored at model version 2; `secret` is
 * not exportable.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { createTestLogger, fakeRequest } from '../../../../mocks';
import { createSqliteBackend, type SqliteBackend } from '../../../sqlite/sqlite_backend';
import { TypeRegistry } from '../../../type_registry';
import type { SavedObjectReference, SavedObjectsType } from '../../../types';
import type { ExchangeDeps } from '../../exchange_deps';
import type { ExportOptions } from '../../types';

export interface HarnessCalls {
  parentHook: string[][];
  childHook: string[][];
  authorize: string[][];
}

export interface ExportHarness {
  deps: ExchangeDeps;
  backend: SqliteBackend;
  calls: HarnessCalls;
  /** Finder pages handed out by the repository since the last reset. */
  pagesRead(): number;
  resetCounters(): void;
  options(extra: Partial<ExportOptions> & { hasReference?: Array<{ type: string; id: string }> }): ExportOptions;
  close(): Promise<void>;
}

export const ref = (type: string, id: string, name = `${type}-ref`): SavedObjectReference => ({ type, id, name });

function types(calls: HarnessCalls, repository: () => ExchangeDeps['repository']): SavedObjectsType[] {
  const parent: SavedObjectsType = {
    name: 'parent',
    namespaceType: 'single',
    mappings: { properties: { name: { type: 'text' }, owner: { type: 'keyword' } } },
    management: {
      importableAndExportable: true,
      defaultSearchField: 'name',
      exchange: {
        exportVersion: '8.10.0',
        toExport: (object) => {
          const { name, owner } = object.attributes as { name: string; owner: string };
          return { attributes: { title: name, owner }, references: object.references };
        },
        toImport: () => {
          throw new Error('not used by export tests');
        },
      },
      onExport: async (context, objects) => {
        calls.parentHook.push(objects.map((o) => o.id));
        const children = await repository().find({
          type: 'child',
          namespace: context.namespace,
          hasReference: objects.map((o) => ({ type: 'parent', id: o.id })),
          perPage: 1000,
        });
        return [...objects, ...children.saved_objects];
      },
      authorize: async (_context, _operation, objects) => {
        calls.authorize.push(objects.map((o) => o.id));
        const refused = new Map<string, string>();
        for (const object of objects) {
          const owner = (object.attributes as { owner?: string }).owner;
          if (owner === 'forbidden') refused.set(object.id, `Unauthorized to export parent [${object.id}] of owner [forbidden]`);
        }
        return refused;
      },
    },
  };
  const child: SavedObjectsType = {
    name: 'child',
    namespaceType: 'single',
    mappings: { properties: { text: { type: 'text' } } },
    management: {
      importableAndExportable: true,
      exchange: {
        exportVersion: '8.11.0',
        toExport: (object) => ({ attributes: { ...(object.attributes as object), converted: true }, references: object.references }),
        toImport: () => {
          throw new Error('not used by export tests');
        },
      },
      onExport: async (_context, objects) => {
        calls.childHook.push(objects.map((o) => o.id));
        return objects;
      },
    },
  };
  const plain: SavedObjectsType = {
    name: 'plain',
    namespaceType: 'single',
    mappings: { properties: { title: { type: 'text' }, n: { type: 'integer' } } },
    modelVersions: { 1: { description: 'first' }, 2: { description: 'adds n', migrate: (a) => a } },
    management: { importableAndExportable: true, defaultSearchField: 'title' },
  };
  const secret: SavedObjectsType = { name: 'secret', namespaceType: 'single', mappings: { properties: { v: { type: 'keyword' } } } };
  return [parent, child, plain, secret];
}

export async function createExportHarness(maxImportExportSize = 500_000): Promise<ExportHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'so-export-'));
  const calls: HarnessCalls = { parentHook: [], childHook: [], authorize: [] };
  const registry = new TypeRegistry();
  // The parent hook reads children through the store built below; it only runs once started.
  for (const type of types(calls, () => started.repository)) registry.registerType(type);
  registry.freeze();
  const started: SqliteBackend = createSqliteBackend({ path: join(dir, 'export.db'), registry });
  await started.start();

  let pages = 0;
  const base = started.repository;
  // Counts the pages the exporter pulls, so tests can tell a stream from a whole export.
  const repository: ExchangeDeps['repository'] = {
    ...base,
    createPointInTimeFinder: <T>(options: Parameters<typeof base.createPointInTimeFinder>[0]) => {
      const finder = base.createPointInTimeFinder<T>(options);
      return {
        close: () => finder.close(),
        async *find() {
          for await (const page of finder.find()) {
            pages++;
            yield page;
          }
        },
      };
    },
  };

  const deps: ExchangeDeps = {
    registry,
    repository,
    limits: { maxImportExportSize, maxImportPayloadBytes: 512 * 1024 * 1024 },
    logger: createTestLogger().logger,
    tmpDir: dir,
  };
  return {
    deps,
    backend: started,
    calls,
    pagesRead: () => pages,
    resetCounters: () => {
      pages = 0;
      calls.parentHook.length = 0;
      calls.childHook.length = 0;
      calls.authorize.length = 0;
    },
    options: (extra) => ({ namespace: 'default', request: fakeRequest(), ...extra }),
    close: async () => {
      await started.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The whole body of an export stream. */
export async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks).toString('utf8');
}

export const parseLines = (body: string): Array<Record<string, unknown>> => body.split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
