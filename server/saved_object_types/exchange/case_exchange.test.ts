import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASE_ID_INCREMENTER_SAVED_OBJECT } from '../../../common/constants';
import type { CaseAttributes } from '../../../common/types/domain/case';
import {
  ImportDocumentError,
  type ExchangeDocument,
  type FinderOptions,
  type ImportConversionContext,
  type SavedObject,
  type SavedObjectExchange,
  type SavedObjectsRepository,
} from '../../core';
import { migrateDocument } from '../../core/mocks';
import { withDerivedFields } from '../../services/derived_fields';
import { createCaseType } from '../cases';
import { CASE_ID_COUNTER_FIELD, CASE_ID_COUNTER_OBJECT_ID } from '../id_counter';
import { CASE_EXPORT_VERSION } from './case_export';
import { connectorResetActionId } from './case_import';
import { createCasesExchangeServices } from './exchange_services';

const FIXTURES = join(__dirname, '../../../test/fixtures/kibana_exports');

/** The documents of an export as an import reads them: NDJSON lines (or kbn_archiver's blank-line-separated objects), details line left out. */
function documentsOf(file: string): ExchangeDocument[] {
  const text = readFileSync(join(FIXTURES, file), 'utf8');
  const pieces = file.endsWith('.ndjson') ? text.split('\n') : text.split(/\n\s*\n/);
  return pieces
    .filter((piece) => piece.trim() !== '')
    .map((piece) => JSON.parse(piece) as ExchangeDocument)
    .filter((document) => typeof document.type === 'string');
}
const caseOf = (file: string): ExchangeDocument => {
  const cases = documentsOf(file).filter((document) => document.type === 'cases');
  expect(cases).toHaveLength(1);
  return cases[0]!;
};

const PRECONFIGURED = 'preconfigured-jira';
const finds: FinderOptions[] = [];
let storedObjects: SavedObject[] = [];
const repository = {
  createPointInTimeFinder: (options: FinderOptions) => {
    finds.push(options);
    const caseIds = (options.filter as { value?: string[]; values?: string[] } | undefined) ?? {};
    const ids = caseIds.values ?? caseIds.value ?? [];
    const matches = storedObjects.filter((o) => o.type === options.type && ids.includes((o.attributes as { case_id: string }).case_id));
    return {
      async *find() {
        yield { saved_objects: matches, total: matches.length, page: 1, per_page: 1000 };
      },
      close: async () => undefined,
    };
  },
} as unknown as SavedObjectsRepository;

const services = createCasesExchangeServices();
services.start({ repository, refusedOwners: async () => new Map(), isPreconfiguredConnector: (id) => id === PRECONFIGURED });
const type = createCaseType(services);
const exchange = type.management!.exchange as SavedObjectExchange;

const NOW = '2026-12-01T00:00:00.000Z';
const context = (overrides: Partial<ImportConversionContext> = {}): ImportConversionContext => ({
  namespace: 'default',
  referenceExists: () => true,
  ignoreMissingReferences: false,
  now: NOW,
  actor: { username: 'importer', full_name: 'The Importer', email: 'importer@example.com', profile_uid: 'u_importer' },
  ...overrides,
});
/** The importer's migration step, the platform's own. */
const migrate = (document: ExchangeDocument): ExchangeDocument => migrateDocument(type, document);
const importCase = (document: ExchangeDocument, ctx = context()) => exchange.toImport(migrate(document), ctx);
/** What an export writes for a stored case. */
const toExchangeDocument = (object: SavedObject): ExchangeDocument => ({
  type: object.type,
  id: object.id,
  ...exchange.toExport(object, { namespace: 'default' }),
  coreMigrationVersion: '8.8.0',
  typeMigrationVersion: exchange.exportVersion,
});

const COUNTER = [{ attribute: 'incremental_id', type: CASE_ID_INCREMENTER_SAVED_OBJECT, id: CASE_ID_COUNTER_OBJECT_ID, field: CASE_ID_COUNTER_FIELD, initial: 0 }];
const alice = { email: 'alice@example.com', full_name: 'Alice', username: 'alice', profile_uid: 'u_alice' };
const jira = { id: 'jira-1', name: 'Jira', type: '.jira', fields: { issueType: '10001', priority: 'High', parent: null } };

/** A case as we store it, every attribute set. */
const fullCase: CaseAttributes = {
  title: 'Beaconing host',
  description: 'Beaconing to a bad domain',
  tags: ['c2'],
  owner: 'securitySolution',
  status: 'in-progress',
  severity: 'critical',
  assignees: [{ uid: 'u_alice' }],
  category: 'Intrusion',
  connector: jira,
  settings: { syncAlerts: true, extractObservables: true },
  external_service: {
    connector_id: 'jira-1',
    connector_name: 'Jira',
    external_id: '20020',
    external_title: 'SEC-20',
    external_url: 'https://jira.example.com/browse/SEC-20',
    pushed_at: '2025-05-01T07:05:00.000Z',
    pushed_by: alice,
  },
  customFields: [
    { key: 'reviewed', type: 'toggle', value: true },
    { key: 'ticket', type: 'text', value: 'INC-7' },
  ],
  observables: [{ id: 'obs-1', typeKey: 'observable-type-domain', value: 'bad.example.net', description: null, createdAt: '2025-05-01T07:03:00.000Z', updatedAt: null }],
  total_observables: 1,
  incremental_id: 42,
  created_at: '2025-05-01T07:00:00.000Z',
  created_by: alice,
  updated_at: '2025-05-01T07:06:00.000Z',
  updated_by: alice,
  closed_at: null,
  closed_by: null,
  duration: null,
  in_progress_at: '2025-05-01T07:04:00.000Z',
  time_to_acknowledge: 240,
};
const storedCase = (attributes: CaseAttributes = fullCase, id = 'case-1'): SavedObject => ({
  type: 'cases',
  id,
  attributes: withDerivedFields(attributes),
  references: [],
  version: 'WzEsMV0=',
  created_at: attributes.created_at,
  updated_at: attributes.updated_at ?? attributes.created_at,
});

describe('cases exchange: export', () => {
  it("writes Kibana's persisted case at model version 8", () => {
    const exported = exchange.toExport(storedCase(), { namespace: 'default' });
    // By hand from Kibana's CasePersistedAttributes and its model version 8 schema.
    expect(exported.attributes).toEqual({
      assignees: [{ uid: 'u_alice' }],
      category: 'Intrusion',
      closed_at: null,
      closed_by: null,
      connector: {
        name: 'Jira',
        type: '.jira',
        fields: [
          { key: 'issueType', value: '10001' },
          { key: 'priority', value: 'High' },
          { key: 'parent', value: null },
        ],
      },
      created_at: '2025-05-01T07:00:00.000Z',
      created_by: alice,
      customFields: [
        { key: 'reviewed', type: 'toggle', value: true },
        { key: 'ticket', type: 'text', value: 'INC-7' },
      ],
      description: 'Beaconing to a bad domain',
      duration: null,
      external_service: {
        connector_name: 'Jira',
        external_id: '20020',
        external_title: 'SEC-20',
        external_url: 'https://jira.example.com/browse/SEC-20',
        pushed_at: '2025-05-01T07:05:00.000Z',
        pushed_by: alice,
      },
      in_progress_at: '2025-05-01T07:04:00.000Z',
      observables: [{ id: 'obs-1', typeKey: 'observable-type-domain', value: 'bad.example.net', description: null, createdAt: '2025-05-01T07:03:00.000Z', updatedAt: null }],
      owner: 'securitySolution',
      settings: { syncAlerts: true, extractObservables: true },
      severity: 30,
      status: 10,
      tags: ['c2'],
      time_to_acknowledge: 240,
      title: 'Beaconing host',
      total_alerts: -1,
      total_comments: -1,
      total_events: -1,
      total_observables: 1,
      updated_at: '2025-05-01T07:06:00.000Z',
      updated_by: alice,
    });
    expect(exported.references).toEqual([
      { type: 'action', name: 'connectorId', id: 'jira-1' },
      { type: 'action', name: 'pushConnectorId', id: 'jira-1' },
    ]);
  });

  it("writes the none connector as Kibana does: fields [], no reference; no case number, no derived fields", () => {
    const none = { ...fullCase, connector: { id: 'none', name: 'none', type: '.none', fields: null }, external_service: null, status: 'open', severity: 'low' } as CaseAttributes;
    const document = toExchangeDocument(storedCase(none));
    expect(document.typeMigrationVersion).toBe(CASE_EXPORT_VERSION);
    expect(document.attributes.connector).toEqual({ name: 'none', type: '.none', fields: [] });
    expect(document.attributes).toMatchObject({ status: 0, severity: 0, external_service: null });
    expect(document.references).toEqual([]);
    for (const key of ['incremental_id', 'status_rank', 'severity_rank', 'custom_field_values', 'custom_field_keys', 'observable_keys']) {
      expect(document.attributes).not.toHaveProperty(key);
    }
  });

  it('brings every comment and user action of the page of cases, read in the space exported from', async () => {
    const comment = { type: 'cases-comments', id: 'c1', attributes: { case_id: 'case-1', type: 'user' }, references: [] } as unknown as SavedObject;
    const file = { type: 'cases-comments', id: 'c2', attributes: { case_id: 'case-2', type: 'externalReference' }, references: [] } as unknown as SavedObject;
    const other = { type: 'cases-comments', id: 'c3', attributes: { case_id: 'case-9', type: 'user' }, references: [] } as unknown as SavedObject;
    const action = { type: 'cases-user-actions', id: 'a1', attributes: { case_id: 'case-1', type: 'create_case' }, references: [] } as unknown as SavedObject;
    storedObjects = [comment, file, other, action];
    finds.length = 0;
    const cases = [storedCase(fullCase, 'case-1'), storedCase(fullCase, 'case-2')];
    const request = {} as never;
    const exported = await type.management!.onExport!({ request, namespace: 'soc-eu' }, cases);
    expect(exported.map((o) => o.id)).toEqual(['case-1', 'case-2', 'c1', 'c2', 'a1']);
    expect(finds.map((f) => [f.type, f.namespace])).toEqual([
      ['cases-comments', 'soc-eu'],
      ['cases-user-actions', 'soc-eu'],
    ]);
  });
});

describe('cases exchange: import of Kibana exports', () => {
  it.each([
    ['kibana/single_case_user_actions_one_comment.ndjson', { title: 'A case to export', description: 'a description', tags: ['some tags'] }],
    ['kibana/legacy_single_case_user_actions_one_comment.ndjson', { title: 'A case to export', description: 'a description', tags: ['some tags'] }],
    ['kibana/single_case_with_unified_attachment.ndjson', { title: 'A case with a unified attachment', description: 'a description', tags: ['export'] }],
  ])('%s: an open case of Security without a connector, numbered in the destination', (file, expected) => {
    const write = importCase(caseOf(file));
    expect(write.attributes).toMatchObject({
      ...expected,
      owner: 'securitySolution',
      status: 'open',
      severity: 'low',
      connector: { id: 'none', name: 'none', type: '.none', fields: null },
      // 7.11 set both flags (the unstamped file runs it too); model version 5 set extraction off.
      settings: { syncAlerts: true, extractObservables: false },
      external_service: null,
      assignees: [],
      category: null,
      customFields: [],
      observables: [],
      total_observables: 0,
      duration: null,
      status_rank: 0,
      severity_rank: 0,
    });
    expect(write.attributes).not.toHaveProperty('incremental_id');
    expect(write.attributes).not.toHaveProperty('type');
    expect(write.attributes).not.toHaveProperty('total_comments');
    expect(write.counters).toEqual(COUNTER);
    expect(write.references).toEqual([]);
    expect(write.related).toBeUndefined();
  });

  it('the connector-to-none export: the push record keeps its connector from pushConnectorId', () => {
    const write = importCase(caseOf('kibana/single_case_with_connector_update_to_none.ndjson'));
    expect(write.attributes).toMatchObject({
      title: 'A case with a connector',
      description: 'super description',
      connector: { id: 'none', type: '.none' },
      external_service: {
        connector_id: '51a4cbe0-5cea-11ec-a615-15461784e410',
        connector_name: 'A jira connector',
        external_id: '26213',
        external_title: 'CASES-227',
        pushed_by: { email: '', full_name: '', username: 'cnasikas' },
      },
    });
    expect(write.references).toEqual([{ type: 'action', name: 'pushConnectorId', id: '51a4cbe0-5cea-11ec-a615-15461784e410' }]);
  });

  it('the 7.10 archive: connector_id becomes a none connector, owner and settings arrive', () => {
    const write = importCase(caseOf('kibana/kbn_archiver_7.10.0.json'));
    expect(write.attributes).toMatchObject({
      title: 'Super Bad Security Issue',
      owner: 'securitySolution',
      status: 'open',
      severity: 'low',
      connector: { id: 'none', type: '.none' },
      settings: { syncAlerts: true, extractObservables: false },
      created_by: { email: null, full_name: null, username: 'elastic' },
      updated_at: null,
    });
    expect(write.references).toEqual([]);
    expect(write.related).toBeUndefined();
  });

  it('7.14: a Jira case keeps its connector and push (ids moved to references by 7.15)', () => {
    const write = importCase(caseOf('hand_made/kibana_7.14_case_alert_lens_markdown.ndjson'));
    const jiraId = '7140a000-0000-4000-8000-0000000000aa';
    expect(write.attributes).toMatchObject({
      status: 'in-progress',
      status_rank: 1,
      connector: { id: jiraId, name: 'Jira', type: '.jira', fields: { issueType: '10001', priority: 'High', parent: null } },
      external_service: { connector_id: jiraId, external_title: 'SEC-1' },
      settings: { syncAlerts: true, extractObservables: false },
    });
    expect(write.references).toEqual([
      { type: 'action', name: 'connectorId', id: jiraId },
      { type: 'action', name: 'pushConnectorId', id: jiraId },
    ]);
  });

  it('8.1: a closed observability case gets its duration, ServiceNow fields as an object', () => {
    const write = importCase(caseOf('hand_made/kibana_8.1_case_alerts_servicenow.ndjson'));
    expect(write.attributes).toMatchObject({
      owner: 'observability',
      status: 'closed',
      duration: 600,
      severity: 'low',
      settings: { syncAlerts: false, extractObservables: false },
      connector: { type: '.servicenow', fields: { impact: '2', severity: '2', urgency: '2', category: 'software', subcategory: null } },
    });
  });

  it('8.10: numeric severity, assignees, category and profile uids', () => {
    const write = importCase(caseOf('hand_made/kibana_8.10_case_lens_file.ndjson'));
    expect(write.attributes).toMatchObject({
      severity: 'high',
      severity_rank: 2,
      status: 'open',
      assignees: [{ uid: 'u_profile_carol' }],
      category: 'Intrusion',
      created_by: { username: 'carol', profile_uid: 'u_profile_carol' },
      settings: { syncAlerts: true, extractObservables: false },
    });
  });

  it('9.x (stamped 10.9.0): custom fields, observables and timings arrive with their indexes', () => {
    const write = importCase(caseOf('hand_made/kibana_9.x_case_alert_lens_file_jira.ndjson'));
    expect(write.attributes).toMatchObject({
      status: 'in-progress',
      severity: 'critical',
      settings: { syncAlerts: true, extractObservables: true },
      customFields: [
        { key: 'reviewed', type: 'toggle', value: true },
        { key: 'ticket', type: 'text', value: 'INC-7' },
      ],
      custom_field_values: ['reviewed=true'],
      custom_field_keys: ['reviewed', 'ticket'],
      observables: [{ typeKey: 'observable-type-domain', value: 'bad.example.net', description: null }],
      observable_keys: ['observable-type-domain\u0000bad.example.net'],
      total_observables: 1,
      in_progress_at: '2025-05-01T07:04:00.000Z',
      time_to_acknowledge: 240,
      time_to_investigate: null,
    });
    expect(write.attributes).not.toHaveProperty('total_events');
  });
});

describe('cases exchange: round trip, numbers, connectors, refusals', () => {
  it('ours → export → import gives back the same case, numbered anew', () => {
    const document = toExchangeDocument(storedCase());
    const write = importCase(JSON.parse(JSON.stringify(document)) as ExchangeDocument);
    const { incremental_id: _number, ...rest } = withDerivedFields(fullCase);
    expect(write.attributes).toEqual(rest);
    expect(write.counters).toEqual(COUNTER);
    expect(write.references).toEqual(exchange.toExport(storedCase(), { namespace: 'default' }).references);
  });

  it('an overwrite keeps the number of the case it overwrites', () => {
    const document = toExchangeDocument(storedCase());
    const write = importCase(document, context({ existing: storedCase({ ...fullCase, incremental_id: 7 }) }));
    expect(write.attributes.incremental_id).toBe(7);
    expect(write.counters).toBeUndefined();
  });

  it('a connector missing in the destination becomes none, with a user action that converges on re-import', () => {
    const document = toExchangeDocument(storedCase());
    const ctx = context({ referenceExists: (ref) => ref.id !== 'jira-1' });
    const write = importCase(document, ctx);
    expect(write.attributes.connector).toEqual({ id: 'none', name: 'none', type: '.none', fields: null });
    // The push record is history: it keeps its connector.
    expect(write.references).toEqual([{ type: 'action', name: 'pushConnectorId', id: 'jira-1' }]);
    expect(write.related).toEqual([
      {
        kind: 'create',
        type: 'cases-user-actions',
        id: connectorResetActionId('case-1'),
        overwrite: true,
        attributes: {
          action: 'update',
          type: 'connector',
          payload: { connector: { id: 'none', name: 'none', type: '.none', fields: null } },
          created_at: NOW,
          created_by: { username: 'importer', full_name: 'The Importer', email: 'importer@example.com', profile_uid: 'u_importer' },
          owner: 'securitySolution',
          comment_id: null,
          case_id: 'case-1',
        },
        references: [{ type: 'cases', name: 'associated-cases', id: 'case-1' }],
      },
    ]);
    expect(importCase(document, ctx).related![0]!.id).toBe(write.related![0]!.id);
    expect(connectorResetActionId('case-1')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(connectorResetActionId('case-2')).not.toBe(connectorResetActionId('case-1'));
  });

  it('a preconfigured connector is kept although no saved object holds it', () => {
    const withPreconfigured = { ...fullCase, connector: { ...jira, id: PRECONFIGURED } };
    const document = toExchangeDocument(storedCase(withPreconfigured));
    const write = importCase(document, context({ referenceExists: () => false }));
    expect(write.attributes.connector).toEqual({ ...jira, id: PRECONFIGURED });
    expect(write.related).toBeUndefined();
  });

  it.each([
    ['a title that is no string', { title: 42 }, /title/],
    ['an unknown status', { status: 99 }, /status \[99\]/],
    ['connector fields its type does not take', { connector: { name: 'Jira', type: '.jira', fields: [{ key: 'colour', value: 'red' }] } }, /connector|fields/],
    ['no reporter', { created_by: null }, /created_by/],
  ])('refuses %s with the reason', (_what, change, message) => {
    const document = toExchangeDocument(storedCase());
    const broken = { ...document, attributes: { ...document.attributes, ...change } };
    expect(() => importCase(broken)).toThrow(ImportDocumentError);
    expect(() => importCase(broken)).toThrow(message);
  });

  it('a document of a newer Kibana than the migrations know is refused', () => {
    const document = { ...toExchangeDocument(storedCase()), typeMigrationVersion: '10.13.0' };
    expect(() => importCase(document)).toThrow(/more recent version of Kibana/);
  });
});
