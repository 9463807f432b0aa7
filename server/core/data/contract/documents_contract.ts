/**
 * The document service's contract, run on every backend (SQLite here; the Elasticsearch
 * backend runs it against a real cluster when one is configured). It speaks only the
 * DataServiceStart and DocumentIndexClient interfaces: whatever a backend needs for a write to
 * be visible to the next search (a refresh) is the backend's own business.
 */
import { randomBytes } from 'node:crypto';
import { createDataService } from '../data_service';
import type { DataServiceStart, DocumentsBackend } from '../types';
import type { DocumentsContractEnv } from './documents_contract_env';
import { CONTRACT_FAMILY, contractFamily, sampleDocuments } from './documents_fixtures';
import { describeSearchContract } from './documents_search_contract';
import { describeWritesContract } from './documents_writes_contract';

export function documentsContract(name: string, makeBackend: () => DocumentsBackend | Promise<DocumentsBackend>): void {
  describe(`documents contract: ${name}`, () => {
    const run = randomBytes(4).toString('hex');
    const service = createDataService();
    let started: DataServiceStart | undefined;

    beforeAll(async () => {
      service.setup.registerIndex(contractFamily(run));
      started = await service.start(await makeBackend());
    });
    afterAll(() => service.stop());

    const env: DocumentsContractEnv = {
      data: () => {
        if (!started) throw new Error('not started');
        return started;
      },
      space: (space) => `c${run}-${space}`,
      client: (space) => env.data().getIndexClient(CONTRACT_FAMILY, env.space(space)),
      async seeded(space) {
        const client = env.client(space);
        const results = await client.bulkCreate(sampleDocuments());
        expect(results.map((r) => r.status)).toEqual(Array(results.length).fill('created'));
        return client;
      },
    };

    describeWritesContract(env);
    describeSearchContract(env);
  });
}
