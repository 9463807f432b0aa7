import { FILE_ATTACHMENT_TYPE } from '../../../common/constants';
import { ImportDocumentError, type ExchangeDocument, type ImportConversionContext, type SavedObject, type SavedObjectExchange } from '../../core';
import { registerFilesAttachmentType } from '../../files/files_attachment_type';
import { createCasesRegistries } from '../../registries/cases_registries';
import { FILE_SO_TYPE } from '../files';
import { createUserActionType } from '../user_actions';
import { fixtureDocumentsOf, type KibanaFixture, migrateForImport } from './__fixtures__/kibana_fixtures';
import { createCasesExchangeServices } from './exchange_services';
import { USER_ACTION_EXPORT_VERSION } from './user_action_exchange';

const registries = createCasesRegistries();
registerFilesAttachmentType(registries.attachments, () => undefined);
const type = createUserActionType(createCasesExchangeServices(), registries.userActions);
const exchange = type.management!.exchange as SavedObjectExchange;

const context: ImportConversionContext = { namespace: 'default', referenceExists: () => true, ignoreMissingReferences: false, now: '2026-12-01T00:00:00.000Z' };
/** As the importer does it: Kibana's migrations newer than the stamp, then the type's conversion. */
const importDocument = (document: ExchangeDocument) => exchange.toImport(migrateForImport(exchange, document), context);
const importAll = (fixture: KibanaFixture) => fixtureDocumentsOf(fixture, 'cases-user-actions').map(importDocument);

const caseRef = (id: string) => ({ type: 'cases', name: 'associated-cases', id });
const commentRef = (id: string) => ({ type: 'cases-comments', name: 'associated-cases-comments', id });
const user = { email: '', full_name: '', username: 'cnasikas' };
const noneConnector = { id: 'none', name: 'none', type: '.none', fields: null };

function stored(attributes: Record<string, unknown>, caseId = 'case-1', id = 'ua-1'): SavedObject {
  return {
    type: 'cases-user-actions',
    id,
    attributes: { created_at: '2021-12-14T13:59:41.943Z', created_by: user, owner: 'securitySolution', comment_id: null, ...attributes, case_id: caseId },
    references: [caseRef(caseId)],
    version: 'v',
    created_at: '',
    updated_at: '',
  };
}

/** What an import wrote, read back as stored. */
const asStored = (write: { attributes: Record<string, unknown>; references: SavedObject['references'] }): SavedObject => ({ ...stored({}), ...write });

const roundTrip = (object: SavedObject) => {
  const exported = exchange.toExport(object, { namespace: 'default' });
  return importDocument({ type: 'cases-user-actions', id: object.id, typeMigrationVersion: USER_ACTION_EXPORT_VERSION, ...exported });
};

describe('cases-user-actions exchange', () => {
  describe('export', () => {
    const caseId = '156cd450-5ce6-11ec-a615-15461784e410';
    const [kibanaCreate, kibanaComment] = fixtureDocumentsOf('single_case_user_actions_one_comment.ndjson', 'cases-user-actions');

    it('writes a create_case action as Kibana persists it: connector without id, payload strings', () => {
      const createCase = stored(
        {
          action: 'create',
          type: 'create_case',
          payload: {
            title: 'A case to export',
            description: 'a description',
            tags: ['some tags'],
            connector: noneConnector,
            settings: { syncAlerts: true },
            owner: 'securitySolution',
            severity: 'low',
            assignees: [],
            category: null,
            customFields: [],
            status: 'open',
          },
        },
        caseId,
      );
      const exported = exchange.toExport(createCase, { namespace: 'default' });
      // Kibana's 8.1-era payload plus what 8.3+ create actions carry; `type: individual` went with sub-cases.
      const { type: _individual, ...fixturePayload } = kibanaCreate.attributes.payload as Record<string, unknown>;
      expect(exported.attributes).toEqual({
        ...kibanaCreate.attributes,
        payload: { ...fixturePayload, severity: 'low', assignees: [], category: null, customFields: [] },
      });
      expect(exported.references).toEqual(kibanaCreate.references);
    });

    it('writes a comment action with its comment as a reference, not an attribute', () => {
      const comment = stored(
        {
          action: 'create',
          type: 'comment',
          created_at: '2021-12-14T13:59:54.039Z',
          comment_id: '1c8e6410-5ce6-11ec-a615-15461784e410',
          payload: { comment: { comment: 'A comment for my case', type: 'user', owner: 'securitySolution' } },
        },
        caseId,
      );
      const exported = exchange.toExport(comment, { namespace: 'default' });
      expect(exported.attributes).toEqual(kibanaComment.attributes);
      expect(exported.references).toEqual(kibanaComment.references);
    });

    it('moves connector ids into connectorId and pushConnectorId references, as the connector fixture has them', () => {
      const [create, pushed, toNone] = fixtureDocumentsOf('single_case_with_connector_update_to_none.ndjson', 'cases-user-actions');
      const jira = { id: '51a4cbe0-5cea-11ec-a615-15461784e410', name: 'A jira connector', type: '.jira', fields: { issueType: '10001', parent: null, priority: 'Highest' } };
      const ours = importDocument(create);
      const exported = exchange.toExport(asStored(ours), { namespace: 'default' });
      expect((exported.attributes.payload as Record<string, unknown>).connector).toEqual((create.attributes.payload as Record<string, unknown>).connector);
      expect(exported.references).toEqual(create.references);
      expect((ours.attributes.payload as Record<string, unknown>).connector).toEqual(jira);

      const pushedOurs = importDocument(pushed);
      const pushedExported = exchange.toExport(asStored(pushedOurs), { namespace: 'default' });
      expect(pushedExported.attributes).toEqual(pushed.attributes);
      expect(pushedExported.references).toEqual(pushed.references);

      const noneOurs = importDocument(toNone);
      const noneExported = exchange.toExport(asStored(noneOurs), { namespace: 'default' });
      expect(noneExported.attributes).toEqual(toNone.attributes);
      expect(noneExported.references).toEqual(toNone.references);
    });

    it('leaves our own syncedAlerts out', () => {
      const status = stored({ action: 'update', type: 'status', payload: { status: 'closed', syncedAlerts: 3 } });
      expect(exchange.toExport(status, { namespace: 'default' }).attributes.payload).toEqual({ status: 'closed' });
    });
  });

  describe('import of Kibana exports', () => {
    it('reads the current fixture: create_case, then the comment creation pointing at the comment', () => {
      const [create, comment] = importAll('single_case_user_actions_one_comment.ndjson');
      expect(create.attributes).toEqual({
        action: 'create',
        type: 'create_case',
        created_at: '2021-12-14T13:59:41.943Z',
        created_by: user,
        owner: 'securitySolution',
        comment_id: null,
        case_id: '156cd450-5ce6-11ec-a615-15461784e410',
        payload: {
          title: 'A case to export',
          description: 'a description',
          tags: ['some tags'],
          connector: noneConnector,
          settings: { syncAlerts: true },
          owner: 'securitySolution',
          severity: 'low',
          assignees: [],
          category: null,
          customFields: [],
          status: 'open',
        },
      });
      expect(create.references).toEqual([caseRef('156cd450-5ce6-11ec-a615-15461784e410')]);
      expect(comment.attributes).toMatchObject({
        action: 'create',
        type: 'comment',
        comment_id: '1c8e6410-5ce6-11ec-a615-15461784e410',
        payload: { comment: { comment: 'A comment for my case', type: 'user', owner: 'securitySolution' } },
      });
    });

    it('reads the connector fixture as Kibana asserts it: create, pushed with the connector from its reference, connector to none', () => {
      const actions = importAll('single_case_with_connector_update_to_none.ndjson');
      expect(actions.map((a) => [a.attributes.action, a.attributes.type])).toEqual([
        ['create', 'create_case'],
        ['push_to_service', 'pushed'],
        ['update', 'connector'],
      ]);
      const pushed = actions[1].attributes.payload as { externalService: Record<string, unknown> };
      expect(pushed.externalService).toMatchObject({ connector_name: 'A jira connector', connector_id: '51a4cbe0-5cea-11ec-a615-15461784e410' });
      expect(actions[2].attributes.payload).toEqual({ connector: noneConnector });
      for (const action of actions) expect(action.attributes.case_id).toBe('afeefae0-5cea-11ec-a615-15461784e410');
    });

    it('migrates the 7.14-era legacy fixture (action_field / new_value) into type and payload', () => {
      const [create, comment] = importAll('legacy_single_case_user_actions_one_comment.ndjson');
      expect(create.attributes).toMatchObject({
        action: 'create',
        type: 'create_case',
        created_at: '2021-08-26T19:48:01.292Z',
        created_by: { email: null, full_name: null, username: 'elastic' },
        payload: {
          title: 'A case to export',
          description: 'a description',
          tags: ['some tags'],
          connector: noneConnector,
          settings: { syncAlerts: true },
          owner: 'securitySolution',
          severity: 'low',
          assignees: [],
          status: 'open',
        },
      });
      expect(create.attributes).not.toHaveProperty('action_field');
      expect(comment.attributes).toMatchObject({
        action: 'create',
        type: 'comment',
        comment_id: '9687c220-06a6-11ec-b3f9-3d05c48a7d46',
        payload: { comment: { comment: 'A comment for my case', type: 'user', owner: 'securitySolution' } },
      });
    });

    it('migrates the 7.10 archive, whose comment action holds the bare comment text', () => {
      const [create, comment] = importAll('kbn_archiver_7.10.0.json');
      expect(create.attributes).toMatchObject({
        type: 'create_case',
        owner: 'securitySolution',
        payload: {
          title: 'Super Bad Security Issue',
          description: 'This is a brand new case of a bad meanie defacing data',
          tags: ['defacement'],
          connector: noneConnector,
          status: 'open',
          settings: { syncAlerts: true },
          owner: 'securitySolution',
        },
      });
      expect(comment.attributes).toMatchObject({
        type: 'comment',
        comment_id: 'da677740-1ac7-11eb-b5a3-25ee88122510',
        payload: { comment: { comment: 'This is a cool comment', type: 'user', owner: 'securitySolution' } },
      });
    });

    it('reads an unstamped modern document (the unified-attachment fixture) as it is', () => {
      const [create] = importAll('single_case_with_unified_attachment.ndjson');
      expect(create.attributes).toMatchObject({ type: 'create_case', payload: { title: 'A case with a unified attachment', status: 'open', severity: 'low' } });
    });

    it('migrates a 7.15 push and connector change: ids from the JSON become references, old ones are dropped', () => {
      const push: ExchangeDocument = {
        type: 'cases-user-actions',
        id: 'p',
        migrationVersion: { 'cases-user-actions': '7.14.0' },
        attributes: {
          action: 'push-to-service',
          action_at: '2021-08-26T19:48:01.292Z',
          action_by: user,
          action_field: ['pushed'],
          new_value: JSON.stringify({
            connector_id: 'jira-1',
            connector_name: 'Jira',
            external_id: '1',
            external_title: 'T-1',
            external_url: 'https://x',
            pushed_at: '2021-08-26T19:48:01.292Z',
            pushed_by: user,
          }),
          old_value: null,
          owner: 'securitySolution',
        },
        references: [caseRef('c')],
      };
      expect(importDocument(push).attributes).toMatchObject({ action: 'push_to_service', type: 'pushed', payload: { externalService: { connector_id: 'jira-1', external_title: 'T-1' } } });

      const change: ExchangeDocument = {
        ...push,
        attributes: {
          ...push.attributes,
          action: 'update',
          action_field: ['connector'],
          new_value: JSON.stringify({ id: 'jira-2', name: 'Jira 2', type: '.jira', fields: { issueType: '1', parent: null, priority: null } }),
          old_value: JSON.stringify({ id: 'jira-1', name: 'Jira', type: '.jira', fields: null }),
        },
      };
      const migrated = migrateForImport(exchange, change);
      expect(migrated.references).toEqual([caseRef('c'), { type: 'action', name: 'connectorId', id: 'jira-2' }]);
      expect(importDocument(change).attributes.payload).toEqual({ connector: { id: 'jira-2', name: 'Jira 2', type: '.jira', fields: { issueType: '1', parent: null, priority: null } } });
    });

    it('turns a 7.x comma-separated tags value into an array', () => {
      const tags: ExchangeDocument = {
        type: 'cases-user-actions',
        id: 't',
        attributes: { action: 'add', action_at: '2020-01-01T00:00:00.000Z', action_by: user, action_field: ['tags'], new_value: 'a, b', old_value: null },
        references: [caseRef('c')],
      };
      expect(importDocument(tags).attributes).toMatchObject({ type: 'tags', owner: 'securitySolution', payload: { tags: ['a', 'b'] } });
    });
  });

  describe('import rules', () => {
    const [, kibanaComment] = fixtureDocumentsOf('single_case_user_actions_one_comment.ndjson', 'cases-user-actions');

    it('derives case_id and comment_id from the rewritten references (createNewCopies)', () => {
      const write = importDocument({ ...kibanaComment, id: 'new', references: [caseRef('case-copy'), commentRef('comment-copy')] });
      expect(write.attributes).toMatchObject({ case_id: 'case-copy', comment_id: 'comment-copy' });
      expect(write.references).toEqual([caseRef('case-copy')]);
    });

    it('refuses an entry without its case reference', () => {
      expect(() => importDocument({ ...kibanaComment, references: [commentRef('x')] })).toThrow(ImportDocumentError);
    });

    it('refuses payloads our codecs refuse, with their message, and types not registered', () => {
      const bad = { ...kibanaComment, attributes: { ...kibanaComment.attributes, type: 'title', payload: { title: 7 } } };
      expect(() => importDocument(bad)).toThrow(/^Invalid title user-action payload: /);
      const unknown = { ...kibanaComment, attributes: { ...kibanaComment.attributes, type: 'template', payload: {} } };
      expect(() => importDocument(unknown)).toThrow('User-action type template is not registered');
      const badAttachment = { ...kibanaComment, attributes: { ...kibanaComment.attributes, payload: { comment: { type: 'nope', owner: 'cases' } } } };
      expect(() => importDocument(badAttachment)).toThrow('Attachment type nope is not registered.');
      expect(() => importDocument({ ...kibanaComment, attributes: { ...kibanaComment.attributes, action: 'explode' } })).toThrow(/^Invalid user action: /);
    });
  });

  it("knows Kibana's latest model version, so current Kibana exports are not refused as too recent", () => {
    expect(Object.keys(exchange.migrations!)).toEqual(expect.arrayContaining(['10.1.0', '10.2.0', '10.3.0']));
  });

  it('round-trips our stored user actions through an export', () => {
    const jira = { id: 'jira-1', name: 'Jira', type: '.jira', fields: { issueType: '1', parent: null, priority: 'High' } };
    const file = {
      type: 'externalReference',
      externalReferenceId: 'file-1',
      externalReferenceStorage: { type: 'savedObject', soType: FILE_SO_TYPE },
      externalReferenceAttachmentTypeId: FILE_ATTACHMENT_TYPE,
      externalReferenceMetadata: { files: [{ name: 'a', extension: 'txt', mimeType: 'text/plain', created: '2024-01-01T00:00:00.000Z' }] },
      owner: 'cases',
    };
    const pushedService = { connector_id: 'jira-1', connector_name: 'Jira', external_id: '1', external_title: 'T', external_url: 'https://x', pushed_at: '2024-01-01T00:00:00.000Z', pushed_by: user };
    const objects = [
      stored({
        action: 'create',
        type: 'create_case',
        payload: {
          title: 't',
          description: 'd',
          tags: [],
          connector: jira,
          settings: { syncAlerts: false, extractObservables: true },
          owner: 'cases',
          severity: 'critical',
          assignees: [{ uid: 'u1' }],
          category: 'c',
          customFields: [],
          status: 'in-progress',
        },
      }),
      stored({ action: 'update', type: 'connector', payload: { connector: jira } }),
      stored({ action: 'push_to_service', type: 'pushed', payload: { externalService: pushedService } }),
      stored({ action: 'create', type: 'comment', comment_id: 'comment-9', payload: { comment: file } }),
      stored({ action: 'update', type: 'severity', payload: { severity: 'high' } }),
      stored({ action: 'add', type: 'observables', payload: { observables: { count: 2, actionType: 'add' } } }),
      stored({ action: 'delete', type: 'delete_case', payload: {} }),
    ];
    for (const object of objects) {
      const write = roundTrip(object);
      expect(write.attributes).toEqual(object.attributes);
      expect(write.references).toEqual(object.references);
    }
    const exportedFile = exchange.toExport(objects[3], { namespace: 'default' });
    expect(exportedFile.references).toEqual([caseRef('case-1'), commentRef('comment-9'), { type: FILE_SO_TYPE, name: 'externalReferenceId', id: 'file-1' }]);
  });
});
