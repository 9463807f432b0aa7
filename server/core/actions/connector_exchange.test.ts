import { isHttpError } from '../errors';
import { ImportDocumentError } from '../saved_objects/import_export/errors';
import { migrateDocument } from '../saved_objects/import_export/import/migrate_document';
import type { ExchangeDocument, ImportConversionContext } from '../saved_objects/import_export/types';
import type { SavedObject, SavedObjectsType } from '../saved_objects/types';
import { SECRET, startActionsHarness, type ActionsHarness } from './__fixtures__/actions_harness';
import { missingSecretsMessage } from './actions_client';
import { CONNECTOR_EXPORT_VERSION } from './connector_exchange';
import { ACTION_SAVED_OBJECT_TYPE, type ActionAttributes } from './connector_saved_object';

const KEY = 'a-key-of-thirty-two-characters!!';
const URL = 'http://127.0.0.1:9/hook';
const JIRA_CONFIG = { apiUrl: 'https://jira.example.com', projectKey: 'SOC' };

const harnesses: ActionsHarness[] = [];
async function harness(options: Parameters<typeof startActionsHarness>[0] = {}) {
  const h = await startActionsHarness({ encryptionKey: KEY, ...options });
  harnesses.push(h);
  return h;
}
afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.stop();
});

const actionType = (h: ActionsHarness): SavedObjectsType => h.savedObjectTypes.getType(ACTION_SAVED_OBJECT_TYPE)!;
const exchangeOf = (h: ActionsHarness) => actionType(h).management!.exchange!;

const stored = (id: string, attributes: Partial<ActionAttributes>): SavedObject<ActionAttributes> => ({
  type: ACTION_SAVED_OBJECT_TYPE,
  id,
  attributes: { actionTypeId: '.test', name: 'Hook', isMissingSecrets: false, config: { url: URL }, secrets: 'v1:a:b:c', ...attributes },
  references: [],
  version: 'WzEsMV0=',
  created_at: '2024-05-01T00:00:00.000Z',
  updated_at: '2024-05-01T00:00:00.000Z',
});

const document = (id: string, attributes: Record<string, unknown>, stamp: Partial<ExchangeDocument> = { typeMigrationVersion: CONNECTOR_EXPORT_VERSION }): ExchangeDocument => ({
  type: ACTION_SAVED_OBJECT_TYPE,
  id,
  attributes,
  references: [],
  ...stamp,
});

const importContext: ImportConversionContext = { namespace: 'default', referenceExists: () => false, ignoreMissingReferences: false, now: '2024-05-01T00:00:00.000Z' };

function importError(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof ImportDocumentError) return e.message;
    throw e;
  }
  throw new Error('expected an ImportDocumentError');
}

/** The `action` line of Kibana's 8.1 export (x-pack cases fixture single_case_with_connector_update_to_none.ndjson). */
const kibanaJiraLine = (): ExchangeDocument =>
  JSON.parse(
    '{"attributes":{"actionTypeId":".jira","config":{"apiUrl":"https://cases-testing.atlassian.net","projectKey":"CASES"},"isMissingSecrets":true,"name":"A jira connector"},' +
      '"coreMigrationVersion":"8.1.0","id":"51a4cbe0-5cea-11ec-a615-15461784e410","migrationVersion":{"action":"8.0.0"},"references":[],"type":"action",' +
      '"updated_at":"2021-12-14T14:31:31.361Z","version":"WzE5ODQsMV0="}',
  ) as ExchangeDocument;

describe('action type: management', () => {
  it("is importable and exportable, titled, iconed and linked as Kibana's", async () => {
    const management = actionType(await harness()).management!;
    expect(management).toMatchObject({ importableAndExportable: true, displayName: 'connector', defaultSearchField: 'name', icon: 'plugs' });
    // The icon must exist in the installed EUI: an unknown name renders nothing.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { typeToPathMap } = require('@elastic/eui/lib/components/icon/icon_map.js') as { typeToPathMap: Record<string, string> };
    expect(typeToPathMap[management.icon!]).toBeDefined();
    const object = stored('c1', { name: 'Jira SOC' });
    expect(management.getTitle!(object)).toBe('Connector: [Jira SOC]');
    expect(management.getInAppUrl!(object)).toEqual({ path: '/app/management/insightsAndAlerting/triggersActionsConnectors/connectors', uiCapabilitiesPath: 'actions.show' });
  });

  it("warns once, in Kibana's words, when imported connectors need their secrets", async () => {
    const { onImport } = actionType(await harness()).management!;
    const warning = (message: string) => ({ type: 'action_required', message, actionPath: '/app/management/insightsAndAlerting/triggersActionsConnectors', buttonLabel: 'Go to connectors' });
    expect(await onImport!([stored('a', { isMissingSecrets: false })])).toEqual({ warnings: [] });
    expect(await onImport!([stored('a', { isMissingSecrets: true }), stored('b', { isMissingSecrets: false })])).toEqual({
      warnings: [warning('1 connector has sensitive information that require updates.')],
    });
    expect(await onImport!([stored('a', { isMissingSecrets: true }), stored('b', { isMissingSecrets: true })])).toEqual({
      warnings: [warning('2 connectors have sensitive information that require updates.')],
    });
  });
});

describe('action type: export', () => {
  it('never writes the secrets, and says when the type needs them (Kibana 10.1.0 shape)', async () => {
    const { toExport, exportVersion } = exchangeOf(await harness());
    expect(exportVersion).toBe('10.1.0');
    const jira = toExport(stored('j', { actionTypeId: '.jira', name: 'Jira', config: JIRA_CONFIG }), { namespace: 'default' });
    expect(jira).toEqual({ attributes: { actionTypeId: '.jira', name: 'Jira', isMissingSecrets: true, config: JIRA_CONFIG, secrets: {} }, references: [] });
    expect(JSON.stringify(jira)).not.toContain('v1:');
    // `.test` accepts `{}` as secrets and has no hasAuth: nothing to enter again.
    expect(toExport(stored('t', {}), { namespace: 'default' }).attributes.isMissingSecrets).toBe(false);
    // Still waiting for secrets here: still waiting there.
    expect(toExport(stored('t', { isMissingSecrets: true }), { namespace: 'default' }).attributes.isMissingSecrets).toBe(true);
  });

  it("follows the config's hasAuth for a type whose secrets are optional", async () => {
    const { toExport } = exchangeOf(await harness());
    const email = (hasAuth: boolean) =>
      toExport(stored('e', { actionTypeId: '.email', config: { service: 'other', from: 'soc@example.com', host: 'smtp.example.com', port: 25, secure: false, hasAuth } }), { namespace: 'default' });
    expect(email(true).attributes.isMissingSecrets).toBe(true);
    expect(email(false).attributes.isMissingSecrets).toBe(false);
  });
});

describe('action type: import', () => {
  it("imports Kibana's 8.1 jira connector without secrets, marked as missing them", async () => {
    const h = await harness();
    const migrated = migrateDocument(actionType(h), kibanaJiraLine());
    const write = exchangeOf(h).toImport(migrated, importContext);
    expect(write).toEqual({
      attributes: {
        actionTypeId: '.jira',
        name: 'A jira connector',
        isMissingSecrets: true,
        config: { apiUrl: 'https://cases-testing.atlassian.net', projectKey: 'CASES' },
        secrets: '',
      },
      references: [],
    });
  });

  it('decides isMissingSecrets from the type, or from the document', async () => {
    const { toImport } = exchangeOf(await harness());
    expect(toImport(document('a', { actionTypeId: '.test', name: 'Hook', config: { url: URL }, isMissingSecrets: false }), importContext).attributes.isMissingSecrets).toBe(false);
    expect(toImport(document('b', { actionTypeId: '.test', name: 'Hook', config: { url: URL }, isMissingSecrets: true }), importContext).attributes.isMissingSecrets).toBe(true);
    expect(toImport(document('c', { actionTypeId: '.jira', name: 'Jira', config: JIRA_CONFIG, isMissingSecrets: false, secrets: {} }), importContext).attributes.isMissingSecrets).toBe(true);
  });

  it('refuses unregistered and system types, invalid configs and preconfigured ids', async () => {
    const h = await harness({ config: { preconfigured: { pre: { name: 'Pre', actionTypeId: '.test', config: { url: URL }, secrets: {}, exposeConfig: false } } } });
    const { toImport } = exchangeOf(h);
    const run = (id: string, attributes: Record<string, unknown>) => importError(() => toImport(document(id, { name: 'X', isMissingSecrets: false, ...attributes }), importContext));
    expect(run('a', { actionTypeId: '.webhook', config: {} })).toBe('Action type ".webhook" is not registered.');
    expect(run('b', { actionTypeId: '.system-test', config: { url: URL } })).toBe('System action creation is forbidden. Action type: .system-test.');
    expect(run('c', { actionTypeId: '.test', config: { url: URL, extra: 1 } })).toBe('error validating action type config: [extra]: definition for this key is missing');
    expect(run('d', { actionTypeId: '.jira', config: { apiUrl: 'https://jira.example.com' } })).toMatch(/^error validating action type config: \[projectKey\]/);
    expect(run('pre', { actionTypeId: '.test', config: { url: URL } })).toBe(
      'Connector with ID [pre] conflicts with a preconfigured connector, which is used instead: this connector was not imported.',
    );
    expect(run('e', { actionTypeId: '.test', config: { url: URL }, name: '' })).toBe('A connector needs a name');
    expect(run('f', { actionTypeId: '.test', config: { url: URL }, authMode: 'per-user' })).toMatch(/authMode \[per-user\] are not supported/);
  });

  it('refuses a config outside the allowed hosts with the validation message', async () => {
    const h = await harness({ config: { allowedHosts: ['localhost'] } });
    expect(importError(() => exchangeOf(h).toImport(document('a', { actionTypeId: '.test', name: 'Hook', config: { url: URL } }), importContext))).toBe(
      `error validating action type config: error configuring connector action: target url "${URL}" is not added to the Kibana config xpack.actions.allowedHosts`,
    );
  });

  it("runs Kibana's migrations that change the config before checking it", async () => {
    const h = await harness();
    const type = actionType(h);
    // 7.9: a cases mapping in the config (renamed in 7.10, removed in 7.11), no isMissingSecrets.
    const old = migrateDocument(type, document('j', { actionTypeId: '.jira', name: 'Jira', config: { ...JIRA_CONFIG, casesConfiguration: { mapping: [] } } }, { migrationVersion: { action: '7.9.0' } }));
    expect(old.attributes).toEqual({ actionTypeId: '.jira', name: 'Jira', config: JIRA_CONFIG, isMissingSecrets: false });
    expect(exchangeOf(h).toImport(old, importContext).attributes.isMissingSecrets).toBe(true);
    // 7.15: ServiceNow keeps the table API and basic authentication; email gets its service.
    const sn = migrateDocument(type, document('s', { actionTypeId: '.servicenow', name: 'SN', config: { apiUrl: 'https://sn.example.com' }, isMissingSecrets: true }, { migrationVersion: { action: '7.15.0' } }));
    expect(sn.attributes.config).toEqual({ apiUrl: 'https://sn.example.com', usesTableApi: true, isOAuth: false });
    const mail = migrateDocument(type, document('m', { actionTypeId: '.email', name: 'Mail', config: { from: 'a@example.com', hasAuth: false }, isMissingSecrets: false }, { migrationVersion: { action: '7.15.0' } }));
    expect(mail.attributes.config).toEqual({ from: 'a@example.com', hasAuth: false, service: 'other' });
    // A newer Kibana's model versions add nothing we read: its export still imports.
    const newer = migrateDocument(type, document('n', { actionTypeId: '.test', name: 'Hook', config: { url: URL }, isMissingSecrets: false, authMode: 'shared' }, { typeMigrationVersion: '10.4.0' }));
    expect(exchangeOf(h).toImport(newer, importContext).attributes).toMatchObject({ actionTypeId: '.test', secrets: '' });
  });
});

describe('action type: authorization', () => {
  it("needs the get privilege to export and create to import, with Kibana's refusals", async () => {
    const h = await harness();
    const { authorize } = actionType(h).management!;
    const objects = [stored('a', { actionTypeId: '.jira' }), stored('b', { actionTypeId: '.test' })];
    const ask = (role: string, operation: 'export' | 'import') => authorize!({ request: h.requestAs(role), namespace: 'default' }, operation, objects);
    expect(await ask('read', 'export')).toEqual(new Map());
    expect(await ask('none', 'export')).toEqual(new Map([['a', 'Unauthorized to get actions'], ['b', 'Unauthorized to get actions']]));
    expect(await ask('all', 'import')).toEqual(new Map());
    expect(await ask('read', 'import')).toEqual(
      new Map([
        ['a', 'Unauthorized to create a ".jira" action'],
        ['b', 'Unauthorized to create a ".test" action'],
      ]),
    );
  });
});

describe('an imported connector', () => {
  async function imported(h: ActionsHarness, id: string) {
    const write = exchangeOf(h).toImport(document(id, { actionTypeId: '.test', name: 'Imported hook', config: { url: URL }, isMissingSecrets: true }), importContext);
    await h.repository.create(ACTION_SAVED_OBJECT_TYPE, write.attributes, { namespace: 'default', id });
  }

  it('is listed as missing its secrets and refuses to run until they are entered again', async () => {
    const h = await harness();
    await imported(h, 'imp');
    const client = h.clientAs('all');
    expect((await client.getAll()).find((c) => c.id === 'imp')).toMatchObject({ isMissingSecrets: true });
    let refused: unknown;
    try {
      await client.execute('imp', { value: 'x' });
    } catch (e) {
      refused = e;
    }
    expect(isHttpError(refused) && { status: refused.statusCode, message: refused.message }).toEqual({ status: 400, message: missingSecretsMessage('Imported hook') });
    expect(h.audit.map((e) => [e.event.action, e.event.outcome])).toContainEqual(['connector_execute', 'failure']);

    const updated = await client.update('imp', { name: 'Imported hook', config: { url: URL }, secrets: { token: SECRET } });
    expect(updated.isMissingSecrets).toBe(false);
    expect((await client.get('imp')).isMissingSecrets).toBe(false);
    // Past the refusal: the type runs (and fails to reach the closed port, as an answer).
    expect((await client.execute('imp', { value: 'x' })).status).toBe('error');
    expect(JSON.stringify(await client.execute('imp', { value: 'x' }))).not.toContain('no secrets are defined');
  });
});
