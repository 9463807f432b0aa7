/**
 * "An acknowledged write survives kill -9": a child process writes through the space-scoped
 * saved-objects client and reports each acknowledged write; it is killed mid-stream with
 * SIGKILL, and every acknowledged object must be there after reopening the file, in its own
 * space only.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteBackend } from '../../server/core/saved_objects/sqlite/sqlite_backend';
import { createScopedClient } from '../../server/core/saved_objects/scoped_client';
import { TypeRegistry } from '../../server/core/saved_objects/type_registry';
import { type SavedObjectsBackend, f } from '../../server/core/saved_objects/types';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PROBE_TYPE } = require('./fixtures/probe_type.js');

jest.setTimeout(60_000);

const ACKS_BEFORE_KILL = 300;

async function writeUntilKilled(dbPath: string): Promise<string[]> {
  const child = spawn(process.execPath, [join(__dirname, 'fixtures/write_until_killed.js'), dbPath], { stdio: ['ignore', 'pipe', 'pipe'] });
  const acked: string[] = [];
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let pending = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      pending += d.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('acked ')) acked.push(line.slice(6));
      if (acked.length >= ACKS_BEFORE_KILL && child.exitCode === null) {
        child.kill('SIGKILL');
      }
    });
    child.once('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`child exited ${code}: ${stderr}`))));
  });
  return acked;
}

describe('durability of the embedded store', () => {
  let backend: SavedObjectsBackend | undefined;
  afterAll(async () => backend?.close());

  it('keeps every acknowledged write after kill -9, in its own space only', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'cases-durability-')), 'cases.sqlite');
    const acked = await writeUntilKilled(dbPath);
    expect(acked.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);

    const registry = new TypeRegistry();
    registry.registerType(PROBE_TYPE);
    backend = createSqliteBackend({ path: dbPath, registry });
    await backend.start();
    const socEu = createScopedClient(backend.repository, { namespace: 'soc-eu' });
    const defaultSpace = createScopedClient(backend.repository, { namespace: 'default' });

    const found = await socEu.find({ type: PROBE_TYPE.name, perPage: 0 });
    expect(found.total).toBeGreaterThanOrEqual(acked.length);
    const { saved_objects: objects } = await socEu.bulkGet(acked.map((id) => ({ type: PROBE_TYPE.name, id })));
    expect(objects.filter((o) => 'error' in o && o.error)).toEqual([]);

    const last = acked[acked.length - 1];
    await expect(defaultSpace.get(PROBE_TYPE.name, last)).rejects.toMatchObject({ statusCode: 404 });
    const inDefault = await defaultSpace.find({ type: PROBE_TYPE.name, filter: f.exists('name'), perPage: 0 });
    expect(inDefault.total).toBe(0);
  });
});
