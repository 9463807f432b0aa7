import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { createTestServer, GOOD, injectInto } from './__fixtures__/test_server';
import type { HttpServer } from './http_server';

// Big enough that compression pays, as for a real chunk.
const SCRIPT = `export const rows = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ id: i, title: `case ${i}` })))};`;
const INDEX_HTML = `<!doctype html><div id="kibanaBody"></div><script type="module" src="/bundles/assets/index-abc.js"></script>${' '.repeat(200)}`;

/** What scripts/compress_assets.mjs leaves beside a file. */
function writeWithCopies(path: string, text: string) {
  writeFileSync(path, text);
  writeFileSync(`${path}.br`, brotliCompressSync(text));
  writeFileSync(`${path}.gz`, gzipSync(text));
}

const decode = (encoding: string | undefined, raw: Buffer) =>
  (encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');

describe('serveApp: precompressed assets', () => {
  let distDir: string;
  let server: HttpServer;
  let inject: ReturnType<typeof injectInto>;

  beforeEach(() => {
    distDir = mkdtempSync(join(tmpdir(), 'app-dist-'));
    mkdirSync(join(distDir, 'assets'));
    writeWithCopies(join(distDir, 'index.html'), INDEX_HTML);
    writeWithCopies(join(distDir, 'assets', 'index-abc.js'), SCRIPT);
    writeFileSync(join(distDir, 'assets', 'plain-abc.js'), SCRIPT);
    ({ server } = createTestServer());
    server.serveApp({ distDir, defaultRoute: '/app/notes' });
    inject = injectInto(server);
  });
  afterEach(async () => {
    await server.stop();
    rmSync(distDir, { recursive: true, force: true });
  });

  const cases: Array<[string | undefined, string | undefined]> = [
    ['br', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    [undefined, undefined],
    ['identity', undefined],
  ];

  it.each(cases)('sends a script to Accept-Encoding %p as %p, with the original bytes inside', async (accept, expected) => {
    const headers = accept === undefined ? {} : { 'accept-encoding': accept };
    const res = await inject({ url: '/bundles/assets/index-abc.js', headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe(expected);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(decode(expected, res.rawPayload)).toBe(SCRIPT);
  });

  it.each(cases)('sends index.html to Accept-Encoding %p as %p, with the original bytes inside', async (accept, expected) => {
    const headers = { ...GOOD, ...(accept === undefined ? {} : { 'accept-encoding': accept }) };
    const res = await inject({ url: '/app/notes', headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe(expected);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers.vary).toBe('accept-encoding');
    expect(decode(expected, res.rawPayload)).toBe(INDEX_HTML);
  });

  it('sends the original when the build left no compressed copy', async () => {
    const res = await inject({ url: '/bundles/assets/plain-abc.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toBe(SCRIPT);

    rmSync(join(distDir, 'index.html.br'));
    rmSync(join(distDir, 'index.html.gz'));
    const page = await inject({ url: '/login', headers: { 'accept-encoding': 'br' } });
    expect(page.headers['content-encoding']).toBeUndefined();
    expect(page.body).toBe(INDEX_HTML);
  });
});
