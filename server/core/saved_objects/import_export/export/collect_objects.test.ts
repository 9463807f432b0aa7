/** The hook rules Kibana enforces, on a stub repository (no references followed). */
import { createTestLogger, fakeRequest } from '../../../mocks';
import { TypeRegistry } from '../../type_registry';
import type { SavedObject, SavedObjectsRepository } from '../../types';
import type { SavedObjectsExportHook } from '../types';
import { CollectionOverflow, ExportCollector } from './collect_objects';
import { ExportError } from './export_error';

const object = (type: string, id: string): SavedObject => ({ type, id, attributes: {}, references: [], version: 'v', created_at: '', updated_at: '' });

function collector(onExport: SavedObjectsExportHook) {
  const registry = new TypeRegistry();
  registry.registerType({ name: 'hooked', namespaceType: 'single', mappings: { properties: {} }, management: { importableAndExportable: true, onExport } });
  registry.registerType({ name: 'extra', namespaceType: 'single', mappings: { properties: {} } });
  return new ExportCollector({
    registry,
    repository: {} as SavedObjectsRepository,
    logger: createTestLogger().logger,
    context: { request: fakeRequest(), namespace: 'default' },
    includeReferencesDeep: false,
  });
}

async function failure(promise: Promise<unknown>): Promise<ExportError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof ExportError)) throw new Error(`expected an ExportError, got ${String(error)}`);
  return error;
}

describe('ExportCollector hooks', () => {
  it('answers a throwing hook with Kibana’s transform error', async () => {
    const error = await failure(collector(async () => Promise.reject(new Error('no luck'))).collect([object('hooked', 'a')]));
    expect(error.statusCode).toBe(400);
    expect(error.message).toBe('Error transforming objects to export');
    expect(error.attributes).toEqual({ objects: [{ type: 'hooked', id: 'a' }], cause: 'no luck' });
  });

  it('refuses a hook that drops or renames objects it was given', async () => {
    const hook: SavedObjectsExportHook = async (_c, objects) => [{ ...objects[0], id: 'renamed' }, ...objects.slice(1)];
    const error = await failure(collector(hook).collect([object('hooked', 'a'), object('hooked', 'b')]));
    expect(error.message).toBe('Invalid transform performed on objects to export');
    expect(error.attributes).toEqual({ objectKeys: ['hooked:a'] });
  });

  it('keeps additions once, drops those of unregistered types, and stops past its limit', async () => {
    const hook: SavedObjectsExportHook = async (_c, objects) => [...objects, object('extra', 'e'), object('extra', 'e'), object('ghost-type', 'g')];
    const c = collector(hook);
    const first = await c.collect([object('hooked', 'a')]);
    expect(first.map((o) => `${o.type}:${o.id}`)).toEqual(['hooked:a', 'extra:e']);
    // Already collected: nothing new, the hook is not asked again.
    expect(await c.collect([object('hooked', 'a')])).toEqual([]);
    await expect(collector(hook).collect([object('hooked', 'b')], 1)).rejects.toBeInstanceOf(CollectionOverflow);
  });
});

describe('ExportCollector with hooks that add many objects', () => {
  // A case brings its comments and user actions: ten thousand cases brought 210,000 objects, and
  // collecting them once overflowed the call stack (a spread into push) before the limit was checked.
  const bringsMany: SavedObjectsExportHook = async (_c, objects) => [
    ...objects,
    ...objects.flatMap((root) => Array.from({ length: 150 }, (_v, i) => object('extra', `${root.id}-${i}`))),
  ];
  const roots = Array.from({ length: 2_000 }, (_v, i) => object('hooked', `r${i}`));

  it('collects 300,000 objects without a limit', async () => {
    await expect(collector(bringsMany).collect(roots)).resolves.toHaveLength(2_000 * 151);
  });

  it('stops at the first batch of hooks that passes the limit', async () => {
    let calls = 0;
    const counted: SavedObjectsExportHook = async (context, objects) => {
      calls += 1;
      return bringsMany(context, objects);
    };
    await expect(collector(counted).collect(roots, 10_000)).rejects.toBeInstanceOf(CollectionOverflow);
    expect(calls).toBe(1);
  });
});
