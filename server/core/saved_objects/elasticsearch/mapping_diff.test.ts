import { diffMappings } from './mapping_diff';

const ROOT = new Set(['type', 'namespaces', 'updated_at']);
const keyword = { type: 'keyword' } as const;
const caseType = (props: Record<string, unknown>) => ({ properties: props }) as never;

describe('diffMappings', () => {
  it('finds nothing to do when Elasticsearch echoes the same mappings normalised', () => {
    // Elasticsearch drops `type: object`, `index: true` and writes `dynamic` as a string.
    const desired = { cases: { dynamic: false, properties: { title: { type: 'text', index: true } } } } as never;
    const existing = { cases: { dynamic: 'false', properties: { title: { type: 'text' } } } } as never;
    expect(diffMappings(desired, existing, ROOT)).toEqual({ kind: 'none', put: {}, reindexTypes: [], changes: [] });
  });

  it('a new type is put without re-indexing: no stored document holds it', () => {
    const plan = diffMappings({ cases: caseType({ title: keyword }), 'cases-files': caseType({ name: keyword }) }, { cases: caseType({ title: keyword }) }, ROOT);
    expect(plan).toMatchObject({ kind: 'compatible', reindexTypes: [], changes: ['cases-files: added'] });
    expect(Object.keys(plan.put)).toEqual(['cases-files']);
  });

  it('a new field or multi-field of a stored type re-indexes that type only', () => {
    const desired = {
      cases: caseType({ title: { type: 'text', fields: { keyword: { type: 'keyword', ignore_above: 1024 } } }, category: keyword }),
      'cases-comments': caseType({ comment: { type: 'text' } }),
    };
    const existing = { cases: caseType({ title: { type: 'text' } }), 'cases-comments': caseType({ comment: { type: 'text' } }) };
    const plan = diffMappings(desired, existing, ROOT);
    expect(plan.kind).toBe('compatible');
    expect(plan.reindexTypes).toEqual(['cases']);
    expect(plan.changes).toEqual(expect.arrayContaining(['cases.title.keyword: added', 'cases.category: added']));
    expect(Object.keys(plan.put)).toEqual(['cases']);
  });

  it('a changed ignore_above is compatible', () => {
    const plan = diffMappings({ cases: caseType({ tags: { type: 'keyword', ignore_above: 256 } }) }, { cases: caseType({ tags: keyword }) }, ROOT);
    expect(plan).toMatchObject({ kind: 'compatible', reindexTypes: ['cases'] });
  });

  it.each([
    ['field type', { severity: keyword }, { severity: { type: 'text' } }, 'cases.severity: type text -> keyword'],
    ['index setting', { secret: { type: 'keyword', index: false } }, { secret: keyword }, 'cases.secret: index true -> false'],
    ['date format', { closed_at: { type: 'date', format: 'epoch_millis' } }, { closed_at: { type: 'date', format: 'strict_date_optional_time' } }, 'cases.closed_at: format strict_date_optional_time -> epoch_millis'],
    ['multi-field type', { title: { type: 'text', fields: { keyword: { type: 'wildcard' } } } }, { title: { type: 'text', fields: { keyword } } }, 'cases.title.keyword: type keyword -> wildcard'],
  ])('a changed %s is incompatible: only a reindex fixes it', (_what, want, have, change) => {
    const plan = diffMappings({ cases: caseType(want) }, { cases: caseType(have) }, ROOT);
    expect(plan.kind).toBe('incompatible');
    expect(plan.changes).toContain(change);
  });

  it('a change to a root field concerns every document', () => {
    const plan = diffMappings({ updated_at: { type: 'date' }, cases: caseType({ title: keyword }) } as never, { updated_at: keyword, cases: caseType({ title: keyword }) } as never, ROOT);
    expect(plan).toMatchObject({ kind: 'incompatible', reindexTypes: 'all' });
  });
});
