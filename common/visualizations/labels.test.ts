import { defaultLabel } from './labels';

describe('defaultLabel', () => {
  it.each([
    [{ id: 'a', operation: 'count' as const }, 'Count of records'],
    [{ id: 'a', operation: 'unique_count' as const, field: 'host.name' }, 'Unique count of host.name'],
    [{ id: 'a', operation: 'sum' as const, field: 'bytes' }, 'Sum of bytes'],
    [{ id: 'a', operation: 'average' as const, field: 'bytes' }, 'Average of bytes'],
    [{ id: 'a', operation: 'min' as const, field: 'bytes' }, 'Minimum of bytes'],
    [{ id: 'a', operation: 'max' as const, field: 'bytes' }, 'Maximum of bytes'],
    [{ id: 'a', operation: 'count' as const, filter: 'x: 1' }, 'Count of records'],
  ])('labels metric %j as Lens does', (spec, label) => {
    expect(defaultLabel(spec)).toBe(label);
  });

  it('labels buckets as Lens does', () => {
    expect(defaultLabel({ id: 'd', type: 'date_histogram', field: '@timestamp', interval: 'auto' })).toBe('@timestamp');
    const terms = { id: 't', type: 'terms' as const, field: 'host.name', orderBy: { type: 'count' as const }, direction: 'desc' as const };
    expect(defaultLabel({ ...terms, size: 10 })).toBe('Top 10 values of host.name');
    expect(defaultLabel({ ...terms, size: 1 })).toBe('Top value of host.name');
  });
});
