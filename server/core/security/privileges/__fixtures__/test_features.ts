/**
 * Test-only: features shaped like the cases features (primary all/read, sub-features with each
 * `includeIn`), and an in-memory stand-in for the role store, so the engine is tested without
 * the plugin or the saved-object store.
 */
import type { RoleSource } from '../privilege_engine';
import type { KibanaFeature, Role, RoleKibanaPrivilege } from '../types';

const action = (owner: string, name: string) => `cases:${owner}/${name}`;

/** A feature of owner `owner`: `all` creates, reads, updates; sub-features delete (in all), export (in read), purge (in neither). */
export function testFeature(id: string, owner: string): KibanaFeature {
  const a = (name: string) => action(owner, name);
  return {
    id,
    name: `Feature ${id}`,
    uiCapabilities: ['create_cases', 'read_cases', 'update_cases', 'delete_cases', 'export_cases', 'purge_cases'],
    privileges: {
      all: { actions: [a('createCase'), a('getCase'), a('updateCase')], ui: ['create_cases', 'read_cases', 'update_cases'] },
      read: { actions: [a('getCase')], ui: ['read_cases'] },
    },
    subFeatures: [
      { id: 'cases_delete', name: 'Delete', includeIn: 'all', actions: [a('deleteCase')], ui: ['delete_cases'] },
      { id: 'cases_export', name: 'Export', includeIn: 'read', actions: [a('exportCase')], ui: ['export_cases'] },
      { id: 'cases_purge', name: 'Purge', includeIn: 'none', actions: [a('purgeCase')], ui: ['purge_cases'] },
    ],
  };
}

export const SEC = testFeature('secCases', 'sec');
export const OBS = testFeature('obsCases', 'obs');
export const TEST_FEATURES = [SEC, OBS];
export const secAction = (name: string) => action('sec', name);
export const obsAction = (name: string) => action('obs', name);

export const role = (name: string, kibana: Array<Partial<RoleKibanaPrivilege>>): Role => ({
  name,
  metadata: {},
  transient_metadata: { enabled: true },
  elasticsearch: { cluster: [], indices: [], run_as: [] },
  kibana: kibana.map((entry) => ({ spaces: ['*'], base: [], feature: {}, ...entry })),
});

export interface MemoryRoleSource extends RoleSource {
  put(role: Role): void;
  /** How many times getMany was asked: the cache must keep this low. */
  calls: number;
}

export function createMemoryRoleSource(initial: Role[] = []): MemoryRoleSource {
  const roles = new Map(initial.map((r) => [r.name, r]));
  let generation = 0;
  const source: MemoryRoleSource = {
    calls: 0,
    async getMany(names) {
      source.calls += 1;
      return names.flatMap((n) => {
        const found = roles.get(n);
        return found ? [found] : [];
      });
    },
    generation: () => generation,
    put(r) {
      roles.set(r.name, r);
      generation += 1;
    },
  };
  return source;
}
