import { Readable } from 'node:stream';
import { badRequest } from '../../errors';
import { objectFetchError } from '../../saved_objects/import_export/export/export_error';
import type { ExportOptions, ImportOptions, ImportResponse, ImportRetry, SavedObjectsExporter, SavedObjectsImporter } from '../../saved_objects/import_export/types';
import { createFakeRouter, type FakeRouter } from '../../security/__fixtures__/fake_router';
import { testUser } from '../../security/__fixtures__/test_users';
import { COPY_PATH, RESOLVE_COPY_PATH, registerCopyRoutes } from './copy_routes';

const user = testUser(['superuser']);
const SPACES = new Set(['default', 'soc-eu', 'soc-us']);

interface Calls {
  exports: ExportOptions[];
  imports: Array<{ text: string; options: ImportOptions }>;
  resolves: Array<{ text: string; retries: ImportRetry[]; options: Omit<ImportOptions, 'overwrite'> }>;
}

const read = async (file: Readable) => {
  let text = '';
  for await (const chunk of file) text += String(chunk);
  return text;
};

const OK: ImportResponse = { success: true, successCount: 1, successResults: [{ type: 'cases', id: 'c1', meta: { title: 'Phishing', icon: 'casesApp' } }], warnings: [] };

function setup(overrides: { exporter?: SavedObjectsExporter; importer?: Partial<SavedObjectsImporter> } = {}): { router: FakeRouter; calls: Calls } {
  const calls: Calls = { exports: [], imports: [], resolves: [] };
  const exporter: SavedObjectsExporter = overrides.exporter ?? {
    export: async (options) => {
      calls.exports.push(options);
      return Readable.from([`{"type":"cases","id":"c1","from":"${options.namespace}"}`]);
    },
  };
  const importer: SavedObjectsImporter = {
    import: async (file, options) => {
      calls.imports.push({ text: await read(file), options });
      return OK;
    },
    resolveImportErrors: async (file, retries, options) => {
      calls.resolves.push({ text: await read(file), retries, options });
      return { success: true, successCount: 0, warnings: [{ type: 'simple', message: 'heads up' }] };
    },
    ...overrides.importer,
  };
  const router = createFakeRouter();
  registerCopyRoutes(router, { exporter, importer, spaceExists: async (id) => SPACES.has(id) });
  return { router, calls };
}

const copy = (router: FakeRouter, body: unknown, spaceId = 'default', who = user) => router.call('post', COPY_PATH, { user: who, body, spaceId });
const objects = [{ type: 'cases', id: 'c1' }];

describe('POST /api/spaces/_copy_saved_objects', () => {
  it('exports from the source once per destination and imports into each, new copies by default', async () => {
    const { router, calls } = setup();
    const res = await copy(router, { spaces: ['soc-eu', 'soc-us'], objects, includeReferences: true });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      'soc-eu': { success: true, successCount: 1, successResults: OK.successResults },
      'soc-us': { success: true, successCount: 1, successResults: OK.successResults },
    });
    expect(calls.exports).toHaveLength(2);
    expect(calls.exports[0]).toMatchObject({ namespace: 'default', objects, includeReferencesDeep: true, excludeExportDetails: true });
    expect(calls.imports.map((c) => [c.options.namespace, c.options.createNewCopies, c.options.overwrite, c.options.compatibilityMode, c.options.actor?.profile_uid])).toEqual([
      ['soc-eu', true, false, false, 'u_1'],
      ['soc-us', true, false, false, 'u_1'],
    ]);
    expect(calls.imports[0].text).toBe('{"type":"cases","id":"c1","from":"default"}');
  });

  it('overwrites when asked, with createNewCopies turned off', async () => {
    const { router, calls } = setup();
    expect((await copy(router, { spaces: ['soc-eu'], objects, overwrite: true, createNewCopies: false }, 'soc-us')).status).toBe(200);
    expect(calls.exports[0].namespace).toBe('soc-us');
    expect(calls.imports[0].options).toMatchObject({ namespace: 'soc-eu', overwrite: true, createNewCopies: false });
  });

  it('answers a destination that names no space with its own 404 error, and copies the rest', async () => {
    const { router, calls } = setup();
    const res = await copy(router, { spaces: ['gone', 'soc-eu'], objects });
    expect(res.body).toEqual({
      gone: { success: false, successCount: 0, errors: [{ statusCode: 404, error: 'Not Found', message: 'Saved object [space/gone] not found' }] },
      'soc-eu': { success: true, successCount: 1, successResults: OK.successResults },
    });
    expect(calls.imports).toHaveLength(1);
  });

  it('copies nothing into the source itself unless new copies are asked for', async () => {
    const { router, calls } = setup();
    const res = await copy(router, { spaces: ['default'], objects, createNewCopies: false });
    expect(res.body).toEqual({ default: { success: true, successCount: 0 } });
    expect(calls.exports).toHaveLength(0);
    await copy(router, { spaces: ['default'], objects });
    expect(calls.imports[0].options.namespace).toBe('default');
  });

  it('answers 404 when a requested object is not in the source space', async () => {
    const { router } = setup({
      exporter: {
        export: async () => {
          throw objectFetchError([{ type: 'cases', id: 'nope', error: { statusCode: 404, error: 'Not Found', message: 'Not Found' } }]);
        },
      },
    });
    expect(await copy(router, { spaces: ['soc-eu'], objects: [{ type: 'cases', id: 'nope' }] })).toMatchObject({
      status: 404,
      body: { message: 'Saved objects not found' },
    });
  });

  it('makes an import refused as a whole that destination’s error, and closes the export', async () => {
    let exported: Readable | undefined;
    const { router } = setup({
      exporter: {
        export: async () => {
          exported = Readable.from(['{"type":"cases","id":"c1"}']);
          return exported;
        },
      },
      importer: {
        import: async () => {
          throw badRequest('Non-unique import objects detected: [cases:c1]');
        },
      },
    });
    const res = await copy(router, { spaces: ['soc-eu'], objects });
    expect(res.body).toEqual({
      'soc-eu': { success: false, successCount: 0, errors: [{ statusCode: 400, error: 'Bad Request', message: 'Non-unique import objects detected: [cases:c1]' }] },
    });
    expect(exported?.destroyed).toBe(true);
  });

  it.each([
    [{ spaces: ['soc-eu'], objects, overwrite: true }, 'cannot use [overwrite] with [createNewCopies]'],
    [{ spaces: ['soc-eu'], objects, compatibilityMode: true }, 'cannot use [compatibilityMode] with [createNewCopies]'],
    [{ spaces: ['soc-eu', 'soc-eu'], objects }, 'duplicate space ids are not allowed'],
    [{ spaces: ['Bad Space'], objects }, 'lower case, a-z, 0-9, "_", and "-" are allowed'],
    [{ spaces: ['soc-eu'], objects: [...objects, ...objects] }, 'duplicate objects are not allowed'],
    [{ spaces: ['soc-eu'], objects, extra: 1 }, 'invalid keys "extra"'],
    [{ objects }, 'spaces'],
  ])('refuses %j with 400', async (body, message) => {
    const { router } = setup();
    const res = await copy(router, body);
    expect(res.status).toBe(400);
    expect((res.body as { message: string }).message).toContain(message);
  });

  it('takes a signed-in caller', async () => {
    const { router } = setup();
    expect((await router.call('post', COPY_PATH, { body: { spaces: ['soc-eu'], objects } })).status).toBe(401);
  });
});

describe('POST /api/spaces/_resolve_copy_saved_objects_errors', () => {
  it('re-exports per destination and resolves with its retries, references never replaced', async () => {
    const { router, calls } = setup();
    const res = await router.call('post', RESOLVE_COPY_PATH, {
      user,
      body: { objects, createNewCopies: false, retries: { 'soc-eu': [{ type: 'cases', id: 'c1', overwrite: true }], 'soc-us': [] } },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      'soc-eu': { success: true, successCount: 0, warnings: [{ type: 'simple', message: 'heads up' }] },
      'soc-us': { success: true, successCount: 0, warnings: [{ type: 'simple', message: 'heads up' }] },
    });
    expect(calls.exports).toHaveLength(2);
    expect(calls.resolves[0].retries).toEqual([{ type: 'cases', id: 'c1', overwrite: true, replaceReferences: [] }]);
    expect(calls.resolves[0].options).toMatchObject({ namespace: 'soc-eu', createNewCopies: false, compatibilityMode: false });
  });

  it.each([
    [{ objects, retries: { 'Not A Space': [] } }, 'Invalid space id: Not A Space'],
    [{ objects, retries: { 'soc-eu': [{ type: 'cases', id: 'c1', replaceReferences: [] }] } }, 'invalid keys "replaceReferences"'],
    [{ objects, retries: {}, compatibilityMode: true }, 'cannot use [createNewCopies] with [compatibilityMode]'],
  ])('refuses %j with 400', async (body, message) => {
    const { router } = setup();
    const res = await router.call('post', RESOLVE_COPY_PATH, { user, body });
    expect(res.status).toBe(400);
    expect((res.body as { message: string }).message).toContain(message);
  });
});
