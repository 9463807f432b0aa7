import * as t from 'io-ts';
import { strict } from '../../../common/core/codec';
import { createTestLogger } from '../security/__fixtures__/test_logger';
import type { CoreSetup, CoreStart, PluginDefinition, PluginManifest } from '../types';
import { setupPlugins, startPlugins } from './plugin_lifecycle';

const manifest = (id: string, requiredPlugins: string[] = []): PluginManifest => ({
  id,
  version: '1.0.0',
  configPath: ['xpack', id],
  requiredPlugins,
  optionalPlugins: [],
});

const coreSetup = () => ({ logger: createTestLogger().logger }) as unknown as CoreSetup;
const coreStart = {} as CoreStart;

describe('plugin lifecycle', () => {
  it('hands each plugin its decoded slice and keeps start contracts by id for later plugins', async () => {
    const seen: Array<Record<string, unknown>> = [];
    const notes: PluginDefinition<{ max: number }> = {
      manifest: manifest('notes'),
      config: { schema: strict({ max: t.number }) },
      plugin: (context) => ({ setup: () => undefined, start: () => ({ max: context.config.get().max }) }),
    };
    const reader: PluginDefinition = {
      manifest: manifest('reader', ['notes', 'security']),
      config: { schema: strict({}) },
      plugin: () => ({ setup: () => undefined, start: (_core, plugins) => void seen.push({ ...plugins }) }),
    };
    const loaded = await setupPlugins([notes as PluginDefinition, reader], { 'xpack.notes': { max: 3 } }, coreSetup());
    const contracts = await startPlugins(loaded.plugins, coreStart);
    expect(contracts).toEqual({ notes: { max: 3 }, reader: undefined });
    expect(seen).toEqual([{ notes: { max: 3 } }]);
  });

  it('stops on a slice the schema refuses, naming the config path', async () => {
    const definition: PluginDefinition = { manifest: manifest('notes'), config: { schema: strict({}) }, plugin: () => ({ setup: () => undefined, start: () => undefined }) };
    await expect(setupPlugins([definition], { 'xpack.notes': { typo: 1 } }, coreSetup())).rejects.toThrow(/Invalid settings under "xpack.notes": invalid keys "typo"/);
  });

  it('refuses a plugin whose required plugin is not loaded before it, or one registered twice', async () => {
    const make = (id: string, required: string[] = []): PluginDefinition => ({
      manifest: manifest(id, required),
      config: { schema: strict({}) },
      plugin: () => ({ setup: () => undefined, start: () => undefined }),
    });
    await expect(setupPlugins([make('reader', ['notes']), make('notes')], {}, coreSetup())).rejects.toThrow(/requires \[notes\]/);
    await expect(setupPlugins([make('notes'), make('notes')], {}, coreSetup())).rejects.toThrow(/registered twice/);
  });
});
