import type * as t from 'io-ts';
import { decodeOrThrow } from '../../core/codec';
import { CaseCustomFieldRequestRt } from './case';
import { CustomFieldConfigurationRequestRt } from './configure';

const refusal = (codec: t.Mixed, input: unknown): string => {
  try {
    decodeOrThrow(codec, input);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a refusal');
};

describe('a union picked by its type field', () => {
  it('checks the member the type names and speaks of it alone', () => {
    expect(refusal(CustomFieldConfigurationRequestRt, { key: 'k', label: 'x'.repeat(51), type: 'toggle', required: false })).toBe(
      'The length of the label is too long. The maximum length is 50.',
    );
    expect(refusal(CaseCustomFieldRequestRt, { key: 'k', type: 'number', value: 1.5 })).toMatch(/^The value field should be an integer/);
  });

  it('names the type field and the allowed types when the type is unknown or missing', () => {
    expect(refusal(CaseCustomFieldRequestRt, { key: 'k', type: 'date', value: 1 })).toBe('Invalid value "date" supplied to "type": expected one of text, toggle, number');
    expect(refusal(CaseCustomFieldRequestRt, { key: 'k', value: 1 })).toMatch(/supplied to "type"/);
    expect(refusal(CaseCustomFieldRequestRt, 'text')).toMatch(/supplied to "type"/);
  });

  it('accepts each member and keeps unknown keys refused', () => {
    expect(decodeOrThrow(CaseCustomFieldRequestRt, { key: 'k', type: 'toggle', value: null })).toEqual({ key: 'k', type: 'toggle', value: null });
    expect(refusal(CaseCustomFieldRequestRt, { key: 'k', type: 'text', value: 'a', extra: 1 })).toMatch(/invalid keys "extra"/);
    expect(CaseCustomFieldRequestRt.is({ key: 'k', type: 'text', value: 'a' })).toBe(true);
    expect(CaseCustomFieldRequestRt.is({ key: 'k', type: 'text', value: true })).toBe(false);
  });
});
