/**
 * The one storage contract: every backend runs this suite (sqlite_contract.test.ts,
 * elasticsearch_contract.test.ts). It is not a *.test.ts file so that each backend's test
 * can import it.
 *
 * Orders it pins down: ties are broken by id in the direction of the first sort clause;
 * missing values sort last in both directions; terms buckets order by doc_count desc, then
 * key asc. Namespaces and ids carry `namespacePrefix` so runs against a shared cluster
 * never see each other's objects.
 */
import { TypeRegistry } from '../type_registry';
import type { SavedObjectsBackend, SavedObjectsRepository, SavedObjectTypeRegistry } from '../types';
import { globalType, itemType } from './contract_fixtures';
import type { ContractEnv } from './contract_env';
import { describeAggregationsContract } from './aggregations_contract';
import { describeCrudContract } from './crud_contract';
import { describeFindContract } from './find_contract';
import { describeModelVersionContract } from './model_version_contract';
import { describeOriginIdContract } from './origin_id_contract';
import { describePagingContract } from './paging_contract';
import { describeRankContract } from './rank_contract';
import { describeTextAndIdsContract } from './text_and_ids_contract';
import { describeUnitOfWorkContract } from './unit_of_work_contract';

export interface RepositoryContractOptions {
  namespacePrefix?: string;
}

export function describeRepositoryContract(
  backendName: string,
  createBackend: (registry: SavedObjectTypeRegistry) => Promise<SavedObjectsBackend>,
  options: RepositoryContractOptions = {},
): void {
  const prefix = options.namespacePrefix ?? '';
  let backend: SavedObjectsBackend | undefined;
  let repository: SavedObjectsRepository | undefined;

  const env: ContractEnv = {
    repo: () => {
      if (!repository) throw new Error('the backend did not start');
      return repository;
    },
    ns: (name) => `${prefix}${name}`,
    id: (name) => `${prefix}${name}`,
  };

  describe(`saved-objects repository contract (${backendName})`, () => {
    beforeAll(async () => {
      const registry = new TypeRegistry();
      registry.registerType(itemType);
      registry.registerType(globalType);
      registry.freeze();
      backend = await createBackend(registry);
      await backend.start();
      repository = backend.repository;
    });

    afterAll(async () => {
      await backend?.close();
    });

    it(`is the ${backendName} backend and reports itself available`, async () => {
      expect(backend?.name).toBe(backendName);
      await expect(backend?.health()).resolves.toMatchObject({ level: 'available' });
    });

    it('starts idempotently', async () => {
      await expect(backend?.start()).resolves.toBeUndefined();
    });

    describeCrudContract(env);
    describeFindContract(env);
    describeAggregationsContract(env);
    describePagingContract(env);
    describeRankContract(env);
    describeTextAndIdsContract(env);
    describeModelVersionContract(env, createBackend);
    describeUnitOfWorkContract(env);
    describeOriginIdContract(env);
  });
}
