/** Cases obey their owner's custom field definitions: create, patch and the one-field PUT. */
import { CASE_CONFIGURE_SAVED_OBJECT } from '../../../common/constants';
import type { CustomFieldConfiguration } from '../../../common/types/domain/configure';
import { createHarness, newCase, type Harness } from '../__fixtures__/client_harness';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(() => h.close());

const DEFINITIONS: CustomFieldConfiguration[] = [
  { key: 'ticket', label: 'Ticket', type: 'text', required: true },
  { key: 'escalated', label: 'Escalated', type: 'toggle', required: false, defaultValue: true },
  { key: 'hosts', label: 'Hosts', type: 'number', required: false },
];
const ticket = (value = 'INC-1') => ({ key: 'ticket', type: 'text' as const, value });

async function configure(customFields: CustomFieldConfiguration[], owner = 'securitySolution') {
  return h.objects().create(CASE_CONFIGURE_SAVED_OBJECT, {
    connector: { id: 'none', name: 'none', type: '.none', fields: null },
    closure_type: 'close-by-user',
    customFields,
    templates: [],
    observableTypes: [],
    owner,
    created_at: new Date(h.clock.now++).toISOString(),
    created_by: { username: 'elastic', full_name: null, email: null },
    updated_at: null,
    updated_by: null,
  });
}

/** The HTTP error a call failed with: its status and message. */
async function refusal(call: Promise<unknown>) {
  try {
    await call;
  } catch (e) {
    return { status: (e as { statusCode?: number }).statusCode, message: (e as Error).message };
  }
  throw new Error('expected the call to be refused');
}

const caseCount = async () => (await h.client().cases.find({})).total;
const customFieldActions = async (caseId: string) =>
  (await h.client().userActions.getAll(caseId)).filter((a) => a.type === 'customFields').map((a) => a.payload);

describe('create', () => {
  it('fills what the request leaves out with the default, else null, in the configuration order', async () => {
    await configure(DEFINITIONS);
    const c = await h.client().cases.create(newCase({ customFields: [{ key: 'hosts', type: 'number', value: 3 }, ticket()] }));
    expect(c.customFields).toEqual([ticket(), { key: 'escalated', type: 'toggle', value: true }, { key: 'hosts', type: 'number', value: 3 }]);
    const [created] = (await h.client().userActions.getAll(c.id)).filter((a) => a.type === 'create_case');
    expect((created.payload as { customFields: unknown }).customFields).toEqual(c.customFields);
  });

  it('stores none for an owner never configured, and refuses values there', async () => {
    expect((await h.client().cases.create(newCase())).customFields).toEqual([]);
    expect(await refusal(h.client().cases.create(newCase({ customFields: [ticket()] })))).toEqual({ status: 400, message: 'No custom fields configured.' });
  });

  it.each([
    ['a required field without value or default', [], 'Missing required custom fields without default value configured: "Ticket"'],
    ['a required field set to null', [{ key: 'ticket', type: 'text' as const, value: null }], 'Invalid value "null" supplied for the following required custom fields: "Ticket"'],
    ['a wrong type', [ticket(), { key: 'hosts', type: 'text' as const, value: '3' }], 'The following custom fields have the wrong type in the request: "Hosts"'],
    ['an unknown key', [ticket(), { key: 'other', type: 'text' as const, value: 'x' }], 'Invalid custom field keys: other'],
  ])('refuses %s with 400 and writes nothing', async (_what, customFields, message) => {
    await configure(DEFINITIONS);
    expect(await refusal(h.client().cases.create(newCase({ customFields })))).toEqual({ status: 400, message });
    expect(await caseCount()).toBe(0);
  });

  it('refuses more values than the configured cap allows', async () => {
    await h.close();
    h = await createHarness({ config: { configure: { maxCustomFields: 1 } } });
    await configure(DEFINITIONS);
    const refused = await refusal(h.client().cases.create(newCase({ customFields: [ticket(), { key: 'hosts', type: 'number', value: 1 }] })));
    expect(refused).toEqual({ status: 400, message: 'The length of the field customFields is too long. Array must be of length <= 1.' });
  });
});

describe('patch', () => {
  const patch = async (c: { id: string; version: string }, customFields: unknown[]) =>
    (await h.client().cases.update({ cases: [{ id: c.id, version: c.version, customFields: customFields as never }] }))[0];

  it('replaces the list, fills it, and logs one action per changed field holding that field only', async () => {
    await configure(DEFINITIONS);
    const c = await h.client().cases.create(newCase({ customFields: [ticket()] }));
    const updated = await patch(c, [ticket('INC-2'), { key: 'hosts', type: 'number', value: 7 }]);
    expect(updated.customFields).toEqual([ticket('INC-2'), { key: 'escalated', type: 'toggle', value: true }, { key: 'hosts', type: 'number', value: 7 }]);
    expect(await customFieldActions(c.id)).toEqual([{ customFields: [ticket('INC-2')] }, { customFields: [{ key: 'hosts', type: 'number', value: 7 }] }]);
  });

  it("checks against each case's owner, and refuses with nothing written", async () => {
    await configure(DEFINITIONS);
    await configure([{ key: 'ticket', label: 'Ticket', type: 'toggle', required: false }], 'observability');
    const sec = await h.client().cases.create(newCase({ customFields: [ticket()] }));
    const obs = await h.client().cases.create(newCase({ owner: 'observability' }));
    const refused = await refusal(
      h.client().cases.update({ cases: [{ id: sec.id, version: sec.version, title: 'new' }, { id: obs.id, version: obs.version, customFields: [ticket()] }] }),
    );
    expect(refused).toEqual({ status: 400, message: 'The following custom fields have the wrong type in the request: "Ticket"' });
    expect((await h.client().cases.get(sec.id)).title).toBe(newCase().title);
  });

  it('is a 406 when the filled list is what the case holds', async () => {
    await configure(DEFINITIONS);
    const c = await h.client().cases.create(newCase({ customFields: [ticket()] }));
    expect((await refusal(patch(c, [ticket()]))).status).toBe(406);
  });

  it('keeps a removed definition\'s value readable; a patch may carry it back unchanged, not change it', async () => {
    const config = await configure(DEFINITIONS);
    const c = await h.client().cases.create(newCase({ customFields: [ticket(), { key: 'hosts', type: 'number', value: 2 }] }));
    await h.objects().update(CASE_CONFIGURE_SAVED_OBJECT, config.id, { customFields: DEFINITIONS.filter((d) => d.key !== 'hosts') });
    const read = await h.client().cases.get(c.id);
    expect(read.customFields).toContainEqual({ key: 'hosts', type: 'number', value: 2 });
    const carried = await patch(read, [ticket('INC-9'), { key: 'hosts', type: 'number', value: 2 }]);
    expect(carried.customFields).toEqual([ticket('INC-9'), { key: 'escalated', type: 'toggle', value: true }, { key: 'hosts', type: 'number', value: 2 }]);
    expect(await refusal(patch(carried, [ticket('INC-9'), { key: 'hosts', type: 'number', value: 3 }]))).toEqual({ status: 400, message: 'Invalid custom field keys: hosts' });
  });
});

describe('replaceCustomField', () => {
  const put = (c: { id: string; version: string }, key: string, value: string | boolean | number | null, caseVersion = c.version) =>
    h.client().cases.replaceCustomField(c.id, key, { caseVersion, value });

  it('sets one value, answers the field as Kibana does, moves the case to a new version, and logs that field alone', async () => {
    await configure(DEFINITIONS);
    const c = await h.client().cases.create(newCase({ customFields: [ticket()] }));
    h.clock.now += 1000;
    expect(await put(c, 'escalated', false)).toEqual({ key: 'escalated', type: 'toggle', value: false });
    const updated = await h.client().cases.get(c.id);
    expect(updated).toMatchObject({ id: c.id, updated_at: '2024-01-01T00:00:01.001Z', totalComment: 0 });
    expect(updated.version).not.toBe(c.version);
    expect(updated.customFields).toEqual([ticket(), { key: 'escalated', type: 'toggle', value: false }, { key: 'hosts', type: 'number', value: null }]);
    expect(await customFieldActions(c.id)).toEqual([{ customFields: [{ key: 'escalated', type: 'toggle', value: false }] }]);
  });

  it('adds a value the case did not hold yet (a definition added after the case)', async () => {
    const config = await configure(DEFINITIONS.slice(0, 1));
    const c = await h.client().cases.create(newCase({ customFields: [ticket()] }));
    await h.objects().update(CASE_CONFIGURE_SAVED_OBJECT, config.id, { customFields: DEFINITIONS });
    await put(c, 'hosts', 5);
    expect((await h.client().cases.get(c.id)).customFields).toEqual([ticket(), { key: 'hosts', type: 'number', value: 5 }]);
  });

  it.each([
    ['a key not in the configuration', 'nope', 'x', 'cannot find custom field'],
    ['null for a required field', 'ticket', null, 'Custom field value cannot be null or undefined.'],
    ['a value of the wrong type', 'hosts', 'three', 'The following custom fields have the wrong type in the request: "Hosts"'],
  ])('refuses %s with 400', async (_what, key, value, message) => {
    await configure(DEFINITIONS);
    const c = await h.client().cases.create(newCase({ customFields: [ticket()] }));
    expect(await refusal(put(c, key, value))).toEqual({ status: 400, message });
    expect(await customFieldActions(c.id)).toEqual([]);
  });

  it('is a 409 with Kibana\'s message on a stale version, a 404 for an unknown case', async () => {
    await configure(DEFINITIONS);
    const c = await h.client().cases.create(newCase({ customFields: [ticket()] }));
    await put(c, 'hosts', 1);
    expect(await refusal(put(c, 'hosts', 2))).toEqual({
      status: 409,
      message: `This case ${c.id} has been updated. Please refresh before saving additional updates.`,
    });
    expect((await refusal(put({ id: 'missing', version: 'x' }, 'hosts', 2))).status).toBe(404);
  });

  it("authorizes updateCase on the case's owner before saying anything about it", async () => {
    await configure(DEFINITIONS);
    const c = await h.client().cases.create(newCase({ customFields: [ticket()] }));
    h.allowed.owners = ['observability'];
    expect((await refusal(put(c, 'nope', 1, 'stale'))).status).toBe(403);
    expect(h.calls.at(-1)).toEqual({ kind: 'ensure', name: 'updateCase', owners: ['securitySolution'] });
  });

  it('writes nothing when the value is already held', async () => {
    await configure(DEFINITIONS);
    const c = await h.client().cases.create(newCase({ customFields: [ticket()] }));
    expect(await put(c, 'ticket', 'INC-1')).toEqual(ticket('INC-1'));
    expect((await h.client().cases.get(c.id)).version).toBe(c.version);
    expect(await customFieldActions(c.id)).toEqual([]);
  });
});
