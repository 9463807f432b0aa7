/**
 * TLS verification modes against real HTTPS servers, with self-signed certificates made by the
 * `openssl` command (node:crypto cannot issue X.509 certificates).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestLogger } from '../mocks';
import { DEFAULT_ACTIONS_CONFIG, type ActionsConfig, type CustomHostSettings } from './config';
import { createEgressRules } from './egress';
import { createHostSettingsResolver } from './host_settings';
import { createConnectorHttpClient, type ConnectorHttpClient } from './http_client';
import type { ConnectorTlsOptions } from './types';

const dir = mkdtempSync(join(tmpdir(), 'actions-tls-'));

/** A self-signed certificate for `subjectAltName`. */
function certificate(name: string, subjectAltName: string): { key: string; cert: string } {
  const key = join(dir, `${name}.key`);
  const cert = join(dir, `${name}.crt`);
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', `/CN=${name}`, '-addext', `subjectAltName=${subjectAltName}`], { stdio: 'ignore' });
  return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
}

async function httpsServer(pair: { key: string; cert: string }): Promise<{ server: Server; url: string }> {
  const server = createServer(pair, (_req, res) => (res.writeHead(200, { 'content-type': 'application/json' }), res.end('{"ok":true}')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `https://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

// One certificate names the address the server answers on; the other names another host.
const matching = certificate('matching', 'IP:127.0.0.1');
const elsewhere = certificate('elsewhere', 'DNS:elsewhere.example');
let servers: Array<{ server: Server; url: string }> = [];
const clients: ConnectorHttpClient[] = [];

beforeAll(async () => {
  servers = [await httpsServer(matching), await httpsServer(elsewhere)];
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  for (const { server } of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  rmSync(dir, { recursive: true, force: true });
});

function request(url: string, config: Partial<ActionsConfig>, tls?: ConnectorTlsOptions) {
  const full = { ...DEFAULT_ACTIONS_CONFIG, ...config };
  const created = createConnectorHttpClient({ config: full, egress: createEgressRules(['*']), hostSettings: createHostSettingsResolver(full), logger: createTestLogger().logger });
  clients.push(created);
  return created.bind().request({ method: 'GET', url: `${url}/x`, tls });
}

const host = (url: string, ssl: CustomHostSettings['ssl']): CustomHostSettings[] => [{ url, ssl }];

describe('ConnectorHttp: TLS verification', () => {
  it('full (the default) refuses a certificate no known authority signed', async () => {
    await expect(request(servers[0].url, {})).rejects.toThrow(/self.signed|certificate/i);
  });

  it('full accepts it with the authority in customHostSettings, matched on scheme://host:port', async () => {
    const [{ url }] = servers;
    await expect(request(url, { customHostSettings: host(`${url}/any/path`, { certificateAuthoritiesData: matching.cert }) })).resolves.toMatchObject({ data: { ok: true } });
  });

  it('full refuses a trusted certificate that names another host; certificate mode accepts it', async () => {
    const url = servers[1].url;
    await expect(request(url, { customHostSettings: host(url, { certificateAuthoritiesData: elsewhere.cert }) })).rejects.toThrow(/altnames|Hostname|IP/i);
    await expect(request(url, { customHostSettings: host(url, { certificateAuthoritiesData: elsewhere.cert, verificationMode: 'certificate' }) })).resolves.toMatchObject({ status: 200 });
  });

  it('certificate mode still checks the chain', async () => {
    await expect(request(servers[1].url, { ssl: { verificationMode: 'certificate' } })).rejects.toThrow(/self.signed|certificate/i);
  });

  it('none accepts anything, from the global setting or the request', async () => {
    await expect(request(servers[1].url, { ssl: { verificationMode: 'none' } })).resolves.toMatchObject({ status: 200 });
    await expect(request(servers[1].url, {}, { verificationMode: 'none' })).resolves.toMatchObject({ status: 200 });
  });

  it("a request's own CA is used over the host settings", async () => {
    await expect(request(servers[0].url, {}, { ca: matching.cert })).resolves.toMatchObject({ status: 200 });
  });
});
