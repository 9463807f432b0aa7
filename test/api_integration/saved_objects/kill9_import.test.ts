/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are untyped */
/**
 * A kill -9 in the middle of an import leaves whole objects only: the server is killed while it
 * imports 3,000 cases with two comments each, restarted on the same data folder, and every case
 * it holds then reads back whole (its fields valid against the document, its comments readable and
 * each one whole); the spooled upload is swept at the start; re-running the import with overwrite completes it.
 */
import { existsSync, readdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { expectStatus, inBatches, startCasesServer, type CasesTestServer } from '../cases/cases_api';
import { upload } from './exchange_api';
import { caseDoc, commentDoc, getJson, IMPORT, importNdjson, toNdjson } from './exchange_helpers';

jest.setTimeout(180_000);

const CASES = 3_000;
const docs = Array.from({ length: CASES }, (_, i) => [caseDoc(`k9-${i}`), commentDoc(`k9-${i}-a`, `k9-${i}`), commentDoc(`k9-${i}-b`, `k9-${i}`)]).flat();
const file = toNdjson(docs);

let api: CasesTestServer | undefined;
afterAll(() => api?.server.stop());

const total = async (server: CasesTestServer) => (await getJson(server, '/api/cases/_find?perPage=1')).total as number;

async function allCaseIds(server: CasesTestServer): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const found = await getJson(server, `/api/cases/_find?perPage=100&page=${page}&sortField=createdAt`);
    ids.push(...found.cases.map((c: any) => c.id));
    if (found.cases.length < 100) return ids;
  }
}

it('leaves whole objects after a kill -9 mid-import, and a re-run with overwrite completes it', async () => {
  const first = await startCasesServer();
  api = first;
  // The upload runs while the test watches the cases arrive; the kill cuts its answer.
  const pending = upload(first, IMPORT, { ndjson: file }).then(
    () => 'answered',
    () => 'cut',
  );
  let seen = 0;
  while (seen < 50) {
    seen = await total(first);
    if (seen >= CASES) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  await first.server.kill('SIGKILL');
  // Killed part-way: some cases were written, not all (else the file is too small to test this).
  expect(await pending).toBe('cut');
  expect(seen).toBeLessThan(CASES);

  // The killed import's spooled upload stays behind; the next start sweeps spools older than
  // an hour (younger ones may belong to a live import), so this one is aged first.
  const spool = join(first.server.dataDir, 'tmp/imports');
  const left = existsSync(spool) ? readdirSync(spool) : [];
  expect(left).toHaveLength(1);
  const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
  for (const name of left) utimesSync(join(spool, name), twoHoursAgo, twoHoursAgo);

  const second = await startCasesServer({ dataDir: first.server.dataDir });
  api = second;
  expect(readdirSync(spool)).toEqual([]);

  const present = await allCaseIds(second);
  expect(present.length).toBeGreaterThanOrEqual(seen);
  expect(present.length).toBeLessThanOrEqual(CASES);
  const numbers = new Set<number>();
  await inBatches(present.length, 8, async (i) => {
    // Each answer is checked against the document: a torn case would not pass it.
    const theCase = await getJson(second, `/api/cases/${present[i]}`);
    expect(theCase).toMatchObject({ id: present[i], title: `imported ${present[i]}`, description: 'from a file', status: 'open', owner: 'cases' });
    numbers.add(theCase.incremental_id);
    const comments = await second.call('GET', `/api/cases/${present[i]}/comments`);
    expectStatus(comments, 200);
    for (const c of comments.body) expect(c).toMatchObject({ type: 'user', comment: `comment ${c.id}`, owner: 'cases' });
  });
  // One number per case: no case was written twice, none without its number.
  expect(numbers.size).toBe(present.length);

  const rerun = await importNdjson(second, file, { overwrite: true });
  expect(rerun.body).toMatchObject({ success: true, successCount: docs.length });
  expect(await total(second)).toBe(CASES);
  const sample = [0, Math.floor(CASES / 2), CASES - 1].map((i) => `k9-${i}`);
  for (const id of sample) {
    const comments = await getJson(second, `/api/cases/${id}/comments`);
    expect(comments.map((c: any) => c.id).sort()).toEqual([`${id}-a`, `${id}-b`]);
  }
});
