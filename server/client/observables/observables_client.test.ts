/**
 * Observables on the client over the real SQLite store: Kibana's add, bulk add, update and
 * delete rules, one `observables` user action per change written with the case, the cap, and
 * auto-extraction from attached alerts and events.
 */
import { CASE_CONFIGURE_SAVED_OBJECT } from '../../../common/constants';
import type { Case } from '../../../common/types/domain/case';
import { testUser } from '../../core/mocks';
import { createHarness, newCase, type Harness } from '../__fixtures__/client_harness';

let h: Harness;
afterEach(() => h?.close());

async function start(maxPerCase?: number) {
  h = await createHarness(maxPerCase ? { config: { observables: { maxPerCase } } } : {});
}

const IPV4 = 'observable-type-ipv4';
const ip = (value: string, description: string | null = null) => ({ typeKey: IPV4, value, description });

async function refusal(call: Promise<unknown>) {
  try {
    await call;
  } catch (e) {
    return { status: (e as { statusCode?: number }).statusCode, message: (e as Error).message };
  }
  throw new Error('expected the call to be refused');
}

const observableActions = async (caseId: string) =>
  (await h.client().userActions.getAll(caseId)).filter((a) => a.type === 'observables').map((a) => ({ action: a.action, payload: a.payload }));

const pairs = (c: Case) => c.observables.map((o) => [o.typeKey, o.value]);

describe('add', () => {
  beforeEach(() => start());

  it('stores the observable on the case with an id and timestamps, bumps the version and logs one action', async () => {
    const c = await h.client().cases.create(newCase());
    expect(c.observables).toEqual([]);
    h.clock.now += 1000;
    const after = await h.client().observables.add(c.id, { observable: ip('203.0.113.7', 'seen in logs') });
    expect(after.observables).toEqual([
      { id: expect.any(String), typeKey: IPV4, value: '203.0.113.7', description: 'seen in logs', createdAt: '2024-01-01T00:00:01.000Z', updatedAt: '2024-01-01T00:00:01.000Z' },
    ]);
    expect(after.total_observables).toBe(1);
    expect(after.version).not.toBe(c.version);
    expect(after.updated_at).toBe('2024-01-01T00:00:01.000Z');
    expect(after.comments).toEqual([]);
    expect(await observableActions(c.id)).toEqual([{ action: 'update', payload: { observables: { count: 1, actionType: 'add' } } }]);
    expect((await h.client().cases.get(c.id)).observables).toEqual(after.observables);
  });

  it('refuses an unknown type, a value that does not fit, a duplicate, and writes nothing', async () => {
    const c = await h.client().cases.create(newCase());
    await h.client().observables.add(c.id, { observable: ip('10.0.0.1') });
    expect(await refusal(h.client().observables.add(c.id, { observable: { typeKey: 'unknown type', value: 'x', description: null } }))).toEqual({
      status: 400,
      message: 'Invalid observable type, key does not exist: unknown type',
    });
    expect(await refusal(h.client().observables.add(c.id, { observable: ip('not ip actually') }))).toEqual({
      status: 400,
      message: 'Observable value "not ip actually" is not valid for selected observable type observable-type-ipv4.',
    });
    expect(await refusal(h.client().observables.add(c.id, { observable: ip('10.0.0.1', 'again') }))).toEqual({ status: 400, message: 'Invalid duplicated observables in request.' });
    expect((await h.client().cases.get(c.id)).observables).toHaveLength(1);
    expect(await observableActions(c.id)).toHaveLength(1);
  });

  it("accepts the owner's custom types", async () => {
    await h.objects().create(CASE_CONFIGURE_SAVED_OBJECT, {
      connector: { id: 'none', name: 'none', type: '.none', fields: null },
      closure_type: 'close-by-user',
      customFields: [],
      templates: [],
      observableTypes: [{ key: 'ticket-ref', label: 'Ticket' }],
      owner: 'securitySolution',
      created_at: '2024-01-01T00:00:00.000Z',
      created_by: { username: 'elastic', full_name: null, email: null },
      updated_at: null,
      updated_by: null,
    });
    const sec = await h.client().cases.create(newCase());
    expect(pairs(await h.client().observables.add(sec.id, { observable: { typeKey: 'ticket-ref', value: 'INC 42', description: null } }))).toEqual([['ticket-ref', 'INC 42']]);
    const other = await h.client().cases.create(newCase({ owner: 'cases' }));
    expect((await refusal(h.client().observables.add(other.id, { observable: { typeKey: 'ticket-ref', value: 'INC 42', description: null } }))).status).toBe(400);
  });

  it('refuses a caller who may not update the case (403), and an unknown case (404)', async () => {
    const c = await h.client().cases.create(newCase());
    const viewer = h.client('default', testUser(['viewer'], { username: 'vic', profile_uid: 'u_vic' }));
    expect((await refusal(viewer.observables.add(c.id, { observable: ip('1.1.1.1') }))).status).toBe(403);
    expect((await refusal(viewer.observables.delete(c.id, 'x'))).status).toBe(403);
    expect((await refusal(h.client().observables.add('nope', { observable: ip('1.1.1.1') }))).status).toBe(404);
  });
});

describe('the cap', () => {
  beforeEach(() => start(3));

  it('refuses a single add past it, and cuts a bulk add to the room left', async () => {
    const c = await h.client().cases.create(newCase());
    const bulk = await h.client().observables.bulkAdd(c.id, { observables: [ip('1.1.1.1'), ip('1.1.1.2')] });
    expect(bulk.total_observables).toBe(2);
    const cut = await h.client().observables.bulkAdd(c.id, { caseId: c.id, observables: [ip('1.1.1.1'), ip('1.1.1.3'), ip('1.1.1.4')] });
    expect(pairs(cut).map(([, v]) => v)).toEqual(['1.1.1.1', '1.1.1.2', '1.1.1.3']);
    expect(await refusal(h.client().observables.add(c.id, { observable: ip('1.1.1.9') }))).toEqual({ status: 400, message: 'Max 3 observables per case is allowed.' });
    expect((await refusal(h.client().observables.bulkAdd(c.id, { observables: [ip('1.1.1.9')] }))).status).toBe(400);
    expect((await observableActions(c.id)).map((a) => a.payload)).toEqual([
      { observables: { count: 2, actionType: 'add' } },
      { observables: { count: 1, actionType: 'add' } },
    ]);
  });
});

describe('bulk add', () => {
  beforeEach(() => start());

  it('skips repeats within the request, validates every value, and refuses another case id', async () => {
    const c = await h.client().cases.create(newCase());
    const after = await h.client().observables.bulkAdd(c.id, { observables: [ip('1.1.1.1', 'first'), ip('1.1.1.1', 'second'), { typeKey: 'observable-type-domain', value: 'example.com', description: null }] });
    expect(after.observables.map((o) => [o.value, o.description])).toEqual([['1.1.1.1', 'first'], ['example.com', null]]);
    expect(await refusal(h.client().observables.bulkAdd(c.id, { observables: [ip('2.2.2.2'), ip('bad')] }))).toEqual({
      status: 400,
      message: 'Observable value "bad" is not valid for selected observable type observable-type-ipv4.',
    });
    expect((await refusal(h.client().observables.bulkAdd(c.id, { caseId: 'other', observables: [ip('3.3.3.3')] }))).status).toBe(400);
    expect((await h.client().cases.get(c.id)).observables).toHaveLength(2);
  });
});

describe('update and delete', () => {
  beforeEach(() => start());

  it('changes value and description, keeps the type, validates against it and refuses a twin', async () => {
    const c = await h.client().cases.create(newCase());
    const added = await h.client().observables.bulkAdd(c.id, { observables: [ip('1.1.1.1'), ip('1.1.1.2')] });
    const [first] = added.observables;
    h.clock.now += 5000;
    const updated = await h.client().observables.update(c.id, first.id, { observable: { value: '192.168.68.1', description: 'gateway' } });
    expect(updated.observables[0]).toEqual({ ...first, value: '192.168.68.1', description: 'gateway', updatedAt: '2024-01-01T00:00:05.000Z' });
    expect(await refusal(h.client().observables.update(c.id, first.id, { observable: { value: 'example.com', description: null } }))).toEqual({
      status: 400,
      message: 'Observable value "example.com" is not valid for selected observable type observable-type-ipv4.',
    });
    expect(await refusal(h.client().observables.update(c.id, first.id, { observable: { value: '1.1.1.2', description: null } }))).toEqual({
      status: 400,
      message: 'Invalid duplicated observables in request.',
    });
    expect(await refusal(h.client().observables.update(c.id, 'missing', { observable: { value: '1.1.1.3', description: null } }))).toEqual({
      status: 404,
      message: 'Observable missing not found',
    });
  });

  it('deletes one observable with its action, and 404s an unknown id', async () => {
    const c = await h.client().cases.create(newCase());
    const added = await h.client().observables.add(c.id, { observable: ip('1.1.1.1') });
    await h.client().observables.delete(c.id, added.observables[0].id);
    const after = await h.client().cases.get(c.id);
    expect([after.observables, after.total_observables]).toEqual([[], 0]);
    expect(await refusal(h.client().observables.delete(c.id, added.observables[0].id))).toEqual({ status: 404, message: `Observable ${added.observables[0].id} not found` });
    expect((await observableActions(c.id)).map((a) => a.payload)).toEqual([
      { observables: { count: 1, actionType: 'add' } },
      { observables: { count: 1, actionType: 'delete' } },
    ]);
  });

  it('recomputes against the case when another write moved it between read and write', async () => {
    const c = await h.client().cases.create(newCase());
    // Two adds at once: each reads the same version; the loser reads again and keeps the winner's observable.
    await Promise.all([h.client().observables.add(c.id, { observable: ip('1.1.1.1') }), h.client().observables.add(c.id, { observable: ip('1.1.1.2') })]);
    expect(pairs(await h.client().cases.get(c.id)).map(([, v]) => v).sort()).toEqual(['1.1.1.1', '1.1.1.2']);
  });
});

describe('create default', () => {
  beforeEach(() => start());

  it("takes the request's extractObservables, else the owner's default", async () => {
    expect((await h.client().cases.create(newCase())).settings).toEqual({ syncAlerts: true, extractObservables: true });
    expect((await h.client().cases.create(newCase({ owner: 'cases' }))).settings).toEqual({ syncAlerts: true, extractObservables: false });
    expect((await h.client().cases.create(newCase({ settings: { syncAlerts: false, extractObservables: false } }))).settings).toEqual({
      syncAlerts: false,
      extractObservables: false,
    });
  });
});
