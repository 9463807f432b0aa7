import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadSettings } from './load_config';
import { toPlatformConfig } from './platform_config';

const workspace = (yaml?: string) => {
  const cwd = mkdtempSync(join(tmpdir(), 'platform-config-'));
  if (yaml !== undefined) {
    mkdirSync(join(cwd, 'config'));
    writeFileSync(join(cwd, 'config/host.yml'), yaml);
  }
  return cwd;
};

const load = (opts: { yaml?: string; env?: NodeJS.ProcessEnv; argv?: string[] }) =>
  loadSettings({ cwd: workspace(opts.yaml), env: opts.env ?? {}, argv: opts.argv ?? [], defaultFile: 'config/host.yml' });

describe('loadSettings', () => {
  it('uses the defaults when nothing is given', () => {
    const { values, configFile } = load({});
    expect(configFile).toBeUndefined();
    expect(values['server.port']).toBe(5601);
    expect(values['server.host']).toBe('127.0.0.1');
    expect(values['path.data']).toBe('./data');
    expect(values['elasticsearch.hosts']).toBeUndefined();
  });

  it('reads nested and dotted keys from config/host.yml', () => {
    const { values } = load({ yaml: 'server:\n  port: 5700\nelasticsearch.hosts: ["http://es:9200"]\nsecurity.session.idleTimeout: 1h\n' });
    expect(values['server.port']).toBe(5700);
    expect(values['elasticsearch.hosts']).toEqual(['http://es:9200']);
    expect(values['security.session.idleTimeout']).toBe(3_600_000);
  });

  it('lets environment variables override the file, and flags override both', () => {
    const yaml = 'server.port: 5700\n';
    expect(load({ yaml, env: { SERVER_PORT: '5800' } }).values['server.port']).toBe(5800);
    expect(load({ yaml, env: { SERVER_PORT: '5800' }, argv: ['--port', '5900'] }).values['server.port']).toBe(5900);
    expect(load({ yaml, argv: ['--server.port=5901'] }).values['server.port']).toBe(5901);
  });

  it('splits comma-separated lists from the environment', () => {
    const { values } = load({ env: { ELASTICSEARCH_HOSTS: 'http://a:9200, http://b:9200' } });
    expect(values['elasticsearch.hosts']).toEqual(['http://a:9200', 'http://b:9200']);
  });

  it('stops on an unknown key in the file, naming it', () => {
    expect(() => load({ yaml: 'server.prot: 5601\n' })).toThrow(/Unknown setting "server.prot"/);
  });

  it('stops on an unknown flag, naming it', () => {
    expect(() => load({ argv: ['--prot=1'] })).toThrow(/Unknown flag --prot/);
  });

  it('stops on a malformed value, naming the key and where it came from', () => {
    expect(() => load({ yaml: 'server.port: seventy\n' })).toThrow(/"server.port".*host.yml/);
    expect(() => load({ env: { SERVER_PORT: '99999' } })).toThrow(/SERVER_PORT/);
    expect(() => load({ argv: ['--security.session.lifespan=forever'] })).toThrow(/duration/);
  });

  it('stops on a file that is not YAML, or not a mapping', () => {
    expect(() => load({ yaml: 'server: [port\n' })).toThrow(ConfigError);
    expect(() => load({ yaml: '- a\n- b\n' })).toThrow(/must hold settings/);
  });

  it('never echoes a secret in an error', () => {
    expect(() => load({ yaml: 'elasticsearch.password: ""\n' })).toThrow(/\[redacted\]/);
  });

  it('reads a config file named by --config', () => {
    const cwd = workspace();
    writeFileSync(join(cwd, 'other.yml'), 'server.port: 6000\n');
    const { values, configFile } = loadSettings({ cwd, env: {}, argv: ['--config', 'other.yml'] });
    expect(values['server.port']).toBe(6000);
    expect(configFile).toBe(join(cwd, 'other.yml'));
  });
});

describe('host and plugin settings', () => {
  const PLUGINS = [['xpack', 'notes']];

  it('sets keys under a plugin configPath aside, nested, from the file and from flags', () => {
    const cwd = workspace('xpack:\n  notes:\n    limits.max: 3\n    list: [a, b]\nserver.port: 5700\n');
    const { values, plugins } = loadSettings({ cwd, env: {}, argv: ['--xpack.notes.flag=on'], defaultFile: 'config/host.yml', pluginConfigPaths: PLUGINS });
    expect(values['server.port']).toBe(5700);
    expect(plugins).toEqual({ 'xpack.notes': { limits: { max: 3 }, list: ['a', 'b'], flag: 'on' } });
  });

  it('gives a plugin with no settings an empty slice, and still refuses keys beside its path', () => {
    const cwd = workspace('xpack.other.x: 1\n');
    expect(() => loadSettings({ cwd, env: {}, argv: [], defaultFile: 'config/host.yml', pluginConfigPaths: PLUGINS })).toThrow(/Unknown setting "xpack.other.x"/);
    expect(loadSettings({ cwd: workspace(), env: {}, argv: [], pluginConfigPaths: PLUGINS }).plugins).toEqual({ 'xpack.notes': {} });
  });

  it('reads the file an environment variable names, and applies the host defaults under any given value', () => {
    const cwd = workspace();
    writeFileSync(join(cwd, 'env.yml'), 'server.port: 6100\n');
    const loaded = loadSettings({ cwd, env: { HOST_CONFIG: 'env.yml' }, argv: [], fileEnvVar: 'HOST_CONFIG', defaults: { 'server.defaultRoute': '/app/notes', 'server.port': 1 } });
    expect(loaded.values['server.port']).toBe(6100);
    expect(loaded.values['server.defaultRoute']).toBe('/app/notes');
    expect(loadSettings({ cwd, env: {}, argv: [] }).values['server.defaultRoute']).toBe('/app/home');
  });

  it('refuses a default route that could leave the origin', () => {
    expect(() => load({ argv: ['--server.defaultRoute=//evil.example'] })).toThrow(/server.defaultRoute/);
  });
});

describe('toPlatformConfig', () => {
  it('has no Elasticsearch section without hosts, and one with them', () => {
    const cwd = workspace();
    expect(toPlatformConfig(load({}).values, {}, cwd).elasticsearch).toBeUndefined();
    const es = toPlatformConfig(load({ env: { ELASTICSEARCH_HOSTS: 'http://es:9200' } }).values, {}, cwd).elasticsearch;
    expect(es).toMatchObject({ hosts: ['http://es:9200'], index: 'saved-objects', ssl: { verificationMode: 'full' } });
  });

  it('resolves the data folder against the working directory and reads ELASTIC_PASSWORD', () => {
    const cwd = workspace();
    const config = toPlatformConfig(load({}).values, { ELASTIC_PASSWORD: 'changeme' }, cwd);
    expect(config.dataDir).toBe(join(cwd, 'data'));
    expect(config.security.elasticPassword).toBe('changeme');
  });

  it('runs finds of the embedded store on 1 to 4 workers by default, with a 10 s budget', () => {
    const cwd = workspace();
    const { sqlite } = toPlatformConfig(load({}).values, {}, cwd);
    expect(sqlite.queryTimeoutMs).toBe(10_000);
    expect(sqlite.readWorkers).toBeGreaterThanOrEqual(1);
    expect(sqlite.readWorkers).toBeLessThanOrEqual(4);
    const set = load({ yaml: 'savedObjects.sqlite.readWorkers: 0\nsavedObjects.sqlite.queryTimeout: 2s\n' }).values;
    expect(toPlatformConfig(set, {}, cwd).sqlite).toEqual({ readWorkers: 0, queryTimeoutMs: 2_000 });
    expect(load({ env: { SAVEDOBJECTS_SQLITE_READWORKERS: '3' } }).values['savedObjects.sqlite.readWorkers']).toBe(3);
    expect(() => load({ argv: ['--savedObjects.sqlite.readWorkers=-1'] })).toThrow(/savedObjects.sqlite.readWorkers/);
    expect(() => load({ argv: ['--savedObjects.sqlite.queryTimeout=soon'] })).toThrow(/duration/);
  });
});
