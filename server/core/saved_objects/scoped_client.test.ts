import { createScopedClient } from './scoped_client';
import type { SavedObjectsRepository } from './types';

const mockRepository = (): jest.Mocked<SavedObjectsRepository> => ({
  create: jest.fn().mockResolvedValue({}),
  bulkCreate: jest.fn().mockResolvedValue({ saved_objects: [] }),
  get: jest.fn().mockResolvedValue({}),
  bulkGet: jest.fn().mockResolvedValue({ saved_objects: [] }),
  update: jest.fn().mockResolvedValue({}),
  bulkUpdate: jest.fn().mockResolvedValue({ saved_objects: [] }),
  delete: jest.fn().mockResolvedValue(undefined),
  bulkDelete: jest.fn().mockResolvedValue({ statuses: [] }),
  find: jest.fn().mockResolvedValue({ saved_objects: [], total: 0, page: 1, per_page: 20 }),
  createPointInTimeFinder: jest.fn().mockReturnValue({}),
  incrementCounter: jest.fn().mockResolvedValue(1),
  unitOfWork: jest.fn().mockResolvedValue([]),
  deleteByNamespace: jest.fn().mockResolvedValue(0),
});

describe('createScopedClient', () => {
  it('binds the namespace on every call, overriding the one given', async () => {
    const repo = mockRepository();
    const client = createScopedClient(repo, { namespace: 'soc-eu' });
    const other = { namespace: 'default' };
    await client.get('cases', '1', other);
    await client.bulkGet([{ type: 'cases', id: '1' }]);
    await client.delete('cases', '1', other);
    await client.bulkDelete([{ type: 'cases', id: '1' }], other);
    await client.find({ type: 'cases', namespace: 'default', perPage: 5 });
    client.createPointInTimeFinder({ type: 'cases' });
    await client.incrementCounter('counter', 'c', 'value', { namespace: 'x', initial: 3 });

    expect(repo.get).toHaveBeenCalledWith('cases', '1', { namespace: 'soc-eu' });
    expect(repo.bulkGet).toHaveBeenCalledWith([{ type: 'cases', id: '1' }], { namespace: 'soc-eu' });
    expect(repo.delete).toHaveBeenCalledWith('cases', '1', { namespace: 'soc-eu' });
    expect(repo.bulkDelete).toHaveBeenCalledWith([{ type: 'cases', id: '1' }], { namespace: 'soc-eu' });
    expect(repo.find).toHaveBeenCalledWith({ type: 'cases', namespace: 'soc-eu', perPage: 5 });
    expect(repo.createPointInTimeFinder).toHaveBeenCalledWith({ type: 'cases', namespace: 'soc-eu' });
    expect(repo.incrementCounter).toHaveBeenCalledWith('counter', 'c', 'value', { namespace: 'soc-eu', initial: 3 });
  });

  it('binds the scoped user on writes, overriding the one given', async () => {
    const repo = mockRepository();
    const client = createScopedClient(repo, { namespace: 'default', user: 'elastic' });
    await client.create('cases', { a: 1 }, { id: 'x', user: 'mallory' });
    await client.bulkCreate([{ type: 'cases', attributes: {} }]);
    await client.update('cases', 'x', { a: 2 }, { version: 'v' });
    await client.bulkUpdate([{ type: 'cases', id: 'x', attributes: {} }], { user: 'mallory' });
    await client.unitOfWork([{ kind: 'delete', type: 'cases', id: 'x' }], { namespace: 'other', user: 'mallory', refresh: false });

    expect(repo.create).toHaveBeenCalledWith('cases', { a: 1 }, { id: 'x', namespace: 'default', user: 'elastic' });
    expect(repo.bulkCreate).toHaveBeenCalledWith([{ type: 'cases', attributes: {} }], { namespace: 'default', user: 'elastic' });
    expect(repo.update).toHaveBeenCalledWith('cases', 'x', { a: 2 }, { version: 'v', namespace: 'default', user: 'elastic' });
    expect(repo.bulkUpdate).toHaveBeenCalledWith([{ type: 'cases', id: 'x', attributes: {} }], {
      namespace: 'default',
      user: 'elastic',
    });
    expect(repo.unitOfWork).toHaveBeenCalledWith([{ kind: 'delete', type: 'cases', id: 'x' }], {
      namespace: 'default',
      user: 'elastic',
      refresh: false,
    });
  });

  it('leaves the writer to the caller when the scope has no user', async () => {
    const repo = mockRepository();
    const client = createScopedClient(repo, { namespace: 'default' });
    await client.create('cases', {}, { user: 'system' });
    expect(repo.create).toHaveBeenCalledWith('cases', {}, { namespace: 'default', user: 'system' });
  });

  it('does not expose deleteByNamespace', () => {
    const client = createScopedClient(mockRepository(), { namespace: 'default' });
    expect((client as unknown as Record<string, unknown>).deleteByNamespace).toBeUndefined();
  });

  it('does not mutate the options it is given', async () => {
    const repo = mockRepository();
    const options = { namespace: 'default', user: 'a' };
    await createScopedClient(repo, { namespace: 'x', user: 'b' }).create('cases', {}, options);
    expect(options).toEqual({ namespace: 'default', user: 'a' });
  });
});
