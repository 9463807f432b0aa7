import { createTestServer } from './__fixtures__/test_server';

describe('HttpServer.routes()', () => {
  it('lists what every router registered, with Kibana-style access defaults', async () => {
    const { server } = createTestServer({}, 'info');
    const ok = async () => ({ status: 200, headers: {} });
    server.createRouter().get({ path: '/api/things/{id}', validate: false }, ok);
    server.createRouter().post({ path: '/internal/things', validate: false, options: { authRequired: 'optional' } }, ok);
    server.createRouter().delete({ path: '/api/things', validate: false, options: { access: 'internal', xsrfRequired: false } }, ok);
    expect(server.routes()).toEqual([
      { method: 'GET', path: '/api/things/{id}', access: 'public', authRequired: true, xsrfRequired: true },
      { method: 'POST', path: '/internal/things', access: 'internal', authRequired: 'optional', xsrfRequired: true },
      { method: 'DELETE', path: '/api/things', access: 'internal', authRequired: true, xsrfRequired: false },
    ]);
    await server.stop();
  });

  it('hands out a copy: a caller cannot add or change routes through it', () => {
    const { server } = createTestServer({}, 'info');
    server.createRouter().get({ path: '/api/a', validate: false }, async () => ({ status: 200, headers: {} }));
    const list = server.routes() as unknown as unknown[];
    list.push({});
    expect(server.routes()).toHaveLength(1);
    expect(Object.isFrozen(server.routes()[0])).toBe(true);
  });
});
