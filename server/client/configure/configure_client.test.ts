/**
 * The configure client on the real SQLite backend. Requests go through the route's codecs
 * first (as the HTTP layer decodes them), so each limit is checked where it lives: the codec
 * for lengths and the ceiling, the client for the owner caps and the rules across entries.
 */
import { decodeOrThrow } from '../../../common/core/codec';
import { ConfigurationPatchRequestRt, ConfigurationRequestRt } from '../../../common/types/api/configure';
import type { Configuration } from '../../../common/types/domain/configure';
import { CASE_CONFIGURE_SAVED_OBJECT } from '../../../common/constants';
import { admin, createHarness, newCase, type Harness } from '../__fixtures__/client_harness';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(() => h.close());

const NONE = { id: 'none', name: 'none', type: '.none', fields: null };
const base = { owner: 'cases', connector: NONE, closure_type: 'close-by-user' };
const text = (key: string, extra: Record<string, unknown> = {}) => ({ key, label: `Label ${key}`, type: 'text', required: false, ...extra });
const toggle = (key: string, extra: Record<string, unknown> = {}) => ({ key, label: `Label ${key}`, type: 'toggle', required: false, ...extra });
const number = (key: string, extra: Record<string, unknown> = {}) => ({ key, label: `Label ${key}`, type: 'number', required: false, ...extra });

const status = (e: unknown) => (e as { statusCode?: number }).statusCode;

/** What the route would do: decode strictly, then call the client. */
function post(body: Record<string, unknown>, harness = h): Promise<Configuration> {
  return Promise.resolve().then(() => harness.client().configure.create(decodeOrThrow(ConfigurationRequestRt, { ...base, ...body })));
}
function patch(current: Configuration, body: Record<string, unknown>, harness = h): Promise<Configuration> {
  return Promise.resolve().then(() =>
    harness.client().configure.update(current.id, decodeOrThrow(ConfigurationPatchRequestRt, { version: current.version, ...body })),
  );
}
/** A refusal: the rejection's status (400 for codec failures too) and message. */
async function refusal(p: Promise<unknown>): Promise<{ status: number | undefined; message: string }> {
  try {
    await p;
  } catch (e) {
    return { status: status(e) ?? (e instanceof Error && e.name === 'DecodeError' ? 400 : undefined), message: (e as Error).message };
  }
  throw new Error('expected a refusal');
}
const stored = async () => (await h.objects().find({ type: CASE_CONFIGURE_SAVED_OBJECT, perPage: 100 })).saved_objects;

describe('create', () => {
  it("answers Kibana's shape with empty lists filled in and the creator recorded", async () => {
    const c = await post({});
    expect(c).toMatchObject({
      owner: 'cases',
      connector: NONE,
      closure_type: 'close-by-user',
      customFields: [],
      templates: [],
      observableTypes: [],
      mappings: [],
      error: null,
      created_at: '2024-01-01T00:00:00.000Z',
      created_by: { username: 'elastic' },
      updated_at: null,
      updated_by: null,
    });
    expect(typeof c.id).toBe('string');
    expect(typeof c.version).toBe('string');
    expect(h.calls).toContainEqual({ kind: 'ensure', name: 'createConfiguration', owners: ['cases'] });
  });

  it("replaces the owner's configuration in one unit and leaves other owners alone", async () => {
    const first = await post({});
    const other = await post({ owner: 'securitySolution' });
    const second = await post({ closure_type: 'close-by-pushing' });
    const ids = (await stored()).map((so) => so.id).sort();
    expect(ids).toEqual([other.id, second.id].sort());
    expect(ids).not.toContain(first.id);
    expect(await h.client().configure.get(['cases'])).toEqual([second]);
  });

  it('refuses a default connector cases cannot push to, naming its type, and writes nothing', async () => {
    const r = await refusal(post({ connector: { id: 'm', name: 'Mailer', type: '.email', fields: null } }));
    expect(r.status).toBe(400);
    expect(r.message).toContain('".email"');
    expect(await stored()).toEqual([]);
  });

  it('takes a connector cases push to as the default', async () => {
    const jira = { id: 'j', name: 'Jira', type: '.jira', fields: null };
    expect((await post({ connector: jira })).connector).toEqual(jira);
  });

  it('refuses an unregistered owner with 403', async () => {
    expect((await refusal(post({ owner: 'someoneElse' }))).status).toBe(403);
  });
});

describe('get', () => {
  it('answers only the owners the caller may read; an unknown owner matches nothing', async () => {
    await post({});
    await post({ owner: 'securitySolution' });
    expect((await h.client().configure.get()).map((c) => c.owner).sort()).toEqual(['cases', 'securitySolution']);
    expect((await h.client().configure.get(['securitySolution'])).map((c) => c.owner)).toEqual(['securitySolution']);
    expect(await h.client().configure.get(['nobody'])).toEqual([]);
    h.allowed.owners = ['cases'];
    expect((await h.client().configure.get()).map((c) => c.owner)).toEqual(['cases']);
    expect(await h.client().configure.get(['securitySolution'])).toEqual([]);
  });

  it('is scoped to the space', async () => {
    await post({});
    expect(await h.client('other').configure.get()).toEqual([]);
  });
});

describe('update', () => {
  it('changes what is sent, records the editor and a new version, keeps the owner', async () => {
    const c = await post({ customFields: [text('a')] });
    h.clock.now += 1000;
    const u = await patch(c, { closure_type: 'close-by-pushing' });
    expect(u).toMatchObject({ id: c.id, owner: 'cases', closure_type: 'close-by-pushing', customFields: c.customFields, created_at: c.created_at });
    expect(u.updated_at).toBe('2024-01-01T00:00:01.000Z');
    expect(u.updated_by).toMatchObject({ username: admin.username });
    expect(u.version).not.toBe(c.version);
    expect(h.calls).toContainEqual({ kind: 'ensure', name: 'updateConfiguration', owners: ['cases'] });
  });

  it("answers 404 with Kibana's message for an unknown id", async () => {
    const r = await refusal(h.client().configure.update('missing', { version: 'x' }));
    expect(r).toEqual({ status: 404, message: 'Saved object [cases-configure/missing] not found' });
  });

  it("answers 409 with Kibana's message on a stale version", async () => {
    const c = await post({});
    await patch(c, { closure_type: 'close-by-pushing' });
    const r = await refusal(patch(c, { closure_type: 'close-by-user' }));
    expect(r).toEqual({ status: 409, message: 'This configuration has been updated. Please refresh before saving additional updates.' });
  });

  it('lets exactly one of two updates at the same version win', async () => {
    const c = await post({});
    const results = await Promise.allSettled([patch(c, { closure_type: 'close-by-pushing' }), patch(c, { customFields: [text('x')] })]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(status(lost.reason)).toBe(409);
    const won = (results.find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<Configuration>).value;
    expect((await h.client().configure.get(['cases']))[0]).toEqual(won);
  });

  it("refuses changing a custom field's type with Kibana's message", async () => {
    const c = await post({ customFields: [text('a', { label: 'Ticket' })] });
    const r = await refusal(patch(c, { customFields: [toggle('a', { label: 'Ticket 2' })] }));
    expect(r).toEqual({ status: 400, message: 'Invalid custom field types in request for the following labels: "Ticket 2"' });
  });

  it('refuses an owner in the body (the codec has none)', async () => {
    const c = await post({});
    expect((await refusal(patch(c, { owner: 'securitySolution' }))).status).toBe(400);
  });

  it('keeps templates in step when custom fields change: removed values dropped, new fields added with defaults', async () => {
    const c = await post({
      customFields: [text('a'), toggle('b')],
      templates: [{ key: 't1', name: 'T1', caseFields: { customFields: [{ key: 'a', type: 'text', value: 'x' }, { key: 'b', type: 'toggle', value: true }] } }],
    });
    const u = await patch(c, { customFields: [toggle('b'), number('n', { defaultValue: 7 })] });
    expect(u.templates[0].caseFields?.customFields).toEqual([
      { key: 'b', type: 'toggle', value: true },
      { key: 'n', type: 'number', value: 7 },
    ]);
  });

  it("drops a template's values for fields the request removes, as Kibana's PATCH does", async () => {
    const c = await post({ customFields: [text('a')] });
    const u = await patch(c, {
      customFields: [],
      templates: [{ key: 't1', name: 'T1', caseFields: { customFields: [{ key: 'a', type: 'text', value: 'x' }] } }],
    });
    expect(u.templates[0].caseFields?.customFields).toEqual([]);
  });

  it('leaves templates alone when neither they nor the custom fields change', async () => {
    const c = await post({ templates: [{ key: 't1', name: 'T1', caseFields: null }] });
    expect((await patch(c, { closure_type: 'close-by-pushing' })).templates).toEqual([{ key: 't1', name: 'T1', caseFields: null }]);
  });

  it("leaves cases' values alone when a definition is removed", async () => {
    const c = await post({ customFields: [text('gone')] });
    const theCase = await h.client().cases.create(newCase({ owner: 'cases', customFields: [{ key: 'gone', type: 'text', value: 'kept' }] }));
    await patch(c, { customFields: [] });
    expect((await h.client().cases.get(theCase.id)).customFields).toEqual([{ key: 'gone', type: 'text', value: 'kept' }]);
  });
});

describe('validation: every failure is a 400 and writes nothing', () => {
  const expectRefused = async (body: Record<string, unknown>, message?: string | RegExp) => {
    const r = await refusal(post(body));
    expect(r.status).toBe(400);
    if (message) expect(r.message).toMatch(message);
    expect(await stored()).toEqual([]);
  };

  it.each([
    ['custom field key', 36, (n: number) => ({ customFields: [text('k'.repeat(n))] })],
    ['custom field label', 50, (n: number) => ({ customFields: [text('k', { label: 'l'.repeat(n) })] })],
    ['text default', 160, (n: number) => ({ customFields: [text('k', { defaultValue: 'd'.repeat(n) })] })],
    ['template name', 50, (n: number) => ({ templates: [{ key: 't', name: 'n'.repeat(n) }] })],
    ['template description', 1000, (n: number) => ({ templates: [{ key: 't', name: 'n', description: 'd'.repeat(n) }] })],
    ['template tag count', 10, (n: number) => ({ templates: [{ key: 't', name: 'n', tags: Array.from({ length: n }, (_, i) => `t${i}`) }] })],
    ['template tag length', 50, (n: number) => ({ templates: [{ key: 't', name: 'n', tags: ['t'.repeat(n)] }] })],
    ['observable type key', 36, (n: number) => ({ observableTypes: [{ key: 'k'.repeat(n), label: 'Custom' }] })],
    ['observable type label', 50, (n: number) => ({ observableTypes: [{ key: 'k', label: 'l'.repeat(n) }] })],
  ])('%s: %i accepted at the bound, refused one past it', async (_name, bound, body) => {
    await expect(post(body(bound))).resolves.toBeDefined();
    await h.close();
    h = await createHarness();
    await expectRefused(body(bound + 1));
  });

  it('number default: a safe integer is accepted, an unsafe one refused', async () => {
    await expect(post({ customFields: [number('k', { defaultValue: Number.MAX_SAFE_INTEGER })] })).resolves.toBeDefined();
    await h.close();
    h = await createHarness();
    await expectRefused({ customFields: [number('k', { defaultValue: Number.MAX_SAFE_INTEGER + 1 })] });
  });

  it.each([
    ['customFields', (i: number) => text(`f${i}`)],
    ['templates', (i: number) => ({ key: `t${i}`, name: `T${i}` })],
    ['observableTypes', (i: number) => ({ key: `o${i}`, label: `Type ${i}` })],
  ])('%s: the cap of 10 holds, 11 is refused with the cap named', async (field, item) => {
    await expect(post({ [field]: Array.from({ length: 10 }, (_, i) => item(i)) })).resolves.toBeDefined();
    await h.close();
    h = await createHarness();
    await expectRefused({ [field]: Array.from({ length: 11 }, (_, i) => item(i)) }, `The length of the field ${field} is too long. Array must be of length <= 10.`);
  });

  it('a cap raised through xpack.cases.configure is honoured, on PATCH too', async () => {
    await h.close();
    h = await createHarness({ config: { configure: { maxCustomFields: 20 } } });
    const c = await post({ customFields: Array.from({ length: 20 }, (_, i) => text(`f${i}`)) });
    expect(c.customFields).toHaveLength(20);
    const r = await refusal(patch(c, { customFields: Array.from({ length: 21 }, (_, i) => text(`f${i}`)) }));
    expect(r).toEqual({ status: 400, message: 'The length of the field customFields is too long. Array must be of length <= 20.' });
  });

  it("refuses duplicated keys with Kibana's messages", async () => {
    await expectRefused({ customFields: [text('a'), toggle('a'), text('b'), number('b')] }, /^Invalid duplicated customFields keys in request: a,b$/);
    await expectRefused({ templates: [{ key: 't', name: 'A' }, { key: 't', name: 'B' }] }, /^Invalid duplicated templates keys in request: t$/);
  });

  it('refuses observable types duplicated by key or label, the built-in ones included', async () => {
    const msg = (labels: string) => new RegExp(`^Invalid duplicated observable types in request: ${labels}$`);
    await expectRefused({ observableTypes: [{ key: 'a', label: 'Same' }, { key: 'b', label: 'same' }] }, msg('same'));
    await expectRefused({ observableTypes: [{ key: 'a', label: 'One' }, { key: 'a', label: 'Two' }] }, msg('two'));
    await expectRefused({ observableTypes: [{ key: 'mine', label: 'ipv4' }] }, msg('ipv4'));
    await expectRefused({ observableTypes: [{ key: 'observable-type-url', label: 'Link' }] }, msg('link'));
  });

  it('refuses a required custom field whose default is null; absent is fine', async () => {
    await expectRefused({ customFields: [text('a', { label: 'Ticket', required: true, defaultValue: null })] }, /"Ticket"/);
    await expect(post({ customFields: [text('a', { required: true })] })).resolves.toBeDefined();
  });

  it("refuses template custom fields that are unknown, of the wrong type or repeated, with Kibana's messages", async () => {
    const tpl = (customFields: unknown[]) => [{ key: 't', name: 'T', caseFields: { customFields } }];
    await expectRefused({ templates: tpl([{ key: 'a', type: 'text', value: 'x' }]) }, /^No custom fields configured\.$/);
    await expectRefused({ customFields: [text('a')], templates: tpl([{ key: 'zz', type: 'text', value: 'x' }]) }, /^Invalid custom field keys: zz$/);
    await expectRefused(
      { customFields: [text('a', { label: 'Ticket' })], templates: tpl([{ key: 'a', type: 'toggle', value: true }]) },
      /^The following custom fields have the wrong type in the request: "Ticket"$/,
    );
    await expectRefused(
      { customFields: [text('a')], templates: tpl([{ key: 'a', type: 'text', value: 'x' }, { key: 'a', type: 'text', value: 'y' }]) },
      /Invalid duplicated customFields keys in request: a/,
    );
  });

  it('fills the custom fields a template leaves out with their defaults', async () => {
    const c = await post({
      customFields: [text('a'), toggle('b'), number('n', { defaultValue: 3 })],
      templates: [{ key: 't', name: 'T', caseFields: { customFields: [{ key: 'a', type: 'text', value: 'x' }] } }],
    });
    expect(c.templates[0].caseFields?.customFields).toEqual([
      { key: 'a', type: 'text', value: 'x' },
      { key: 'b', type: 'toggle', value: false },
      { key: 'n', type: 'number', value: 3 },
    ]);
  });

  it('on PATCH, a refused request leaves the stored configuration as it was', async () => {
    const c = await post({ customFields: [text('a')] });
    await refusal(patch(c, { customFields: [text('a'), text('a')] }));
    expect((await h.client().configure.get(['cases']))[0]).toEqual(c);
  });
});
