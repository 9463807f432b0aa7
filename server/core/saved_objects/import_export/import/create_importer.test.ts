/**
 * The importer on a real SQLite store: what a file imports, what it reports (Kibana's shapes,
 * with lines), what it refuses before writing anything, and that nothing half-written remains.
 */
import { isBulkItemError, type SavedObject } from '../../types';
import {
  CHILD, child, COUNTER, DETAILS_LINE, doc, fileOf, HIDDEN, importEnv, importerOf, ndjson, NOTE, options, parent, PARENT, plain, PLAIN,
  spoolFiles, type ImportEnv,
} from './test_fixtures';

let env: ImportEnv;
beforeEach(async () => {
  env = await importEnv();
});
afterEach(() => env.close());

const get = async (type: string, id: string, namespace = 'default'): Promise<SavedObject<Record<string, unknown>> | undefined> => {
  const { saved_objects: [item] } = await env.backend.repository.bulkGet<Record<string, unknown>>([{ type, id }], { namespace });
  return isBulkItemError(item) ? undefined : item;
};
const counterValue = async (namespace = 'default') => (await get(COUNTER, `counter-${namespace}`, namespace))?.attributes.count;
const run = (content: string, more: Parameters<typeof options>[1] = {}, namespace = 'default') =>
  importerOf(env).import(fileOf(content), options(namespace, more));

const FAMILY = ndjson(child('c1', 'p1'), plain('x1', 'plain one'), parent('p1', 'first parent'), DETAILS_LINE);

describe('import', () => {
  it('imports every object, parents before the children listed before them, and skips the details line', async () => {
    const result = await run(FAMILY);
    expect(result).toEqual({
      success: true,
      successCount: 3,
      successResults: [
        { type: PARENT, id: 'p1', meta: { title: 'Parent: first parent', icon: 'casesApp' } },
        { type: CHILD, id: 'c1', meta: {} },
        { type: PLAIN, id: 'x1', meta: { title: 'plain one' } },
      ],
      warnings: [],
    });
    const p1 = await get(PARENT, 'p1');
    expect(p1).toMatchObject({ attributes: { title: 'first parent', number: 1, importedBy: 'u_importer' }, created_by: 'u_importer' });
    expect(p1?.originId).toBeUndefined();
    expect(await get(NOTE, 'note-p1')).toMatchObject({ attributes: { text: 'imported first parent' }, references: [{ type: PARENT, id: 'p1' }] });
    expect((await get(CHILD, 'c1'))?.attributes).toEqual({ text: 'child of p1', parentId: 'p1', parentFound: true });
    expect((await get(PLAIN, 'x1'))?.attributes).toEqual({ title: 'plain one' });
    expect(await counterValue()).toBe(1);
    expect(spoolFiles(env)).toEqual([]);
  });

  it('reports conflicts on a second run and changes nothing; with overwrite it converges', async () => {
    await run(FAMILY);
    const before = await get(PARENT, 'p1');

    const again = await run(FAMILY);
    expect(again.success).toBe(false);
    expect(again.successCount).toBe(0);
    expect(again.successResults).toBeUndefined();
    expect(again.errors).toEqual([
      { type: CHILD, id: 'c1', meta: {}, error: { type: 'conflict' }, line: 1 },
      { type: PLAIN, id: 'x1', meta: { title: 'plain one' }, error: { type: 'conflict' }, line: 2 },
      { type: PARENT, id: 'p1', meta: { title: 'first parent', icon: 'casesApp' }, error: { type: 'conflict' }, line: 3 },
    ]);
    expect(await get(PARENT, 'p1')).toEqual(before);
    expect(await counterValue()).toBe(1);

    const overwritten = await run(FAMILY, { overwrite: true });
    expect(overwritten).toMatchObject({ success: true, successCount: 3 });
    expect(overwritten.successResults?.every((r) => r.overwrite === true)).toBe(true);
    const twice = await run(FAMILY, { overwrite: true });
    expect(twice).toMatchObject({ success: true, successCount: 3 });
    expect((await get(PARENT, 'p1'))?.attributes).toMatchObject({ title: 'first parent' });
    expect((await get(CHILD, 'c1'))?.attributes).toEqual({ text: 'child of p1', parentId: 'p1', parentFound: true });
  });

  it('makes new copies with new ids, references and the attribute derived from them rewritten', async () => {
    await run(FAMILY);
    const result = await run(FAMILY, { createNewCopies: true });
    expect(result.success).toBe(true);
    // Ids are given in file order during the first pass: c1, x1, p1.
    expect(env.ids).toEqual(['new-1', 'new-2', 'new-3']);
    expect(result.successResults).toEqual([
      { type: PARENT, id: 'p1', meta: { title: 'Parent: first parent', icon: 'casesApp' }, destinationId: 'new-3' },
      { type: CHILD, id: 'c1', meta: {}, destinationId: 'new-1' },
      { type: PLAIN, id: 'x1', meta: { title: 'plain one' }, destinationId: 'new-2' },
    ]);
    const copy = await get(CHILD, 'new-1');
    expect(copy?.references).toEqual([{ type: PARENT, id: 'new-3', name: 'parent' }]);
    expect(copy?.attributes.parentId).toBe('new-3');
    // Kibana's: new copies are objects of their own, without an origin.
    expect(copy?.originId).toBeUndefined();
    expect((await get(PARENT, 'new-3'))?.attributes.number).toBe(2);
    expect(await get(NOTE, 'note-new-3')).toBeDefined();
  });

  it('reports a child whose required parent is neither in the file nor in the space', async () => {
    const result = await run(ndjson(child('c1', 'missing-parent'), plain('x1', 'fine')));
    expect(result.successCount).toBe(1);
    expect(result.errors).toEqual([
      { type: CHILD, id: 'c1', meta: {}, error: { type: 'missing_references', references: [{ type: PARENT, id: 'missing-parent' }] }, line: 1 },
    ]);
    expect(await get(CHILD, 'c1')).toBeUndefined();
  });

  it('finds a required parent already in the space', async () => {
    await run(ndjson(parent('p1', 'first parent')));
    const result = await run(ndjson(child('c1', 'p1')));
    expect(result).toMatchObject({ success: true, successCount: 1 });
  });

  it("imports another build's type as the type that declares it an alias, conflicts included", async () => {
    const legacy = doc('test-legacy-plain', 'l1', { name: 'from an older build' }, { typeMigrationVersion: '10.2.0' });
    const result = await run(ndjson(legacy));
    expect(result.successResults).toEqual([{ type: PLAIN, id: 'l1', meta: { title: 'from an older build' } }]);
    expect((await get(PLAIN, 'l1'))?.attributes).toEqual({ title: 'from an older build' });
    const again = await run(ndjson(legacy));
    expect(again.errors).toEqual([expect.objectContaining({ type: PLAIN, id: 'l1', error: { type: 'conflict' }, line: 1 })]);
  });

  it('reports objects of unknown and non-importable types, and imports the rest', async () => {
    const result = await run(ndjson(doc(HIDDEN, 'h1', { title: 'secret' }), doc('nope', 'n1', {}), plain('x1', 'fine')));
    expect(result.successCount).toBe(1);
    expect(result.errors).toEqual([
      { type: HIDDEN, id: 'h1', meta: { title: 'secret' }, error: { type: 'unsupported_type' }, line: 1 },
      { type: 'nope', id: 'n1', meta: {}, error: { type: 'unsupported_type' }, line: 2 },
    ]);
  });

  it('reports malformed lines by number and imports every valid line', async () => {
    const content = [
      JSON.stringify(plain('x1', 'one')),
      '{"type": "test-plain", "id": ',
      '[1, 2]',
      JSON.stringify({ type: PLAIN, attributes: {} }),
      '   ',
      JSON.stringify({ type: PLAIN, id: 'x5', attributes: 'text' }),
      JSON.stringify({ ...plain('x6', 'refs'), references: [{ type: PARENT, id: 'p1' }] }),
      JSON.stringify(plain('x7', 'seven')),
    ].join('\r\n');
    const result = await run(content);
    expect(result.successResults?.map((r) => r.id)).toEqual(['x1', 'x7']);
    expect(result.errors?.map((e) => [e.line, e.id, e.type, e.meta.title])).toEqual([
      [2, '', '', 'Line 2'],
      [3, '', '', 'Line 3'],
      [4, '', PLAIN, 'Line 4'],
      [6, 'x5', PLAIN, 'Line 6'],
      [7, 'x6', PLAIN, 'Line 7'],
    ]);
    expect(result.errors?.map((e) => e.error)).toEqual([
      { type: 'unknown', statusCode: 400, message: expect.stringMatching(/^Line 2: not valid JSON \(/) },
      { type: 'unknown', statusCode: 400, message: 'Line 3: not a JSON object' },
      { type: 'unknown', statusCode: 400, message: 'Line 4: the object has no "id" string' },
      { type: 'unknown', statusCode: 400, message: 'Line 6: "attributes" must be an object' },
      { type: 'unknown', statusCode: 400, message: 'Line 7: "references" must be an array of objects with "type", "id" and "name" strings' },
    ]);
  });

  it('reports a document its type refuses, and a conversion that throws, without stopping', async () => {
    const result = await run(ndjson(doc(PARENT, 'p0', { owner: 'team' }, { typeMigrationVersion: '8.1.0' }), parent('p2', 'explode'), parent('p1', 'fine')));
    expect(result.successResults?.map((r) => r.id)).toEqual(['p1']);
    expect(result.errors).toEqual([
      { type: PARENT, id: 'p0', meta: { icon: 'casesApp' }, error: { type: 'unknown', statusCode: 400, message: 'Line 1: a parent needs a title' }, line: 1 },
      {
        type: PARENT, id: 'p2', meta: { title: 'explode', icon: 'casesApp' }, line: 2,
        error: { type: 'unknown', statusCode: 500, message: 'Line 2: converting it failed: boom' },
      },
    ]);
  });

  it('refuses the same object twice with 400 before writing anything', async () => {
    await expect(run(ndjson(plain('x1', 'a'), plain('x2', 'b'), plain('x1', 'again')))).rejects.toMatchObject({
      statusCode: 400,
      message: 'Non-unique import objects detected: [test-plain:x1]',
    });
    expect(await get(PLAIN, 'x2')).toBeUndefined();
  });

  it('runs migrations newer than the stamp, and refuses a document from a newer version', async () => {
    const result = await run(
      ndjson(
        doc(PARENT, 'old', { name: 'legacy name', owner: 'team' }, { migrationVersion: { [PARENT]: '7.10.0' } }),
        doc(PARENT, 'future', { title: 'future', owner: 'team' }, { typeMigrationVersion: '9.0.0' }),
        plain('v1', 'version one', { typeMigrationVersion: '10.1.0' }),
        plain('v2', 'version two'),
        doc(PLAIN, 'v9', { title: 'nine' }, { typeMigrationVersion: '10.9.0' }),
      ),
    );
    expect((await get(PARENT, 'old'))?.attributes).toMatchObject({ title: 'legacy name' });
    expect((await get(PLAIN, 'v1'))?.attributes).toEqual({ title: 'version one', migrated: true });
    expect((await get(PLAIN, 'v2'))?.attributes).toEqual({ title: 'version two' });
    expect(result.errors?.map((e) => [e.id, e.error])).toEqual([
      [
        'future',
        {
          type: 'unknown', statusCode: 400,
          message: 'Line 2: Document "future" has property "test-parent" which belongs to a more recent version of Kibana [9.0.0]. The last known version is [8.1.0]',
        },
      ],
      [
        'v9',
        {
          type: 'unknown', statusCode: 400,
          message: 'Line 5: Document "v9" has property "test-plain" which belongs to a more recent version of Kibana [10.9.0]. The last known version is [10.2.0]',
        },
      ],
    ]);
  });

  it('reports the objects a type refuses to authorize with 403', async () => {
    const result = await run(ndjson(doc(PARENT, 'p9', { title: 'theirs', owner: 'forbidden' }, { typeMigrationVersion: '8.1.0' }), parent('p1', 'ours')));
    expect(result.successResults?.map((r) => r.id)).toEqual(['p1']);
    expect(result.errors).toEqual([
      {
        type: PARENT, id: 'p9', meta: { title: 'theirs', icon: 'casesApp' }, line: 1,
        error: { type: 'unknown', statusCode: 403, message: 'Unauthorized to import a parent of owner [forbidden]' },
      },
    ]);
  });

  it("returns the types' import warnings for the objects written", async () => {
    const result = await run(ndjson(doc(PARENT, 'p1', { title: 'a', owner: 'team', flagged: true }, { typeMigrationVersion: '8.1.0' }), parent('p2', 'b')));
    expect(result.warnings).toEqual([{ type: 'action_required', message: '1 flagged', actionPath: '/app/parents' }]);
  });

  it('leaves nothing of an object whose unit of work fails', async () => {
    await env.backend.repository.create(NOTE, { text: 'in the way' }, { id: 'note-p1' });
    const result = await run(ndjson(parent('p1', 'blocked'), parent('p2', 'free')));
    expect(result.successResults?.map((r) => r.id)).toEqual(['p2']);
    expect(result.errors).toEqual([{ type: PARENT, id: 'p1', meta: { title: 'blocked', icon: 'casesApp' }, error: { type: 'conflict' }, line: 1 }]);
    expect(await get(PARENT, 'p1')).toBeUndefined();
    expect((await get(NOTE, 'note-p1'))?.attributes).toEqual({ text: 'in the way' });
    // p2's unit took number 1; p1's counter increment was rolled back with it.
    expect(await counterValue()).toBe(1);
  });

  it('imports into the space it is given and nowhere else', async () => {
    await run(FAMILY, {}, 'marketing');
    expect(await get(PARENT, 'p1', 'marketing')).toBeDefined();
    expect(await get(PARENT, 'p1')).toBeUndefined();
  });

  it('answers an empty file with nothing imported', async () => {
    expect(await run('')).toEqual({ success: true, successCount: 0, warnings: [] });
  });
});

/** An object that was copied from x1 and remembers it (as Kibana's exports carry `originId`). */
const copyOfX1 = (id: string) => plain(id, 'original', { originId: 'x1' });

describe('origin conflicts', () => {
  it('gives new copies no origin: importing the original again next to one is no conflict (Kibana)', async () => {
    await run(ndjson(plain('x1', 'original')), { createNewCopies: true }, 'copies');
    expect((await get(PLAIN, 'new-1', 'copies'))?.originId).toBeUndefined();
    const again = await run(ndjson(plain('x1', 'original')), {}, 'copies');
    expect(again).toMatchObject({ success: true, successCount: 1 });
  });

  it('names the one earlier copy of an object as a conflict, and overwrites it on request', async () => {
    await run(ndjson(copyOfX1('new-1')), {}, 'copies');
    const result = await run(ndjson(plain('x1', 'original again')), {}, 'copies');
    expect(result.errors).toEqual([{ type: PLAIN, id: 'x1', meta: { title: 'original again' }, error: { type: 'conflict', destinationId: 'new-1' }, line: 1 }]);

    const overwritten = await run(ndjson(plain('x1', 'original again')), { overwrite: true }, 'copies');
    expect(overwritten.successResults).toEqual([{ type: PLAIN, id: 'x1', meta: { title: 'original again' }, destinationId: 'new-1', overwrite: true }]);
    expect((await get(PLAIN, 'new-1', 'copies'))?.attributes.title).toBe('original again');
    expect(await get(PLAIN, 'x1', 'copies')).toBeUndefined();
  });

  it('reports the children of a parent in conflict as conflicts, not as missing their parent', async () => {
    const parentCopy = parent('pc', 'first parent', { originId: 'p1' });
    const childCopy = { ...child('cc', 'pc'), originId: 'c1' };
    await run(ndjson(parentCopy, childCopy), {}, 'copies');
    const result = await run(ndjson(child('c1', 'p1'), parent('p1', 'first parent')), {}, 'copies');
    expect(result.errors?.map(({ type, id, error }) => [type, id, error])).toEqual([
      [CHILD, 'c1', { type: 'conflict', destinationId: 'cc' }],
      [PARENT, 'p1', { type: 'conflict', destinationId: 'pc' }],
    ]);
  });

  it('reports several earlier copies as an ambiguous conflict', async () => {
    await run(ndjson(copyOfX1('new-1'), copyOfX1('new-2')), {}, 'copies');
    const result = await run(ndjson(plain('x1', 'original')), {}, 'copies');
    expect(result.errors).toHaveLength(1);
    const error = result.errors![0].error;
    expect(error.type).toBe('ambiguous_conflict');
    expect(error.type === 'ambiguous_conflict' && error.destinations.map((d) => [d.id, d.title]).sort()).toEqual([
      ['new-1', 'original'],
      ['new-2', 'original'],
    ]);
  });
});

describe('limits', () => {
  it('refuses more objects than the limit with 400 and writes nothing', async () => {
    await env.close();
    env = await importEnv({ maxImportExportSize: 3 });
    await expect(run(ndjson(plain('a', 'a'), plain('b', 'b'), plain('c', 'c'), DETAILS_LINE, plain('d', 'd')))).rejects.toMatchObject({
      statusCode: 400,
      message: "Can't import more than 3 objects",
    });
    expect(await get(PLAIN, 'a')).toBeUndefined();
    expect(spoolFiles(env)).toEqual([]);
    // The details line is not an object: three objects and it pass.
    expect((await run(ndjson(plain('a', 'a'), plain('b', 'b'), plain('c', 'c'), DETAILS_LINE))).successCount).toBe(3);
  });

  it('refuses a file past the payload limit with 413 and writes nothing', async () => {
    await env.close();
    env = await importEnv({ maxImportPayloadBytes: 200 });
    const content = ndjson(plain('a', 'a'), plain('b', 'b'), plain('c', 'c'));
    expect(Buffer.byteLength(content)).toBeGreaterThan(200);
    await expect(run(content)).rejects.toMatchObject({ statusCode: 413, message: 'Payload content length greater than maximum allowed: 200' });
    expect(await get(PLAIN, 'a')).toBeUndefined();
    expect(spoolFiles(env)).toEqual([]);
  });
});

describe('resolveImportErrors', () => {
  const resolve = (content: string, retries: Parameters<ReturnType<typeof importerOf>['resolveImportErrors']>[1], more = {}) =>
    importerOf(env).resolveImportErrors(fileOf(content), retries, options('default', more));

  it('imports only the retried objects, overwriting where the retry says so', async () => {
    await run(FAMILY);
    const changed = ndjson(child('c1', 'p1', 'changed child'), plain('x1', 'changed plain'), parent('p1', 'changed parent'));
    const result = await resolve(changed, [{ type: PLAIN, id: 'x1', overwrite: true }, { type: CHILD, id: 'c1' }]);
    expect(result.successResults).toEqual([{ type: PLAIN, id: 'x1', meta: { title: 'changed plain' }, overwrite: true }]);
    expect(result.errors).toEqual([{ type: CHILD, id: 'c1', meta: {}, error: { type: 'conflict' }, line: 1 }]);
    expect((await get(PLAIN, 'x1'))?.attributes.title).toBe('changed plain');
    expect((await get(PARENT, 'p1'))?.attributes.title).toBe('first parent');
  });

  it('writes under a destinationId and rewrites references to it', async () => {
    await run(FAMILY);
    const result = await resolve(FAMILY, [
      { type: PARENT, id: 'p1', destinationId: 'p1-copy' },
      { type: CHILD, id: 'c1', destinationId: 'c1-copy' },
    ]);
    expect(result.success).toBe(true);
    expect(result.successResults).toEqual([
      { type: PARENT, id: 'p1', meta: { title: 'Parent: first parent', icon: 'casesApp' }, destinationId: 'p1-copy' },
      { type: CHILD, id: 'c1', meta: {}, destinationId: 'c1-copy' },
    ]);
    expect((await get(CHILD, 'c1-copy'))?.attributes.parentId).toBe('p1-copy');
    expect((await get(PARENT, 'p1-copy'))?.originId).toBe('p1');
  });

  it('replaces references before checking them, and imports despite missing ones on request', async () => {
    await run(ndjson(parent('p1', 'first parent')));
    const file = ndjson(child('c1', 'gone'), child('c2', 'gone'));
    const replaced = await resolve(file, [{ type: CHILD, id: 'c1', replaceReferences: [{ type: PARENT, from: 'gone', to: 'p1' }] }]);
    expect(replaced.success).toBe(true);
    expect((await get(CHILD, 'c1'))?.attributes.parentId).toBe('p1');

    const ignored = await resolve(file, [{ type: CHILD, id: 'c2', ignoreMissingReferences: true }]);
    expect(ignored.success).toBe(true);
    expect((await get(CHILD, 'c2'))?.attributes).toEqual({ text: 'child of gone', parentId: 'gone', parentFound: false });
  });

  it('gives a createNewCopy retry a new id, and regenerates all with createNewCopies', async () => {
    await run(FAMILY);
    const one = await resolve(FAMILY, [{ type: PLAIN, id: 'x1', createNewCopy: true }]);
    expect(one.successResults).toEqual([{ type: PLAIN, id: 'x1', meta: { title: 'plain one' }, destinationId: 'new-1', createNewCopy: true }]);
    const all = await resolve(FAMILY, [{ type: PARENT, id: 'p1' }, { type: CHILD, id: 'c1' }], { createNewCopies: true });
    expect(all.success).toBe(true);
    expect(all.successResults?.map((r) => [r.id, r.destinationId])).toEqual([['p1', 'new-3'], ['c1', 'new-2']]);
    expect((await get(CHILD, 'new-2'))?.attributes.parentId).toBe('new-3');
  });

  it('refuses retries naming one object twice, or one destination twice', async () => {
    await expect(resolve(FAMILY, [{ type: PLAIN, id: 'x1' }, { type: PLAIN, id: 'x1', overwrite: true }])).rejects.toMatchObject({
      statusCode: 400,
      message: 'Non-unique retry objects: [test-plain:x1]',
    });
    await expect(
      resolve(FAMILY, [{ type: PLAIN, id: 'x1', destinationId: 'd' }, { type: PLAIN, id: 'x2', destinationId: 'd' }]),
    ).rejects.toMatchObject({ statusCode: 400, message: 'Non-unique retry destinations: [test-plain:d]' });
  });
});
