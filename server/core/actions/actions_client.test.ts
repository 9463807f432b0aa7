import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isHttpError } from '../errors';
import { SECRET, startActionsHarness, type ActionsHarness } from './__fixtures__/actions_harness';
import { ACTION_SAVED_OBJECT_TYPE, type ActionAttributes } from './connector_saved_object';

const KEY = 'a-key-of-thirty-two-characters!!';
let server: Server;
let url: string;
const received: Array<{ auth?: string; body: string }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ auth: req.headers.authorization, body });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ echoed: JSON.parse(body || '{}') }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const harnesses: ActionsHarness[] = [];
async function harness(options: Parameters<typeof startActionsHarness>[0] = {}) {
  const h = await startActionsHarness({ encryptionKey: KEY, ...options });
  harnesses.push(h);
  return h;
}
afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.stop();
  received.length = 0;
});

async function refusal(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await promise;
  } catch (e) {
    if (isHttpError(e)) return { status: e.statusCode, message: e.message };
    throw e;
  }
  throw new Error('expected a refusal');
}

const create = (h: ActionsHarness, extra: Record<string, unknown> = {}) =>
  h.clientAs('all').create({ name: 'Hook', actionTypeId: '.test', config: { url }, secrets: { token: SECRET }, ...extra });

describe('actions client: create', () => {
  it('stores only ciphertext and answers without secrets', async () => {
    const h = await harness();
    const connector = await create(h, { id: 'my-hook' });
    expect(connector).toEqual({ id: 'my-hook', name: 'Hook', actionTypeId: '.test', config: { url }, isPreconfigured: false, isDeprecated: false, isSystemAction: false, isMissingSecrets: false });
    const stored = await h.repository.get<ActionAttributes>(ACTION_SAVED_OBJECT_TYPE, 'my-hook', { namespace: 'default' });
    expect(stored.attributes.secrets).toMatch(/^v1:/);
    expect(JSON.stringify(stored)).not.toContain(SECRET);
    expect(JSON.stringify(h.lines)).not.toContain(SECRET);
    expect(h.audit.map((e) => [e.event.action, e.event.outcome])).toContainEqual(['connector_create', 'unknown']);
  });

  it.each([
    [{ config: {} }, 400, 'error validating action type config: [url]: expected value of type [string] but got [undefined]'],
    [{ config: { url, extra: 1 } }, 400, 'error validating action type config: [extra]: definition for this key is missing'],
    [{ secrets: { token: 5 } }, 400, 'error validating action type secrets: [token]: expected value of type [string] but got [number]'],
    [{ config: { url: 'http://127.0.0.1:1/bad' } }, 400, 'error validating action type connector: the URL may not end with /bad'],
    [{ actionTypeId: '.nope' }, 400, 'Action type ".nope" is not registered.'],
    [{ actionTypeId: '.system-test' }, 400, 'System action creation is forbidden. Action type: .system-test.'],
  ])('refuses %j', async (extra, status, message) => {
    const h = await harness();
    expect(await refusal(create(h, extra))).toEqual({ status, message });
    expect((await h.clientAs('all').getAll()).filter((c) => !c.isPreconfigured)).toEqual([]);
  });

  it('refuses a URL outside the allowed hosts', async () => {
    const h = await harness({ config: { allowedHosts: ['localhost'] } });
    expect(await refusal(create(h))).toEqual({
      status: 400,
      message: `error validating action type config: error configuring connector action: target url "${url}" is not added to the Kibana config xpack.actions.allowedHosts`,
    });
  });

  it('refuses a type the configuration does not enable (403), an existing id (409) and a preconfigured id (400)', async () => {
    const disabled = await harness({ config: { enabledActionTypes: ['.email'] } });
    expect(await refusal(create(disabled))).toEqual({ status: 403, message: 'action type ".test" is not enabled in the Kibana config xpack.actions.enabledActionTypes' });
    const h = await harness({ config: { preconfigured: { pre: { name: 'Pre', actionTypeId: '.test', config: { url }, secrets: {}, exposeConfig: false } } } });
    await create(h, { id: 'taken' });
    expect(await refusal(create(h, { id: 'taken' }))).toEqual({ status: 409, message: 'Saved object [action/taken] conflict' });
    expect(await refusal(create(h, { id: 'pre' }))).toEqual({ status: 400, message: 'This pre already exists in a preconfigured action.' });
  });

  it("refuses secrets without an encryption key, with Kibana's message; a connector without secrets is fine", async () => {
    const h = await harness({ encryptionKey: undefined });
    expect(await refusal(create(h))).toEqual({
      status: 400,
      message: 'Unable to create actions client because the Encrypted Saved Objects plugin is missing encryption key. Please set xpack.encryptedSavedObjects.encryptionKey in config/cases.yml.',
    });
    await expect(create(h, { secrets: {} })).resolves.toMatchObject({ name: 'Hook' });
  });
});

describe('actions client: read, update, delete', () => {
  it('lists stored and preconfigured connectors by name, with reference counts; config only when exposed', async () => {
    const preconfigured = {
      'zz-pre': { name: 'Alpha', actionTypeId: '.test', config: { url }, secrets: { token: SECRET }, exposeConfig: false },
      exposed: { name: 'Beta', actionTypeId: '.test', config: { url: `${url}/legacy` }, secrets: {}, exposeConfig: true },
    };
    const h = await harness({ config: { preconfigured } });
    await create(h, { id: 'c1', name: 'Gamma' });
    await h.repository.create('referrer', {}, { namespace: 'default', references: [{ type: 'action', id: 'c1', name: 'connectorId' }] });
    await h.repository.create('referrer', {}, { namespace: 'default', references: [{ type: 'action', id: 'c1', name: 'pushConnectorId' }] });
    const all = await h.clientAs('read').getAll();
    expect(all.map((c) => [c.name, c.referencedByCount, c.config, c.isPreconfigured, c.isDeprecated])).toEqual([
      ['Alpha', 0, undefined, true, false],
      ['Beta', 0, { url: `${url}/legacy` }, true, true],
      ['Gamma', 2, { url }, false, false],
    ]);
    expect(JSON.stringify(all)).not.toContain(SECRET);
    expect(await h.clientAs('read').get('zz-pre')).not.toHaveProperty('isMissingSecrets');
    expect((await h.clientAs('read').getBulk(['c1', 'missing', 'exposed'])).map((c) => c.id)).toEqual(['c1', 'exposed']);
  });

  it('keeps connectors to their space', async () => {
    const h = await harness();
    await create(h, { id: 'c1' });
    expect(await refusal(h.clientAs('all', 'other').get('c1'))).toEqual({ status: 404, message: 'Saved object [action/c1] not found' });
  });

  it('updates name, config and secrets, clearing isMissingSecrets', async () => {
    const h = await harness();
    await create(h, { id: 'c1' });
    await h.repository.update(ACTION_SAVED_OBJECT_TYPE, 'c1', { isMissingSecrets: true }, { namespace: 'default' });
    expect((await h.clientAs('all').get('c1')).isMissingSecrets).toBe(true);
    const updated = await h.clientAs('all').update('c1', { name: 'Renamed', config: { url: `${url}/v2` }, secrets: { token: 'new-token-value' } });
    expect(updated).toMatchObject({ name: 'Renamed', config: { url: `${url}/v2` }, isMissingSecrets: false });
    const stored = await h.repository.get<ActionAttributes>(ACTION_SAVED_OBJECT_TYPE, 'c1', { namespace: 'default' });
    expect(stored.attributes.actionTypeId).toBe('.test');
    expect(JSON.stringify(stored)).not.toContain('new-token-value');
  });

  it("refuses to change preconfigured connectors and unknown ids with Kibana's texts", async () => {
    const h = await harness({ config: { preconfigured: { pre: { name: 'Pre', actionTypeId: '.test', config: { url }, secrets: {}, exposeConfig: false } } } });
    const client = h.clientAs('all');
    expect(await refusal(client.update('pre', { name: 'x', config: { url }, secrets: {} }))).toEqual({ status: 400, message: 'Preconfigured action pre can not be updated.' });
    expect(await refusal(client.delete('pre'))).toEqual({ status: 400, message: 'Preconfigured action pre is not allowed to delete.' });
    expect(await refusal(client.update('nope', { name: 'x', config: { url }, secrets: {} }))).toEqual({ status: 404, message: 'Saved object [action/nope] not found' });
    expect(await refusal(client.delete('nope'))).toEqual({ status: 404, message: 'Saved object [action/nope] not found' });
    await create(h, { id: 'gone' });
    await client.delete('gone');
    expect(await refusal(client.get('gone'))).toMatchObject({ status: 404 });
  });
});

describe('actions client: authorization', () => {
  it("answers Kibana's refusals and audits them", async () => {
    const h = await harness();
    await create(h, { id: 'c1' });
    expect(await refusal(create(h).then(() => h.clientAs('read').create({ name: 'x', actionTypeId: '.test', config: { url }, secrets: {} })))).toEqual({
      status: 403,
      message: 'Unauthorized to create a ".test" action',
    });
    expect(await refusal(h.clientAs('none').getAll())).toEqual({ status: 403, message: 'Unauthorized to get actions' });
    expect(await refusal(h.clientAs('read').delete('c1'))).toEqual({ status: 403, message: 'Unauthorized to delete actions' });
    expect(await refusal(h.clientAs('none').execute('c1', { value: 'x' }))).toEqual({ status: 403, message: 'Unauthorized to execute a ".test" action' });
    await expect(h.clientAs('read').execute('c1', { value: 'x' })).resolves.toMatchObject({ status: 'ok' });
    expect(h.audit.filter((e) => e.event.outcome === 'failure').map((e) => [e.event.action, e.message])).toEqual([
      ['connector_create', 'Failed attempt to create a connector'],
      ['connector_find', 'Failed attempt to access a connector'],
      ['connector_delete', 'Failed attempt to delete connector [id=c1]'],
      ['connector_execute', 'Failed attempt to execute connector [id=c1]'],
    ]);
  });

  it('registers the actions feature: all manages, read lists and runs', async () => {
    const h = await harness();
    const feature = h.features.find((f) => f.id === 'actions');
    expect(feature?.name).toBe('Actions and Connectors');
    expect(feature?.privileges.read.actions).toEqual(['actions:connector/get', 'actions:connector/getAll', 'actions:connector/listTypes', 'actions:connector/execute']);
    expect(feature?.privileges.all.actions).toContain('actions:connector/delete');
  });
});

describe('actions client: execute', () => {
  it('runs the type with decrypted secrets and answers its data', async () => {
    const h = await harness();
    await create(h, { id: 'c1' });
    const result = await h.clientAs('all').execute('c1', { value: 'hello' });
    expect(result).toEqual({ status: 'ok', actionId: 'c1', data: { echoed: { value: 'hello' } } });
    expect(received).toEqual([{ auth: `Bearer ${SECRET}`, body: '{"value":"hello"}' }]);
    expect(JSON.stringify(h.lines)).not.toMatch(new RegExp(`${SECRET}|hello`));
  });

  it('answers params failures and executor errors as results, not exceptions', async () => {
    const h = await harness();
    await create(h, { id: 'c1' });
    const client = h.clientAs('all');
    expect(await client.execute('c1', { value: 1 })).toEqual({
      status: 'error',
      actionId: 'c1',
      message: 'error validating action params: [value]: expected value of type [string] but got [number]',
      retry: false,
      errorSource: 'user',
    });
    expect(await client.execute('c1', { value: 'fail' })).toEqual({
      status: 'error',
      actionId: 'c1',
      message: 'an error occurred while running the action',
      serviceMessage: '[Action][Test]: the system said no',
      retry: false,
    });
    expect(h.lines.some((l) => l.level === 40 && String(l.msg).includes('c1 (.test) failed'))).toBe(true);
  });

  it('runs preconfigured connectors with their plain secrets', async () => {
    const h = await harness({ encryptionKey: undefined, config: { preconfigured: { pre: { name: 'Pre', actionTypeId: '.test', config: { url }, secrets: { token: SECRET }, exposeConfig: false } } } });
    await expect(h.started.getUnsecuredClient('default').execute('pre', { value: 'v' })).resolves.toMatchObject({ status: 'ok' });
    expect(received[0].auth).toBe(`Bearer ${SECRET}`);
  });

  it('answers a clear error, never the ciphertext, when the key changed; a rotation key still opens it', async () => {
    const first = await harness();
    await create(first, { id: 'c1' });
    await first.stop();
    harnesses.splice(harnesses.indexOf(first), 1);
    const other = await harness({ dir: first.dir, encryptionKey: 'another-key-of-thirty-two-chars!' });
    const result = await other.clientAs('all').execute('c1', { value: 'x' });
    expect(result).toMatchObject({ status: 'error', retry: false, message: 'Unable to decrypt the secrets of connector c1: the encryption key is not the one they were stored with (Unable to decrypt attribute "secrets")' });
    expect((await other.clientAs('all').get('c1')).config).toEqual({ url });
    await other.stop();
    harnesses.splice(harnesses.indexOf(other), 1);
    const rotated = await harness({ dir: first.dir, encryptionKey: 'another-key-of-thirty-two-chars!', decryptionOnlyKeys: [KEY] });
    await expect(rotated.clientAs('all').execute('c1', { value: 'x' })).resolves.toMatchObject({ status: 'ok' });
  });
});
