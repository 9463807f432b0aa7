import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestServer, GOOD, injectInto } from './__fixtures__/test_server';
import type { HttpServer } from './http_server';
import { safeRedirectPath } from './safe_redirect';
import { APP_CONTENT_SECURITY_POLICY } from './serve_app';

const INDEX_HTML = '<!doctype html><div id="root"></div><script src="/bundles/assets/main-abc123.js"></script>';

describe('serveApp', () => {
  let distDir: string;
  let server: HttpServer;
  let inject: ReturnType<typeof injectInto>;

  beforeEach(() => {
    distDir = mkdtempSync(join(tmpdir(), 'app-dist-'));
    mkdirSync(join(distDir, 'assets'));
    writeFileSync(join(distDir, 'index.html'), INDEX_HTML);
    writeFileSync(join(distDir, 'assets', 'main-abc123.js'), 'console.log("app")');
    writeFileSync(join(distDir, 'favicon.svg'), '<svg/>');
    ({ server } = createTestServer());
    server.serveApp({ distDir, defaultRoute: '/app/notes' });
    inject = injectInto(server);
  });
  afterEach(async () => {
    await server.stop();
    rmSync(distDir, { recursive: true, force: true });
  });

  describe('bundles', () => {
    it('serves hashed assets without authentication and caches them forever', async () => {
      const res = await inject({ url: '/bundles/assets/main-abc123.js' });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe('console.log("app")');
      expect(res.headers['content-type']).toMatch(/javascript/);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    });

    it('revalidates files outside assets/', async () => {
      const res = await inject({ url: '/bundles/favicon.svg' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
    });

    it('answers 404 in Kibana form for a missing file and refuses traversal', async () => {
      for (const url of ['/bundles/assets/nope.js', '/bundles/../../etc/passwd', '/bundles/%2e%2e/%2e%2e/etc/passwd']) {
        const res = await inject({ url });
        expect(res.statusCode).toBe(404);
        expect(res.json()).toEqual({ statusCode: 404, error: 'Not Found', message: 'Not Found' });
      }
    });
  });

  describe('pages', () => {
    it('serves the app to a signed-in user with no-store and the CSP', async () => {
      for (const url of ['/app/notes', '/app/notes/abc/edit', '/s/marketing/app/notes']) {
        const res = await inject({ url, headers: GOOD });
        expect(res.statusCode).toBe(200);
        expect(res.body).toBe(INDEX_HTML);
        expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(res.headers['cache-control']).toBe('no-store');
        expect(res.headers['content-security-policy']).toBe(APP_CONTENT_SECURITY_POLICY);
      }
    });

    it('sends an anonymous visitor to the login page with the full original path', async () => {
      const res = await inject({ url: '/s/marketing/app/notes/abc?tab=activity' });
      expect(res.statusCode).toBe(302);
      expect(res.headers.location).toBe(`/login?next=${encodeURIComponent('/s/marketing/app/notes/abc?tab=activity')}`);
    });

    it('drops a next too long to fit a Location header any client reads', async () => {
      const res = await inject({ url: `/app/notes/${'%F0%98%A7%8F'.repeat(1_000)}` });
      expect(res.statusCode).toBe(302);
      expect(res.headers.location).toBe('/login');
    });

    it('treats bad credentials on a page like no credentials', async () => {
      const res = await inject({ url: '/app/notes', headers: { authorization: 'Bearer expired' } });
      expect(res.statusCode).toBe(302);
      expect(res.headers.location).toBe(`/login?next=${encodeURIComponent('/app/notes')}`);
    });

    it('serves the login page to anonymous visitors', async () => {
      const res = await inject({ url: '/login?next=/app/notes' });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe(INDEX_HTML);
      expect(res.headers['content-security-policy']).toBe(APP_CONTENT_SECURITY_POLICY);
    });

    it('sends a signed-in user from the login page to a safe next, else to the app', async () => {
      const next = async (value?: string) => {
        const query = value === undefined ? '' : `?next=${encodeURIComponent(value)}`;
        const res = await inject({ url: `/login${query}`, headers: GOOD });
        expect(res.statusCode).toBe(302);
        return res.headers.location;
      };
      expect(await next('/s/marketing/app/notes?x=1')).toBe('/s/marketing/app/notes?x=1');
      expect(await next()).toBe('/app/notes');
      expect(await next('//evil.example/x')).toBe('/app/notes');
      expect(await next('/\\evil.example')).toBe('/app/notes');
      expect(await next('https://evil.example/')).toBe('/app/notes');
    });

    // Issue 10, defect 3: these answered 500 (Node's ERR_INVALID_CHAR) and a raw byte in Location.
    it('percent-encodes a next outside ASCII into Location, on a real socket', async () => {
      const { url } = await server.start();
      for (const [query, expected] of [
        ['%2F%E3%80%82evil.example', '/%E3%80%82evil.example'],
        ['%2F%C3%A9', '/%C3%A9'],
        ['%2F%2e%2e%2F%2Fevil.example', '/app/notes'],
      ]) {
        const res = await fetch(`${url}/login?next=${query}`, { headers: GOOD, redirect: 'manual' });
        expect([query, res.status, res.headers.get('location')]).toEqual([query, 302, expected]);
      }
    });

    it('redirects the roots to the default route in their space', async () => {
      const location = async (url: string) => (await inject({ url })).headers.location;
      expect(await location('/')).toBe('/app/notes');
      expect(await location('/s/marketing')).toBe('/s/marketing/app/notes');
      expect(await location('/s/marketing/')).toBe('/s/marketing/app/notes');
    });

    it('answers 503 while the bundle is not built', async () => {
      rmSync(join(distDir, 'index.html'));
      const res = await inject({ url: '/app/notes', headers: GOOD });
      expect(res.statusCode).toBe(503);
      expect(res.json().message).toContain('npm run build');
      expect((await inject({ url: '/login' })).statusCode).toBe(503);
    });
  });
});

describe('safeRedirectPath', () => {
  it.each([
    ['/app/notes', '/app/notes'],
    ['/s/a/app/notes?x=1#y', '/s/a/app/notes?x=1#y'],
    ['//evil.example', undefined],
    ['/\\evil.example', undefined],
    ['/\tevil', undefined],
    ['app/cases', undefined],
    ['javascript:alert(1)', undefined],
    [['/a', '/b'], undefined],
    [undefined, undefined],
    ['/\u3002evil.example', '/%E3%80%82evil.example'],
    ['/\u00e9?q=\u00e9#\u00e9', '/%C3%A9?q=%C3%A9#%C3%A9'],
    ['/a b', '/a%20b'],
    ['/a/..//evil.example', undefined],
    ['/%2e%2e//evil.example', undefined],
  ])('%p → %p', (input, expected) => {
    expect(safeRedirectPath(input)).toBe(expected);
  });
});
