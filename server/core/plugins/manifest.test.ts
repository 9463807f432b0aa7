import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePluginManifest } from './manifest';

describe('plugin manifests (kibana.jsonc)', () => {
  it('reads the repository manifest: id, version and configPath', () => {
    const text = readFileSync(join(__dirname, '../../../kibana.jsonc'), 'utf8');
    const manifest = parsePluginManifest(text, 'kibana.jsonc', '9.9.9');
    expect(manifest).toMatchObject({ id: 'cases', configPath: ['xpack', 'cases'], requiredPlugins: ['security', 'spaces'] });
  });

  it('keeps comment markers inside strings, and defaults configPath to the id', () => {
    const text = '/* head */ { "plugin": { "id": "notes", "server": true, "browser": false, // trailing\n "description": "see http://x/*y*/" } }';
    expect(parsePluginManifest(text, 'm', '1.0.0')).toEqual({ id: 'notes', version: '1.0.0', configPath: ['notes'], requiredPlugins: [], optionalPlugins: [] });
  });

  it('names the manifest and the field that is wrong', () => {
    expect(() => parsePluginManifest('{ "plugin": { "id": 3 } }', 'bad.jsonc', '1')).toThrow(/bad.jsonc is invalid/);
    expect(() => parsePluginManifest('{ "plugin": { "id": "a", "server": true, "browser": true, "configPath": ["x.y"] } }', 'p', '1')).toThrow(/configPath/);
    expect(() => parsePluginManifest('{ nope', 'broken.jsonc', '1')).toThrow(/broken.jsonc is not valid JSON/);
  });
});
