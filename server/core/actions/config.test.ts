import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadSettings } from '../config/load_config';
import { toPlatformConfig } from '../config/platform_config';
import { DEFAULT_ACTIONS_CONFIG, readActionsConfig } from './config';

const load = (yaml: string | undefined, argv: string[] = [], env: NodeJS.ProcessEnv = {}) => {
  const cwd = mkdtempSync(join(tmpdir(), 'actions-config-'));
  if (yaml !== undefined) {
    mkdirSync(join(cwd, 'config'));
    writeFileSync(join(cwd, 'config/host.yml'), yaml);
  }
  const settings = loadSettings({ cwd, env, argv, defaultFile: 'config/host.yml' });
  return toPlatformConfig(settings.values, env, cwd);
};

describe('xpack.actions settings', () => {
  it("has Kibana's defaults", () => {
    const config = load(undefined);
    expect(config.actions).toEqual(DEFAULT_ACTIONS_CONFIG);
    expect(config.encryption).toEqual({ encryptionKey: undefined, decryptionOnlyKeys: [] });
    expect(config.publicBaseUrl).toBeUndefined();
  });

  it('reads nested maps and lists of objects from the file, with durations and sizes', () => {
    const config = load(
      [
        'xpack.actions:',
        '  allowedHosts: [jira.example.com, localhost]',
        '  responseTimeout: 2s',
        '  maxResponseContentLength: 2mb',
        '  run.maxAttempts: 5',
        '  ssl.verificationMode: certificate',
        '  customHostSettings:',
        '    - url: https://jira.example.com',
        '      ssl: { verificationMode: none }',
        '      smtp: { requireTLS: true }',
        '  preconfigured:',
        '    my-mail:',
        '      name: Mail',
        '      actionTypeId: .email',
        '      config: { "X.Header": a, from: a@example.com }',
        '      secrets: { password: hunter2 }',
      ].join('\n'),
    );
    expect(config.actions.allowedHosts).toEqual(['jira.example.com', 'localhost']);
    expect(config.actions.responseTimeout).toBe(2000);
    expect(config.actions.maxResponseContentLength).toBe(2 * 1024 * 1024);
    expect(config.actions.run.maxAttempts).toBe(5);
    expect(config.actions.ssl.verificationMode).toBe('certificate');
    expect(config.actions.customHostSettings).toEqual([{ url: 'https://jira.example.com', ssl: { verificationMode: 'none' }, smtp: { requireTLS: true } }]);
    // Keys with dots inside a connector's config stay whole.
    expect(config.actions.preconfigured['my-mail']).toEqual({ name: 'Mail', actionTypeId: '.email', config: { 'X.Header': 'a', from: 'a@example.com' }, secrets: { password: 'hunter2' }, exposeConfig: false });
  });

  it('takes flags over the file, and comma-separated lists from flags', () => {
    const config = load('xpack.actions.allowedHosts: [a.example.com]\nxpack.actions.responseTimeout: 5s\n', ['--xpack.actions.allowedHosts=localhost,b.example.com', '--xpack.actions.responseTimeout', '3s']);
    expect(config.actions.allowedHosts).toEqual(['localhost', 'b.example.com']);
    expect(config.actions.responseTimeout).toBe(3000);
  });

  it.each(['__proto__', 'constructor', ''])('refuses the preconfigured id %j without touching Object.prototype', (id) => {
    const yaml = `xpack.actions.preconfigured:\n  ${JSON.stringify(id)}:\n    name: x\n    actionTypeId: .email\n    secrets: { polluted: yes }\n`;
    expect(() => load(yaml)).toThrow(`invalid preconfigured action id "${id}"`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).name).toBeUndefined();
  });

  it('names each bad key without echoing a secret value', () => {
    const attempt = () =>
      load('xpack.actions:\n  run.maxAttempts: 11\n  bogus: 1\n  preconfigured:\n    p:\n      name: ""\n      actionTypeId: .email\n      secrets: hunter2-secret\n');
    expect(attempt).toThrow(ConfigError);
    let message = '';
    try {
      attempt();
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('[xpack.actions.run.maxAttempts]: expected an integer from 1 to 10');
    expect(message).toContain('[xpack.actions.bogus]: definition for this key is missing');
    expect(message).toContain('[xpack.actions.preconfigured.p.name]: expected a non-empty string');
    expect(message).toContain('[xpack.actions.preconfigured.p.secrets]: expected an object');
    expect(message).not.toContain('hunter2');
  });

  it('refuses an unparseable duration, size and verification mode', () => {
    expect(readActionsConfig({ responseTimeout: 'soon' }).problems).toEqual(['[xpack.actions.responseTimeout]: expected a duration such as 30s, 90m, 8h or 30d']);
    expect(readActionsConfig({ maxResponseContentLength: 'big' }).problems).toHaveLength(1);
    expect(readActionsConfig({ ssl: { verificationMode: 'maybe' } }).problems).toEqual(['[xpack.actions.ssl.verificationMode]: expected one of none, certificate, full']);
    expect(readActionsConfig({ customHostSettings: [{ url: 'not a url' }] }).problems).toHaveLength(1);
  });
});

describe('encryption key, public base URL and the notifications connector', () => {
  it('accepts a key of 32 characters and decryption-only keys', () => {
    const key = 'k'.repeat(32);
    const config = load(`xpack.encryptedSavedObjects:\n  encryptionKey: ${key}\n  keyRotation.decryptionOnlyKeys: ["${'o'.repeat(40)}"]\nnotifications.connectors.default.email: mail\n`);
    expect(config.encryption).toEqual({ encryptionKey: key, decryptionOnlyKeys: ['o'.repeat(40)] });
    expect(config.notifications.defaultEmailConnectorId).toBe('mail');
  });

  it('stops the start on a short key, without printing it', () => {
    expect(() => load('xpack.encryptedSavedObjects.encryptionKey: short-secret-key\n')).toThrow(
      /Invalid value \[redacted\] for setting "xpack.encryptedSavedObjects.encryptionKey".*at least 32 characters/,
    );
  });

  it('drops the trailing slash of server.publicBaseUrl and refuses a query, a hash or another scheme', () => {
    expect(load(undefined, ['--server.publicBaseUrl=https://cases.example.com/kibana/']).publicBaseUrl).toBe('https://cases.example.com/kibana');
    for (const bad of ['https://cases.example.com/?a=1', 'https://cases.example.com/#x', 'ftp://cases.example.com', 'cases.example.com']) {
      expect(() => load(undefined, [`--server.publicBaseUrl=${bad}`])).toThrow(/server.publicBaseUrl/);
    }
  });
});
