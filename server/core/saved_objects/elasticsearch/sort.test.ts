import { CASE_TYPE, COMMENT_TYPE, SPACE_TYPE } from './__fixtures__/mock_cluster';
import { scriptSource } from './multi_type_sort';
import { buildSort } from './sort';

describe('sort', () => {
  it('appends the id tiebreaker to a sort field, through the keyword multi-field of a text field', () => {
    expect(buildSort([CASE_TYPE], { sortField: 'title', sortOrder: 'desc' })).toEqual([
      { 'cases.title.keyword': { order: 'desc' } },
      { id: { order: 'desc' } },
    ]);
  });

  it('takes several clauses, root fields at the root; the id follows the first direction', () => {
    expect(
      buildSort([CASE_TYPE], { sort: [{ field: 'severity_rank', order: 'desc' }, { field: 'created_at', order: 'asc' }] }),
    ).toEqual([{ 'cases.severity_rank': { order: 'desc' } }, { created_at: { order: 'asc' } }, { id: { order: 'desc' } }]);
  });

  it('does not repeat id when it is already a sort key', () => {
    expect(buildSort([CASE_TYPE], { sortField: 'id', sortOrder: 'desc' })).toEqual([{ id: { order: 'desc' } }]);
  });

  it('ranks by score when searching, and by id alone otherwise', () => {
    expect(buildSort([CASE_TYPE], { search: 'x' })).toEqual([{ _score: { order: 'desc' } }, { id: { order: 'asc' } }]);
    expect(buildSort([CASE_TYPE], { search: 'x', sortField: 'status' })).toEqual([
      { 'cases.status': { order: 'asc' } },
      { _score: { order: 'desc' } },
      { id: { order: 'asc' } },
    ]);
    expect(buildSort([CASE_TYPE], {})).toEqual([{ id: { order: 'asc' } }]);
  });

  it('sorts nested fields with a nested sort', () => {
    expect(buildSort([CASE_TYPE], { sortField: 'observables.value' })).toEqual([
      { 'cases.observables.value': { order: 'asc', nested: { path: 'cases.observables' } } },
      { id: { order: 'asc' } },
    ]);
  });

  it('over several types: root and type-prefixed fields sort directly, then id and type break ties', () => {
    expect(buildSort([CASE_TYPE, COMMENT_TYPE], { sortField: 'updated_at', sortOrder: 'desc' })).toEqual([
      { updated_at: { order: 'desc' } },
      { id: { order: 'desc' } },
      { type: { order: 'desc' } },
    ]);
    expect(buildSort([CASE_TYPE, COMMENT_TYPE], { sortField: 'cases-comments.status' })).toEqual([
      { 'cases-comments.status': { order: 'asc' } },
      { id: { order: 'asc' } },
      { type: { order: 'asc' } },
    ]);
  });

  it('over several types, a bare attribute sorts by a script picking each type’s field, missing last', () => {
    expect(buildSort([CASE_TYPE, COMMENT_TYPE, SPACE_TYPE], { sortField: 'status' })[0]).toEqual({
      _script: {
        type: 'string',
        order: 'asc',
        script: {
          source: scriptSource('string'),
          lang: 'painless',
          params: { fields: { cases: 'cases.status', 'cases-comments': 'cases-comments.status' }, asc: true, missing: '\u{10FFFF}'.repeat(4) },
        },
      },
    });
    expect(buildSort([CASE_TYPE, COMMENT_TYPE], { sortField: 'updated_at' })[0]).toEqual({ updated_at: { order: 'asc' } });
    const numeric = { ...COMMENT_TYPE, mappings: { properties: { severity_rank: { type: 'long' as const } } } };
    expect(buildSort([CASE_TYPE, numeric], { sortField: 'severity_rank', sortOrder: 'desc' })[0]).toMatchObject({
      _script: { type: 'number', order: 'desc', script: { params: { asc: false, missing: -Number.MAX_VALUE } } },
    });
  });

  it('refuses a bare attribute no type has, or whose type differs between types', () => {
    expect(() => buildSort([CASE_TYPE, COMMENT_TYPE], { sortField: 'nope' })).toThrow(expect.objectContaining({ statusCode: 400 }));
    const clash = { ...COMMENT_TYPE, mappings: { properties: { status: { type: 'long' as const } } } };
    expect(() => buildSort([CASE_TYPE, clash], { sortField: 'status' })).toThrow(
      expect.objectContaining({ statusCode: 400, message: expect.stringContaining('differs') }),
    );
  });
});
