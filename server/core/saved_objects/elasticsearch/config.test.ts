import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildClientOptions, createElasticsearchClient } from './config';

describe('Elasticsearch client config', () => {
  it('apiKey wins over username and password', () => {
    const options = buildClientOptions({ hosts: ['http://a:9200'], username: 'u', password: 'p', apiKey: 'k' });
    expect(options).toEqual({ nodes: ['http://a:9200'], auth: { apiKey: 'k' } });
  });

  it('basic auth and request timeout', () => {
    expect(buildClientOptions({ hosts: ['http://a:9200', 'http://b:9200'], username: 'u', password: 'p', requestTimeout: 5000 })).toEqual({
      nodes: ['http://a:9200', 'http://b:9200'],
      auth: { username: 'u', password: 'p' },
      requestTimeout: 5000,
    });
  });

  it('reads CA files and maps verification modes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'es-ca-'));
    const ca = join(dir, 'ca.pem');
    writeFileSync(ca, '-----BEGIN CERTIFICATE-----\nX\n-----END CERTIFICATE-----\n');
    const full = buildClientOptions({ hosts: ['https://a:9200'], ssl: { certificateAuthorities: [ca] } });
    expect(full.tls).toEqual({ ca: ['-----BEGIN CERTIFICATE-----\nX\n-----END CERTIFICATE-----\n'], rejectUnauthorized: true });
    const certificate = buildClientOptions({ hosts: ['https://a:9200'], ssl: { verificationMode: 'certificate' } });
    expect(certificate.tls).toMatchObject({ rejectUnauthorized: true, checkServerIdentity: expect.any(Function) });
    const none = buildClientOptions({ hosts: ['https://a:9200'], ssl: { verificationMode: 'none' } });
    expect(none.tls).toEqual({ rejectUnauthorized: false });
    expect(buildClientOptions({ hosts: ['https://a:9200'], ssl: { verificationMode: 'full' } }).tls).toBeUndefined();
  });

  it('builds a client', async () => {
    const client = createElasticsearchClient({ hosts: ['http://localhost:9200'], apiKey: 'k' });
    expect(client).toBeDefined();
    await client.close();
  });
});
