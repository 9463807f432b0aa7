import type { CustomFieldConfiguration } from '../types/domain/configure';
import { caseCustomFieldsProblems } from './validate_case_custom_fields';
import { fillMissingCustomFields, withCustomFieldValue } from './fill_missing_custom_fields';

const definitions: CustomFieldConfiguration[] = [
  { key: 'ticket', label: 'Ticket', type: 'text', required: true },
  { key: 'escalated', label: 'Escalated', type: 'toggle', required: true, defaultValue: false },
  { key: 'hosts', label: 'Hosts', type: 'number', required: false, defaultValue: 1 },
  { key: 'note', label: 'Note', type: 'text', required: false },
];
const ticket = { key: 'ticket', type: 'text' as const, value: 'INC-1' };

describe('caseCustomFieldsProblems (Kibana: server/client/cases/validators.ts)', () => {
  it('has nothing to say when the request leaves custom fields alone, or when the values fit', () => {
    expect(caseCustomFieldsProblems({ definitions, customFields: undefined })).toEqual([]);
    expect(caseCustomFieldsProblems({ definitions, customFields: [ticket] })).toEqual([]);
    expect(caseCustomFieldsProblems({ definitions: undefined, customFields: [] })).toEqual([]);
  });

  it('names duplicated keys', () => {
    expect(caseCustomFieldsProblems({ definitions, customFields: [ticket, ticket] })[0]).toBe('Invalid duplicated customFields keys in request: ticket');
  });

  it('names unknown keys, and says so differently when the owner was never configured', () => {
    const extra = [ticket, { key: 'x', type: 'text' as const, value: 'a' }, { key: 'y', type: 'toggle' as const, value: true }];
    expect(caseCustomFieldsProblems({ definitions, customFields: extra })[0]).toBe('Invalid custom field keys: x,y');
    expect(caseCustomFieldsProblems({ definitions: undefined, customFields: [ticket] })[0]).toBe('No custom fields configured.');
  });

  it('lets a value whose definition was removed come back unchanged, and only unchanged', () => {
    const held = [ticket, { key: 'gone', type: 'text' as const, value: 'kept' }];
    expect(caseCustomFieldsProblems({ definitions, customFields: held, current: held })).toEqual([]);
    const changed = [ticket, { key: 'gone', type: 'text' as const, value: 'changed' }];
    expect(caseCustomFieldsProblems({ definitions, customFields: changed, current: held })[0]).toBe('Invalid custom field keys: gone');
  });

  it('names required fields missing without a default, by label', () => {
    expect(caseCustomFieldsProblems({ definitions, customFields: [] })[0]).toBe('Missing required custom fields without default value configured: "Ticket"');
  });

  it('names required fields sent as null, by label', () => {
    const nulls = [ticket, { key: 'escalated', type: 'toggle' as const, value: null }];
    expect(caseCustomFieldsProblems({ definitions, customFields: nulls })[0]).toBe('Invalid value "null" supplied for the following required custom fields: "Escalated"');
  });

  it('names fields of the wrong type, by label', () => {
    const wrong = [ticket, { key: 'hosts', type: 'text' as const, value: '3' }, { key: 'note', type: 'toggle' as const, value: true }];
    expect(caseCustomFieldsProblems({ definitions, customFields: wrong })[0]).toBe('The following custom fields have the wrong type in the request: "Hosts", "Note"');
  });

  it('refuses more values than the owner may define', () => {
    expect(caseCustomFieldsProblems({ definitions, customFields: [ticket], maxCustomFields: 1 })).toEqual([]);
    const two = [ticket, { key: 'note', type: 'text' as const, value: 'n' }];
    expect(caseCustomFieldsProblems({ definitions, customFields: two, maxCustomFields: 1 })).toEqual([
      'The length of the field customFields is too long. Array must be of length <= 1.',
    ]);
  });

  it('answers every problem, the one Kibana checks first first', () => {
    const all = [{ key: 'x', type: 'text' as const, value: 'a' }, { key: 'x', type: 'text' as const, value: 'b' }, { key: 'hosts', type: 'toggle' as const, value: true }];
    expect(caseCustomFieldsProblems({ definitions, customFields: all, maxCustomFields: 2 }).map((p) => p.split(':')[0])).toEqual([
      'Invalid duplicated customFields keys in request',
      'Invalid custom field keys',
      'Missing required custom fields without default value configured',
      'The following custom fields have the wrong type in the request',
      'The length of the field customFields is too long. Array must be of length <= 2.',
    ]);
  });
});

describe('fillMissingCustomFields', () => {
  it('fills defaults, else null, in the configuration order, keeping carried-back values last', () => {
    const gone = { key: 'gone', type: 'text' as const, value: 'kept' };
    expect(fillMissingCustomFields(definitions, [gone, { key: 'note', type: 'text', value: 'n' }, ticket])).toEqual([
      ticket,
      { key: 'escalated', type: 'toggle', value: false },
      { key: 'hosts', type: 'number', value: 1 },
      { key: 'note', type: 'text', value: 'n' },
      gone,
    ]);
  });
});

describe('withCustomFieldValue', () => {
  it('replaces or adds one value in the configuration order and fills nothing else', () => {
    const gone = { key: 'gone', type: 'text' as const, value: 'kept' };
    expect(withCustomFieldValue(definitions, [gone, ticket], { key: 'hosts', type: 'number', value: 4 })).toEqual([ticket, { key: 'hosts', type: 'number', value: 4 }, gone]);
    expect(withCustomFieldValue(definitions, [ticket], { key: 'ticket', type: 'text', value: 'INC-2' })).toEqual([{ ...ticket, value: 'INC-2' }]);
  });
});
