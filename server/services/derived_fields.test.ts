import { observableKey } from '../../common/types/domain/observable';
import { customFieldIndex, observableIndex, withDerivedFields, withoutDerivedFields } from './derived_fields';

describe('customFieldIndex', () => {
  it('indexes toggles as key=value terms, null ones too, and lists the keys holding a value of any type', () => {
    expect(
      customFieldIndex([
        { key: 'escalated', type: 'toggle', value: true },
        { key: 'impact', type: 'toggle', value: false },
        { key: 'reviewed', type: 'toggle', value: null },
        { key: 'ticket', type: 'text', value: 'INC-1' },
        { key: 'notes', type: 'text', value: null },
        { key: 'risk', type: 'number', value: 0 },
      ]),
    ).toEqual({
      custom_field_values: ['escalated=true', 'impact=false', 'reviewed=null'],
      custom_field_keys: ['escalated', 'impact', 'ticket', 'risk'],
    });
  });

  it('gives empty arrays for no custom fields, so a write that clears them clears the index', () => {
    expect(customFieldIndex([])).toEqual({ custom_field_values: [], custom_field_keys: [] });
  });

  it('does not index text or number values as filter terms (only toggles are filterable)', () => {
    expect(customFieldIndex([{ key: 'ticket', type: 'text', value: 'true' }]).custom_field_values).toEqual([]);
  });
});

describe('withDerivedFields / withoutDerivedFields', () => {
  it('derives only from what a patch carries: a patch without customFields leaves the index alone', () => {
    expect(withDerivedFields({ title: 'x' })).toEqual({ title: 'x' });
    expect(withDerivedFields({ status: 'closed', severity: 'high' })).toEqual({ status: 'closed', severity: 'high', status_rank: 2, severity_rank: 2 });
  });

  it('rewrites the index from a patch of customFields (a toggle changed, a value removed)', () => {
    const patched = withDerivedFields({ customFields: [{ key: 'escalated', type: 'toggle', value: false }, { key: 'ticket', type: 'text', value: null }] });
    expect(patched).toMatchObject({ custom_field_values: ['escalated=false'], custom_field_keys: ['escalated'] });
  });

  it('strips every derived field on read', () => {
    const stored = withDerivedFields({ status: 'open', severity: 'low', customFields: [{ key: 'a', type: 'toggle', value: true }] });
    expect(withoutDerivedFields(stored)).toEqual({ status: 'open', severity: 'low', customFields: [{ key: 'a', type: 'toggle', value: true }] });
  });
});

describe('observableIndex', () => {
  const ipv4 = 'observable-type-ipv4';
  const host = 'observable-type-hostname';

  it('indexes each distinct (typeKey, value) pair and counts the observables', () => {
    const index = observableIndex([
      { typeKey: ipv4, value: '203.0.113.7' },
      { typeKey: host, value: 'web-1' },
      // The same value under another type: another key.
      { typeKey: host, value: '203.0.113.7' },
      // A duplicate pair (a Kibana import may hold one) is one key, and still counted.
      { typeKey: ipv4, value: '203.0.113.7' },
    ]);
    expect(index).toEqual({
      observable_keys: [observableKey(ipv4, '203.0.113.7'), observableKey(host, 'web-1'), observableKey(host, '203.0.113.7')],
      total_observables: 4,
    });
  });

  it('derives from a patch of observables only, and strips the index (not total_observables) on read', () => {
    expect(withDerivedFields({ title: 'x' })).not.toHaveProperty('observable_keys');
    const observable = { id: 'o1', typeKey: ipv4, value: '10.0.0.1', description: null, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: null };
    const stored = withDerivedFields({ observables: [observable] });
    expect(stored).toEqual({ observables: [observable], observable_keys: [observableKey(ipv4, '10.0.0.1')], total_observables: 1 });
    expect(withoutDerivedFields(stored)).toEqual({ observables: [observable], total_observables: 1 });
  });

  it('clears the index when the observables are emptied', () => {
    expect(withDerivedFields({ observables: [] })).toEqual({ observables: [], observable_keys: [], total_observables: 0 });
  });
});
