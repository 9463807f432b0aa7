/** `xpack.security.audit.*`: read from the file, env and flags like every setting, mapped for the audit logger. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSettings } from './load_config';
import { toPlatformConfig } from './platform_config';

function load(yaml: string, env: NodeJS.ProcessEnv = {}, argv: string[] = []) {
  const cwd = mkdtempSync(join(tmpdir(), 'audit-config-'));
  mkdirSync(join(cwd, 'config'));
  writeFileSync(join(cwd, 'config/cases.yml'), yaml);
  // The cases plugin's path is claimed by the plugin; the audit keys must not be swallowed by it.
  const { values } = loadSettings({ cwd, env, argv, defaultFile: 'config/cases.yml', pluginConfigPaths: [['xpack', 'cases']] });
  return { cwd, audit: toPlatformConfig(values, env, cwd).security.audit };
}

describe('audit settings', () => {
  it('is off by default, with 10 MiB files, 7 kept, under the data folder', () => {
    const { cwd, audit } = load('');
    expect(audit).toEqual({ enabled: false, filePath: join(cwd, 'data', 'audit', 'audit.log'), rotation: { maxBytes: 10 * 1024 * 1024, keep: 7 } });
  });

  it('reads Kibana-style nested keys next to the plugin settings, sizes with units', () => {
    const { audit } = load(
      'path.data: /var/lib/cases\nxpack:\n  cases:\n    alerts.maxPerCase: 10\n  security:\n    audit:\n      enabled: true\n      rotation:\n        maxBytes: 512kb\n        keep: 0\n',
    );
    expect(audit).toEqual({ enabled: true, filePath: '/var/lib/cases/audit/audit.log', rotation: { maxBytes: 512 * 1024, keep: 0 } });
  });

  it('takes the environment and flags as Kibana containers set them', () => {
    expect(load('', { XPACK_SECURITY_AUDIT_ENABLED: 'true' }).audit.enabled).toBe(true);
    expect(load('', {}, ['--xpack.security.audit.rotation.maxBytes=2mb']).audit.rotation.maxBytes).toBe(2 * 1024 * 1024);
    expect(load('xpack.security.audit.rotation.maxBytes: 4096\n').audit.rotation.maxBytes).toBe(4096);
  });

  it.each([
    ['xpack.security.audit.enabled: maybe\n', /Invalid value "maybe" for setting "xpack.security.audit.enabled".*true or false/],
    ['xpack.security.audit.rotation.maxBytes: 10 parsecs\n', /"xpack.security.audit.rotation.maxBytes".*a size such as 10mb/],
    ['xpack.security.audit.rotation.maxBytes: 0\n', /"xpack.security.audit.rotation.maxBytes"/],
    ['xpack.security.audit.rotation.keep: -1\n', /"xpack.security.audit.rotation.keep".*0-1000/],
    ['xpack.security.audit.appender.type: file\n', /Unknown setting "xpack.security.audit.appender.type"/],
  ])('refuses %j by name', (yaml, message) => {
    expect(() => load(yaml)).toThrow(message);
  });
});
