import { createDataService } from './data_service';
import { createSqliteDocumentsBackend } from './sqlite/sqlite_documents';
import type { DocumentIndexDefinition } from './types';

const family = (name: string, pattern = `${name}-{spaceId}`): DocumentIndexDefinition => ({
  name,
  pattern,
  idField: 'id',
  mappings: { properties: { id: { type: 'keyword' } } },
});

describe('registration', () => {
  it('refuses a duplicate family, a bad name and a pattern without {spaceId}', () => {
    const service = createDataService();
    service.setup.registerIndex(family('alerts'));
    expect(() => service.setup.registerIndex(family('alerts', 'other-{spaceId}'))).toThrow(/already registered/);
    expect(() => service.setup.registerIndex(family('Alerts'))).toThrow(/must match/);
    expect(() => service.setup.registerIndex(family('a'.repeat(51)))).toThrow(/must match/);
    expect(() => service.setup.registerIndex(family('events', 'cases-events'))).toThrow(/\{spaceId\}/);
    expect(service.definitions().map((d) => d.name)).toEqual(['alerts']);
  });

  it('refuses a family declared after setup, frozen or started', async () => {
    const frozen = createDataService();
    frozen.freeze();
    expect(() => frozen.setup.registerIndex(family('late'))).toThrow(/after setup/);

    const started = createDataService();
    await started.start(createSqliteDocumentsBackend({ path: ':memory:' }));
    expect(() => started.setup.registerIndex(family('late'))).toThrow(/after setup/);
    await started.stop();
  });
});

describe('started', () => {
  const service = createDataService();
  service.setup.registerIndex(family('alerts', '.alerts-security.alerts-{spaceId}'));
  service.setup.registerIndex(family('events', 'cases-events-{spaceId}'));
  let data: Awaited<ReturnType<typeof service.start>>;
  beforeAll(async () => {
    data = await service.start(createSqliteDocumentsBackend({ path: ':memory:' }));
  });
  afterAll(() => service.stop());

  it('names each family index per space', () => {
    expect(data.indexName('alerts', 'default')).toBe('.alerts-security.alerts-default');
    expect(data.indexName('events', 'team-b')).toBe('cases-events-team-b');
    expect(() => data.indexName('nope', 'default')).toThrow(/No index family/);
  });

  it('hands out one client per (family, space), named for its index', async () => {
    const a = data.getIndexClient('alerts', 'default');
    expect(data.getIndexClient('alerts', 'default')).toBe(a);
    expect(data.getIndexClient('alerts', 'other')).not.toBe(a);
    expect(data.getIndexClient('events', 'default')).not.toBe(a);
    expect(a.index).toBe('.alerts-security.alerts-default');
    expect(data.getIndexClient('events', 'other').index).toBe('cases-events-other');
    expect(() => data.getIndexClient('nope', 'default')).toThrow(/No index family/);
    expect(() => data.getIndexClient('alerts', 'Bad Space')).toThrow(/cannot name an index/);
    // Families are separate stores: the same id lives in each.
    expect(await a.bulkCreate([{ id: 'x' }])).toEqual([{ id: 'x', status: 'created' }]);
    expect(await data.getIndexClient('events', 'default').bulkCreate([{ id: 'x' }])).toEqual([{ id: 'x', status: 'created' }]);
  });
});

it('refuses clients once stopped', async () => {
  const service = createDataService();
  service.setup.registerIndex(family('alerts'));
  const data = await service.start(createSqliteDocumentsBackend({ path: ':memory:' }));
  const client = data.getIndexClient('alerts', 'default');
  await service.stop();
  expect(() => data.getIndexClient('alerts', 'default')).toThrow(/not started/);
  await expect(client.search({})).rejects.toThrow(/not started/);
});
