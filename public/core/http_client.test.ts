import { createHttpClient, HttpFetchError } from './http_client';
import { createMockFetch } from './test_helpers/mock_fetch';
import { createMockLocation } from './test_helpers/render_with_core';

function setup(spaceId = 'default', routes: Parameters<typeof createMockFetch>[0] = {}, redirectOnUnauthorized?: boolean) {
  const fetchMock = createMockFetch(routes);
  const location = createMockLocation('/s/soc-eu/app/cases/view?tab=1');
  const http = createHttpClient({ spaceId, location, fetchImpl: fetchMock.fetchImpl, redirectOnUnauthorized });
  return { http, fetchMock, location };
}

describe('createHttpClient', () => {
  it('sends kbn-xsrf on every request and JSON bodies with their content type', async () => {
    const { http, fetchMock } = setup('default', { 'POST /api/cases': { body: { id: '1' } }, 'GET /api/cases/1': { body: {} } });
    await expect(http.post('/api/cases', { body: { title: 'x' } })).resolves.toEqual({ id: '1' });
    await http.get('/api/cases/1');
    expect(fetchMock.calls[0]).toMatchObject({
      method: 'POST',
      url: '/api/cases',
      headers: { 'kbn-xsrf': 'true', 'content-type': 'application/json' },
      body: { title: 'x' },
    });
    expect(fetchMock.calls[1].headers['kbn-xsrf']).toBe('true');
    expect(fetchMock.calls[1].headers['content-type']).toBeUndefined();
  });

  it('prefixes space-scoped calls with the space and leaves the default space and global calls alone', async () => {
    const inSpace = setup('soc-eu', { 'GET /s/soc-eu/api/cases/_find': { body: [] }, 'GET /api/spaces/space': { body: [] } });
    await inSpace.http.get('/api/cases/_find', { query: { page: 2, tags: ['a', 'b'], search: undefined } });
    await inSpace.http.get('/api/spaces/space', { spaceScoped: false });
    expect(inSpace.fetchMock.calls.map((call) => call.url)).toEqual(['/s/soc-eu/api/cases/_find?page=2&tags=a&tags=b', '/api/spaces/space']);

    const inDefault = setup('default', { 'GET /api/cases/_find': { body: [] } });
    await inDefault.http.get('/api/cases/_find');
    expect(inDefault.fetchMock.calls[0].url).toBe('/api/cases/_find');
  });

  it('returns undefined for 204 responses', async () => {
    const { http } = setup('default', { 'DELETE /api/spaces/space/x': { status: 204 } });
    await expect(http.delete('/api/spaces/space/x')).resolves.toBeUndefined();
  });

  it('throws the server error message with its status code and body', async () => {
    const body = { statusCode: 409, error: 'Conflict', message: 'A space with the identifier soc-eu already exists.' };
    const { http } = setup('default', { 'POST /api/spaces/space': { status: 409, body } });
    const error = await http.post('/api/spaces/space', { body: {} }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HttpFetchError);
    expect(error).toMatchObject({ statusCode: 409, message: body.message, body });
  });

  it('falls back to the status text when the error has no Kibana body', async () => {
    const fetchImpl = jest.fn(async () => ({ ok: false, status: 502, statusText: 'Bad Gateway', headers: { get: () => 'text/html' }, text: async () => '' }));
    const http = createHttpClient({ spaceId: 'default', location: createMockLocation(), fetchImpl: fetchImpl as unknown as typeof fetch });
    await expect(http.get('/api/x')).rejects.toMatchObject({ statusCode: 502, message: 'Bad Gateway' });
  });

  it('sends the browser to the login page with the current path on a 401', async () => {
    const { http, location } = setup('soc-eu', { 'GET /s/soc-eu/api/cases/_find': { status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Unauthorized' } } });
    await expect(http.get('/api/cases/_find')).rejects.toMatchObject({ statusCode: 401 });
    expect(location.assign).toHaveBeenCalledWith(`/login?next=${encodeURIComponent('/s/soc-eu/app/cases/view?tab=1')}`);
  });

  it('does not redirect on a 401 when the client or the request opts out', async () => {
    const routes = { 'POST /internal/security/login': { status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'no' } } };
    const byClient = setup('default', routes, false);
    await expect(byClient.http.post('/internal/security/login', { spaceScoped: false })).rejects.toMatchObject({ statusCode: 401 });
    expect(byClient.location.assign).not.toHaveBeenCalled();

    const byRequest = setup('default', routes);
    await expect(byRequest.http.post('/internal/security/login', { redirectOnUnauthorized: false })).rejects.toMatchObject({ statusCode: 401 });
    expect(byRequest.location.assign).not.toHaveBeenCalled();
  });
});
