import { renameWildcard, toFastifyPath } from './route_path';

describe('toFastifyPath', () => {
  it.each([
    ['/api/cases', '/api/cases', undefined],
    ['/api/cases/{caseId}', '/api/cases/:caseId', undefined],
    ['/api/cases/{caseId}/comments/{commentId}', '/api/cases/:caseId/comments/:commentId', undefined],
    ['/api/cases/{caseId?}', '/api/cases/:caseId?', undefined],
    ['/bundles/{path*}', '/bundles/*', 'path'],
  ])('%s → %s', (kibana, fastify, wildcard) => {
    expect(toFastifyPath(kibana)).toEqual({ path: fastify, wildcardParam: wildcard });
  });

  it('refuses a catch-all that does not end the path, and relative paths', () => {
    expect(() => toFastifyPath('/a/{rest*}/b')).toThrow(/must end the path/);
    expect(() => toFastifyPath('api/cases')).toThrow(/must start with/);
  });
});

describe('renameWildcard', () => {
  it('renames only when the route declared a catch-all', () => {
    expect(renameWildcard({ '*': 'a/b', id: '1' }, 'path')).toEqual({ path: 'a/b', id: '1' });
    expect(renameWildcard({ id: '1' }, undefined)).toEqual({ id: '1' });
  });
});
