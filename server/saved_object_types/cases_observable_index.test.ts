/**
 * Model version 3 of the `cases` type on the embedded store: cases written before it (none
 * with observables, or a Kibana case that brought some) read with `observables`,
 * `total_observables` and the observable index, and are found by them once the start migrated them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CASE_SAVED_OBJECT } from '../../common/constants';
import { observableKey } from '../../common/types/domain/observable';
import { createScopedClient, createSqliteBackend, TypeRegistry } from '../core/mocks';
import { f, type SavedObjectsType } from '../core';
import { caseType } from './cases';

const dir = mkdtempSync(join(tmpdir(), 'cases-obs-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function open(path: string, type: SavedObjectsType) {
  const registry = new TypeRegistry();
  registry.registerType(type);
  registry.freeze();
  const backend = createSqliteBackend({ path, registry });
  await backend.start();
  return { backend, client: createScopedClient(backend.repository, { namespace: 'default' }) };
}

const IPV4 = 'observable-type-ipv4';
const observable = (value: string) => ({ id: `o-${value}`, typeKey: IPV4, value, description: null, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: null });

it('backfills observables and their index on cases from before model version 3', async () => {
  const path = join(dir, 'v2.db');
  const { 3: _latest, ...before } = caseType.modelVersions!;
  const v2 = await open(path, { ...caseType, modelVersions: before });
  await v2.client.create(CASE_SAVED_OBJECT, { title: 'plain', owner: 'securitySolution', customFields: [] }, { id: 'plain' });
  // As a Kibana export brings it: observables, without our index fields.
  await v2.client.create(CASE_SAVED_OBJECT, { title: 'kibana', owner: 'securitySolution', observables: [observable('10.0.0.1'), observable('10.0.0.2')] }, { id: 'kibana' });
  await v2.backend.close();

  const v3 = await open(path, caseType);
  expect((await v3.client.get(CASE_SAVED_OBJECT, 'plain')).attributes).toMatchObject({ observables: [], total_observables: 0, observable_keys: [] });
  expect((await v3.client.get(CASE_SAVED_OBJECT, 'kibana')).attributes).toMatchObject({
    total_observables: 2,
    observable_keys: [observableKey(IPV4, '10.0.0.1'), observableKey(IPV4, '10.0.0.2')],
  });
  expect((await v3.client.get(CASE_SAVED_OBJECT, 'kibana')).attributes).not.toHaveProperty('observable_values');
  const byValue = await v3.client.find({ type: CASE_SAVED_OBJECT, filter: f.term('observable_keys', observableKey(IPV4, '10.0.0.2')) });
  expect(byValue.saved_objects.map((o) => o.id)).toEqual(['kibana']);
  const ranked = await v3.client.find({ type: CASE_SAVED_OBJECT, rankBy: { field: 'observable_keys', values: [observableKey(IPV4, '10.0.0.1')] } });
  expect(ranked.saved_objects.map((o) => [o.id, o.score])).toEqual([['kibana', 1]]);
  await v3.backend.close();
});
