import { FILE_ATTACHMENT_TYPE } from '../../../common/constants';
import { ImportDocumentError, type ExchangeDocument, type ImportConversionContext, type SavedObject, type SavedObjectExchange } from '../../core';
import { registerFilesAttachmentType } from '../../files/files_attachment_type';
import { createCasesRegistries } from '../../registries/cases_registries';
import { createCommentType } from '../comments';
import { FILE_SO_TYPE } from '../files';
import { fixtureDocumentsOf, readKibanaFixture, type KibanaFixture, migrateForImport } from './__fixtures__/kibana_fixtures';
import { COMMENT_EXPORT_VERSION } from './comment_exchange';
import { createCasesExchangeServices } from './exchange_services';

const registries = createCasesRegistries();
registerFilesAttachmentType(registries.attachments, () => undefined);
const type = createCommentType(registries.attachments, createCasesExchangeServices());
const exchange = type.management!.exchange as SavedObjectExchange;

const context: ImportConversionContext = { namespace: 'default', referenceExists: () => true, ignoreMissingReferences: false, now: '2026-12-01T00:00:00.000Z' };
/** As the importer does it: Kibana's migrations newer than the stamp, then the type's conversion. */
const importDocument = (document: ExchangeDocument) => exchange.toImport(migrateForImport(exchange, document), context);

const caseRef = (id: string) => ({ type: 'cases', name: 'associated-cases', id });
const user = { email: '', full_name: '', username: 'cnasikas' };

function stored(attributes: Record<string, unknown>, caseId = 'case-1'): SavedObject {
  return { type: 'cases-comments', id: 'comment-1', attributes: { ...attributes, case_id: caseId }, references: [caseRef(caseId)], version: 'v', created_at: '', updated_at: '' };
}

describe('cases-comments exchange', () => {
  it('is exported as Kibana persists comments: the fixture comment, without our case_id', () => {
    const [kibana] = fixtureDocumentsOf('single_case_user_actions_one_comment.ndjson', 'cases-comments');
    const ours = stored(
      {
        type: 'user',
        comment: 'A comment for my case',
        owner: 'securitySolution',
        created_at: '2021-12-14T13:59:53.303Z',
        created_by: user,
        pushed_at: null,
        pushed_by: null,
        updated_at: null,
        updated_by: null,
      },
      '156cd450-5ce6-11ec-a615-15461784e410',
    );
    const exported = exchange.toExport(ours, { namespace: 'default' });
    // Kibana's 8.1 migration dropped associationType; an export at 8.0.0 still carries it.
    const { associationType: _legacy, ...expected } = kibana.attributes;
    expect(exported.attributes).toEqual(expected);
    expect(exported.references).toEqual(kibana.references);
    expect(exchange.exportVersion).toBe(COMMENT_EXPORT_VERSION);
  });

  it.each<[KibanaFixture, string, string]>([
    ['single_case_user_actions_one_comment.ndjson', '156cd450-5ce6-11ec-a615-15461784e410', 'A comment for my case'],
    ['legacy_single_case_user_actions_one_comment.ndjson', '85541260-06a6-11ec-b3f9-3d05c48a7d46', 'A comment for my case'],
    ['kbn_archiver_7.10.0.json', 'e1900ac0-017f-11eb-93f8-d161651bf509', 'This is a cool comment'],
  ])('imports the comment of %s as a stored user comment of its case', (fixture, caseId, comment) => {
    const documents = fixtureDocumentsOf(fixture, 'cases-comments');
    expect(documents).toHaveLength(1);
    const write = importDocument(documents[0]);
    expect(write.attributes).toEqual({
      type: 'user',
      comment,
      owner: 'securitySolution',
      created_at: documents[0].attributes.created_at,
      created_by: documents[0].attributes.created_by,
      pushed_at: null,
      pushed_by: null,
      updated_at: null,
      updated_by: null,
      case_id: caseId,
    });
    expect(write.references).toEqual([caseRef(caseId)]);
  });

  it('refuses the unified attachments fixture lines only by their type (they are not comments)', () => {
    expect(readKibanaFixture('single_case_with_unified_attachment.ndjson').filter((d) => d.type === 'cases-comments')).toHaveLength(0);
  });

  it('derives case_id from the rewritten case reference, so a new copy moves with its case', () => {
    const [kibana] = fixtureDocumentsOf('single_case_user_actions_one_comment.ndjson', 'cases-comments');
    const copied = { ...kibana, id: 'new-comment', references: [caseRef('new-case')] };
    const write = importDocument(copied);
    expect(write.attributes.case_id).toBe('new-case');
    expect(write.references).toEqual([caseRef('new-case')]);
  });

  it('refuses a comment without its case reference', () => {
    const [kibana] = fixtureDocumentsOf('single_case_user_actions_one_comment.ndjson', 'cases-comments');
    expect(() => importDocument({ ...kibana, references: [] })).toThrow(ImportDocumentError);
    expect(() => importDocument({ ...kibana, references: [] })).toThrow('has no reference to its case');
  });

  it('refuses attachment types and sub-types that are not registered, naming them', () => {
    const base = { owner: 'securitySolution', created_at: '2024-01-01T00:00:00.000Z', created_by: user, pushed_at: null, pushed_by: null, updated_at: null, updated_by: null };
    const actions: ExchangeDocument = {
      type: 'cases-comments',
      id: 'a',
      typeMigrationVersion: '10.1.0',
      attributes: { ...base, type: 'actions', comment: 'isolate', actions: { targets: [{ hostname: 'h', endpointId: 'e' }], type: 'isolate' } },
      references: [caseRef('c')],
    };
    expect(() => importDocument(actions)).toThrow('Attachment type actions is not registered.');
    const lens: ExchangeDocument = {
      ...actions,
      attributes: { ...base, type: 'externalReference', externalReferenceAttachmentTypeId: '.nope', externalReferenceId: 'x', externalReferenceStorage: { type: 'elasticSearchDoc' }, externalReferenceMetadata: null },
    };
    expect(() => importDocument(lens)).toThrow('Attachment type externalReference .nope is not registered.');
  });

  it('refuses a comment our codecs refuse, with their message', () => {
    const [kibana] = fixtureDocumentsOf('single_case_user_actions_one_comment.ndjson', 'cases-comments');
    expect(() => importDocument({ ...kibana, attributes: { ...kibana.attributes, comment: 42 } })).toThrow(/^Invalid user attachment: /);
    expect(() => importDocument({ ...kibana, attributes: { ...kibana.attributes, created_by: 'me' } })).toThrow(/^Invalid comment: /);
  });

  it('clears the rule of an alert comment exported before 8.0 and drops 7.x sub-case leftovers', () => {
    const legacyAlert: ExchangeDocument = {
      type: 'cases-comments',
      id: 'alert-1',
      migrationVersion: { 'cases-comments': '7.16.0' },
      attributes: {
        type: 'alert',
        alertId: 'a1',
        index: '.siem-signals',
        rule: { id: 'old-rule', name: 'Old rule' },
        associationType: 'case',
        owner: 'securitySolution',
        created_at: '2021-01-01T00:00:00.000Z',
        created_by: user,
        pushed_at: null,
        pushed_by: null,
        updated_at: null,
        updated_by: null,
      },
      references: [caseRef('c'), { type: 'cases-sub-case', name: 'associated-cases-sub-case', id: 's' }],
    };
    const write = importDocument(legacyAlert);
    expect(write.attributes).toMatchObject({ type: 'alert', alertId: 'a1', index: '.siem-signals', rule: { id: null, name: null }, case_id: 'c' });
    expect(write.attributes).not.toHaveProperty('associationType');
  });

  describe('a file attachment', () => {
    const file = {
      type: 'externalReference',
      externalReferenceId: 'file-1',
      externalReferenceStorage: { type: 'savedObject', soType: FILE_SO_TYPE },
      externalReferenceAttachmentTypeId: FILE_ATTACHMENT_TYPE,
      externalReferenceMetadata: { files: [{ name: 'a', extension: 'txt', mimeType: 'text/plain', created: '2024-01-01T00:00:00.000Z' }] },
      owner: 'cases',
      created_at: '2024-01-01T00:00:00.000Z',
      created_by: user,
      pushed_at: null,
      pushed_by: null,
      updated_at: null,
      updated_by: null,
    };

    it('exports the file id as Kibana keeps it: an externalReferenceId reference of the file type', () => {
      const exported = exchange.toExport(stored(file), { namespace: 'default' });
      expect(exported.attributes).not.toHaveProperty('externalReferenceId');
      expect(exported.attributes).not.toHaveProperty('case_id');
      expect(exported.references).toEqual([caseRef('case-1'), { type: FILE_SO_TYPE, name: 'externalReferenceId', id: 'file-1' }]);
    });

    it('imports it back from the (rewritten) reference, whether or not the file exists here', () => {
      const exported = exchange.toExport(stored(file), { namespace: 'default' });
      const document: ExchangeDocument = { type: 'cases-comments', id: 'comment-1', typeMigrationVersion: COMMENT_EXPORT_VERSION, ...exported };
      expect(importDocument(document).attributes).toEqual({ ...file, case_id: 'case-1' });
      const moved = { ...document, references: [caseRef('case-2'), { type: FILE_SO_TYPE, name: 'externalReferenceId', id: 'file-2' }] };
      expect(importDocument(moved).attributes).toMatchObject({ externalReferenceId: 'file-2', case_id: 'case-2' });
    });

    it('refuses one that names no file at all', () => {
      const { externalReferenceId: _id, ...withoutId } = file;
      const document: ExchangeDocument = { type: 'cases-comments', id: 'c', typeMigrationVersion: COMMENT_EXPORT_VERSION, attributes: withoutId, references: [caseRef('c')] };
      expect(() => importDocument(document)).toThrow('has no "externalReferenceId" reference of type "file"');
    });
  });

  it('round-trips our stored comments through an export', () => {
    for (const attributes of [
      { type: 'user', comment: 'hello', owner: 'cases' },
      { type: 'alert', alertId: ['a', 'b'], index: ['i', 'j'], rule: { id: 'r', name: 'R' }, owner: 'securitySolution' },
      { type: 'event', eventId: 'e', index: 'i', owner: 'securitySolution' },
    ]) {
      const object = stored({ ...attributes, created_at: '2024-01-01T00:00:00.000Z', created_by: user, pushed_at: null, pushed_by: null, updated_at: '2024-01-02T00:00:00.000Z', updated_by: user });
      const exported = exchange.toExport(object, { namespace: 'default' });
      const write = importDocument({ type: 'cases-comments', id: object.id, typeMigrationVersion: COMMENT_EXPORT_VERSION, ...exported });
      expect(write.attributes).toEqual(object.attributes);
      expect(write.references).toEqual(object.references);
    }
  });

  it("knows Kibana's latest model version, so current Kibana exports are not refused as too recent", () => {
    expect(Object.keys(exchange.migrations!)).toEqual(expect.arrayContaining(['10.1.0', '10.2.0']));
    const [kibana] = fixtureDocumentsOf('single_case_user_actions_one_comment.ndjson', 'cases-comments');
    const { associationType: _legacy, ...attributes } = kibana.attributes;
    const current = { ...kibana, attributes, migrationVersion: undefined, typeMigrationVersion: '10.2.0' };
    expect(importDocument(current).attributes.comment).toBe('A comment for my case');
  });
});
