import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFakeRouter } from '../../security/__fixtures__/fake_router';
import { createMemoryRepository } from '../../security/__fixtures__/memory_repository';
import { createTestLogger } from '../../security/__fixtures__/test_logger';
import { testUser } from '../../security/__fixtures__/test_users';
import type { KibanaFeature } from '../../security/privileges/types';
import { TypeRegistry } from '../type_registry';
import { createExchangeService } from './exchange_service';
import { savedObjectsManagementPrivilege } from './management_feature';

const user = testUser(['superuser']);
const limits = { maxImportExportSize: 100, maxImportPayloadBytes: 1024 * 1024 };

function setup() {
  const tmpDir = mkdtempSync(join(tmpdir(), 'exchange-service-'));
  const service = createExchangeService({ logger: createTestLogger().logger, limits, tmpDir });
  const router = createFakeRouter();
  const features: KibanaFeature[] = [];
  service.setup({ router, registerFeature: (feature) => features.push(feature) });
  const registry = new TypeRegistry();
  registry.registerType({ name: 'cases', namespaceType: 'single', mappings: { properties: {} }, management: { importableAndExportable: true } });
  const start = () =>
    service.start({
      registry,
      repository: createMemoryRepository(),
      authz: { getSpacePrivileges: async () => ({ superuser: true, actions: new Set([savedObjectsManagementPrivilege('read')]), ui: {}, hasAnyPrivilege: true }) },
      spaceExists: async (id) => id === 'default',
    });
  return { router, features, start, tmpDir };
}

describe('the exchange service', () => {
  it('registers the export, import, management and copy routes, and the Saved Objects Management feature', () => {
    const { router, features } = setup();
    expect(router.routes.map((r) => `${r.method.toUpperCase()} ${r.config.path}`).sort()).toEqual([
      'GET /api/kibana/management/savedObjects/_find',
      'GET /api/kibana/management/saved_objects/_allowed_types',
      'POST /api/saved_objects/_export',
      'POST /api/saved_objects/_import',
      'POST /api/saved_objects/_resolve_import_errors',
      'POST /api/spaces/_copy_saved_objects',
      'POST /api/spaces/_resolve_copy_saved_objects_errors',
    ]);
    expect(features.map((f) => [f.id, f.name, f.privileges.read.ui, f.privileges.all.ui])).toEqual([
      ['savedObjectsManagement', 'Saved Objects Management', ['read'], ['read', 'edit', 'delete', 'copyIntoSpace', 'shareIntoSpace']],
    ]);
  });

  it('answers 503 until started, then serves', async () => {
    const { router, start } = setup();
    const notYet = { status: 503, body: { statusCode: 503, error: 'Service Unavailable', message: 'Saved objects export and import have not started' } };
    expect(await router.call('get', '/api/kibana/management/saved_objects/_allowed_types', { user })).toMatchObject(notYet);
    expect(await router.call('post', '/api/saved_objects/_export', { user, body: { type: 'cases' } })).toMatchObject(notYet);
    expect(await router.call('post', '/api/spaces/_copy_saved_objects', { user, body: { spaces: ['default'], objects: [{ type: 'cases', id: 'c1' }] } })).toMatchObject(
      notYet,
    );
    await start();
    expect(await router.call('get', '/api/kibana/management/saved_objects/_allowed_types', { user })).toMatchObject({
      status: 200,
      body: { types: [{ name: 'cases', namespaceType: 'single', hidden: false, displayName: 'cases' }] },
    });
  });

  it('removes uploads an interrupted import left behind, and only those', async () => {
    const { start, tmpDir } = setup();
    const old = join(tmpDir, 'import-old.ndjson');
    writeFileSync(old, '{}');
    const hourAndMore = (Date.now() - 2 * 60 * 60 * 1000) / 1000;
    utimesSync(old, hourAndMore, hourAndMore);
    writeFileSync(join(tmpDir, 'import-running.ndjson'), '{}');
    await start();
    expect(readdirSync(tmpDir)).toEqual(['import-running.ndjson']);
  });
});
