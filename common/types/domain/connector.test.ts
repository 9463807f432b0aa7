import * as t from 'io-ts';
import { isRight } from 'fp-ts/lib/Either';
import { decodeOrThrow } from '../../core/codec';
import { CaseConnectorRt, connectorTypes } from './connector';

const jira = { id: 'j1', name: 'Jira', type: '.jira', fields: { issueType: 'Task', priority: 'High', parent: null } };

describe('case connector codec', () => {
  it("accepts each of Kibana's connector types with its own fields", () => {
    expect(decodeOrThrow(CaseConnectorRt, jira)).toEqual(jira);
    expect(decodeOrThrow(CaseConnectorRt, { id: 'none', name: 'none', type: '.none', fields: null })).toMatchObject({ type: '.none' });
    expect(decodeOrThrow(CaseConnectorRt, { id: 's', name: 'S', type: '.swimlane', fields: { caseId: '7' } })).toMatchObject({ type: '.swimlane' });
    expect(CaseConnectorRt.is(jira)).toBe(true);
  });

  it('refuses an unknown type, naming it', () => {
    expect(() => decodeOrThrow(CaseConnectorRt, { ...jira, type: '.not-exists', fields: null })).toThrow(
      'Invalid value ".not-exists" supplied to "type"',
    );
  });

  it("refuses fields that are not the type's, and an unknown key", () => {
    expect(() => decodeOrThrow(CaseConnectorRt, { ...jira, fields: { unsupported: 'value' } })).toThrow(/unsupported/);
    expect(() => decodeOrThrow(CaseConnectorRt, { id: 'none', name: 'none', type: '.none', fields: { a: 1 } })).toThrow(/fields/);
    expect(() => decodeOrThrow(CaseConnectorRt, { ...jira, extra: true })).toThrow(/extra/);
    expect(CaseConnectorRt.is({ ...jira, fields: { unsupported: 'value' } })).toBe(false);
  });

  it('accepts a type registered during setup, with its fields codec, and nothing once frozen', () => {
    connectorTypes.register({ id: '.test-tracker', fields: t.union([t.strict({ queue: t.string }), t.null]) });
    expect(isRight(CaseConnectorRt.decode({ id: 't', name: 'T', type: '.test-tracker', fields: { queue: 'soc' } }))).toBe(true);
    expect(isRight(CaseConnectorRt.decode({ id: 't', name: 'T', type: '.test-tracker', fields: { queue: 1 } }))).toBe(false);
    connectorTypes.freeze();
    expect(() => connectorTypes.register({ id: '.late', fields: t.null })).toThrow(/frozen/);
  });
});
