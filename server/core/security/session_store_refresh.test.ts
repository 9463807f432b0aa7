import type { SavedObjectsRepository } from '../saved_objects/types';
import { createSessionStore } from './session_store';
import type { SessionAttributes } from './saved_object_types';

/** Records the options of every write; the store reads sessions by id only. */
function recordingRepository(stored: () => SessionAttributes) {
  const writes: Array<{ method: string; options: unknown }> = [];
  const repository = {
    create: async (type: string, attributes: unknown, options: unknown) => {
      writes.push({ method: 'create', options });
      return { id: 'x', type, attributes };
    },
    get: async (type: string, id: string) => ({ id, type, attributes: stored() }),
    update: async (type: string, id: string, attributes: unknown, options: unknown) => {
      writes.push({ method: 'update', options });
      return { id, type, attributes };
    },
    delete: async (_type: string, _id: string, options: unknown) => void writes.push({ method: 'delete', options }),
  } as unknown as SavedObjectsRepository;
  return { repository, writes };
}

const logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} } as never;

describe('session store writes', () => {
  it('never wait for a refresh: sessions are read by id, never searched right after', async () => {
    let at = 1_000_000;
    const held: { session?: SessionAttributes } = {};
    const { repository, writes } = recordingRepository(() => held.session as SessionAttributes);
    const store = createSessionStore({ repository, timeouts: { idleTimeoutMs: 3_600_000, lifespanMs: 86_400_000 }, now: () => at, logger });
    const sessionId = await store.create('elastic', 'basic');
    held.session = { username: 'elastic', provider: { type: 'basic', name: 'basic' }, idle_expires_at: at + 3_600_000, lifespan_expires_at: at + 86_400_000 };
    at += 5 * 60 * 1000;
    await store.resolve(sessionId);
    await store.remove(sessionId);
    expect(writes.map((w) => w.method)).toEqual(['create', 'update', 'delete']);
    for (const write of writes) expect(write.options).toMatchObject({ refresh: false });
  });
});
