/**
 * A functional check, not a timing one: a file of 100,000 small objects imports whole while the
 * heap grows by far less than the file (the import holds an index of its lines and a batch of
 * documents, plus the answer's list of what was written). Throughput is printed, not asserted.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { importEnv, importerOf, options, PLAIN, spoolFiles, type ImportEnv } from './test_fixtures';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const OBJECTS = 100_000;
// A busy machine writes slowly; only a wrong result may fail this test.
jest.setTimeout(15 * 60_000);
const BODY = 'lorem ipsum dolor sit amet '.repeat(24);

let env: ImportEnv;
beforeAll(async () => {
  env = await importEnv({}, 'memory');
});
afterAll(() => env.close());

async function writeFile(path: string): Promise<void> {
  const out = createWriteStream(path);
  for (let i = 0; i < OBJECTS; i++) {
    const line = JSON.stringify({ type: PLAIN, id: `obj-${i}`, attributes: { title: `object ${i}`, body: BODY }, references: [], typeMigrationVersion: '10.2.0' });
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const heapAfterGc = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

it('imports 100,000 objects with heap growth well under the file size', async () => {
  const path = join(env.dir, 'big.ndjson');
  await writeFile(path);
  const fileBytes = statSync(path).size;

  const before = heapAfterGc();
  // In a function of its own, so that nothing of the suspended test (an awaited value) keeps the answer once it returns.
  const importOnce = async () => {
    const started = Date.now();
    // Through a PassThrough, as an upload arrives: the importer spools it rather than reading the file in place.
    const result = await importerOf(env).import(createReadStream(path).pipe(new PassThrough()), options('default'));
    return {
      seconds: (Date.now() - started) / 1000,
      growth: heapAfterGc() - before,
      success: result.success,
      successCount: result.successCount,
      listed: result.successResults?.length,
    };
  };
  const { seconds, growth, ...summary } = await importOnce();
  const retained = heapAfterGc() - before;

  expect(summary).toEqual({ success: true, successCount: OBJECTS, listed: OBJECTS });
  expect((await env.backend.repository.find({ type: PLAIN, perPage: 0 })).total).toBe(OBJECTS);
  expect(spoolFiles(env)).toEqual([]);
  // The answer lists 100,000 results (a few hundred bytes each); the index lives outside the heap.
  expect(growth).toBeLessThan(fileBytes / 2);
  expect(growth / OBJECTS).toBeLessThan(500);
  // Once the answer is dropped, nothing of the file or its index stays behind.
  expect(retained).toBeLessThan(8 * 1024 * 1024);
  // eslint-disable-next-line no-console
  console.log(
    `import of ${OBJECTS} objects (${(fileBytes / 1e6).toFixed(1)} MB): ${seconds.toFixed(1)} s, ` +
      `${Math.round(OBJECTS / seconds)} objects/s, heap growth ${(growth / 1e6).toFixed(1)} MB with the answer, ${(retained / 1e6).toFixed(1)} MB without`,
  );
});
