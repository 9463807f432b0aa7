/* eslint-disable @typescript-eslint/no-explicit-any -- import answers are untyped JSON */
/**
 * What an import refuses, and what it still imports beside it: every bad line (malformed JSON,
 * not an object, an unknown or non-importable type, a case its codec refuses, a comment whose case
 * is nowhere) is one error with its line, and every valid object of the same file imports. Whole
 * requests are refused for a wrong extension, exclusive flags, too many objects or too many bytes,
 * with nothing written. Large files (50 MB, 100,000 lines) are answered correctly while the
 * server's peak memory stays bounded: functional checks of the streaming import, no timing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSpace, expectStatus, RUN, startCasesServer, useCasesServer, type CasesTestServer } from '../cases/cases_api';
import { upload } from './exchange_api';
import { caseDoc, caseIds, commentDoc, IMPORT, importNdjson, peakRssKb } from './exchange_helpers';

jest.setTimeout(120_000);

const api = useCasesServer();

describe('bad lines are reported one by one, with their line, and the rest imports', () => {
  it('reports malformed JSON, non-objects, unknown and non-importable types, codec failures and orphan comments', async () => {
    const space = `ie-lines-${RUN}`;
    await createSpace(api, space);
    const lines = [
      JSON.stringify(caseDoc('ok-1')), // 1
      '{"type":"cases",', // 2 malformed
      '[1,2]', // 3 not an object
      '"a string"', // 4 not an object
      JSON.stringify({ type: 'no-such-type', id: 'x', attributes: {}, references: [] }), // 5 unknown type
      JSON.stringify({ type: 'space', id: 'sp', attributes: { name: 'sp' }, references: [] }), // 6 not importable
      JSON.stringify({ type: 'cases-configure', id: 'cc', attributes: {}, references: [] }), // 7 not importable
      JSON.stringify(caseDoc('bad-status', { status: 99 })), // 8 refused by the codec
      JSON.stringify(commentDoc('orphan', 'no-such-case')), // 9 its case is nowhere
      '', // 10 blank: skipped, still counted
      JSON.stringify(caseDoc('ok-2')), // 11
      JSON.stringify(commentDoc('ok-comment', 'ok-2')), // 12
    ];
    const res = await importNdjson(api, lines.join('\n'), { space });
    expect(res.body).toMatchObject({ success: false, successCount: 3 });
    expect(res.body.successResults.map((r: any) => `${r.type}:${r.id}`).sort()).toEqual(['cases-comments:ok-comment', 'cases:ok-1', 'cases:ok-2']);
    const errors = res.body.errors.map((e: any) => [e.line, e.type, e.id, e.error.type]);
    expect(errors).toEqual([
      [2, '', '', 'unknown'],
      [3, '', '', 'unknown'],
      [4, '', '', 'unknown'],
      [5, 'no-such-type', 'x', 'unsupported_type'],
      [6, 'space', 'sp', 'unsupported_type'],
      [7, 'cases-configure', 'cc', 'unsupported_type'],
      [8, 'cases', 'bad-status', 'unknown'],
      [9, 'cases-comments', 'orphan', 'missing_references'],
    ]);
    expect(res.body.errors[0].error.message).toMatch(/^Line 2: not valid JSON/);
    expect(res.body.errors[6].error.message).toMatch(/^Line 8: status \[99\]/);
    expect(res.body.errors[7].error.references).toEqual([{ type: 'cases', id: 'no-such-case' }]);

    // Only the valid objects were written: two cases, the one comment on the second.
    expect((await caseIds(api, space)).sort()).toEqual(['ok-1', 'ok-2']);
    expectStatus(await api.call('GET', `/s/${space}/api/cases/bad-status`), 404);
    const comments = await api.call('GET', `/s/${space}/api/cases/ok-2/comments`);
    expect(comments.body.map((c: any) => c.id)).toEqual(['ok-comment']);
  });

  it('refuses a wrong extension and overwrite with createNewCopies, writing nothing', async () => {
    const space = `ie-refuse-${RUN}`;
    await createSpace(api, space);
    const ndjson = JSON.stringify(caseDoc('never'));
    expectStatus(await upload(api, IMPORT, { ndjson, space, filename: 'export.json' }), 400, /^Invalid file extension \.json$/);
    expectStatus(await upload(api, IMPORT, { ndjson, space, filename: 'export' }), 400, /^Invalid file extension $/);
    expectStatus(await upload(api, IMPORT, { ndjson, space, query: { overwrite: true, createNewCopies: true } }), 400, /cannot use \[overwrite\] with \[createNewCopies\]/);
    expect(await caseIds(api, space)).toEqual([]);
  });
});

describe('limits (a server started with maxImportExportSize 50 and maxImportPayloadBytes 1mb)', () => {
  let small: CasesTestServer;
  beforeAll(async () => {
    const configFile = join(mkdtempSync(join(tmpdir(), 'so-limits-')), 'cases.yml');
    writeFileSync(configFile, 'savedObjects.maxImportExportSize: 50\nsavedObjects.maxImportPayloadBytes: 1mb\n');
    small = await startCasesServer({ args: ['--config', configFile] });
  });
  afterAll(() => small?.server.stop());

  it('refuses a file of more objects than the limit with 400 and writes none of them', async () => {
    const fifty = Array.from({ length: 50 }, (_, i) => JSON.stringify(caseDoc(`lim-${i}`)));
    const over = [...fifty, JSON.stringify(caseDoc('lim-50'))].join('\n');
    expectStatus(await upload(small, IMPORT, { ndjson: over }), 400, /Can't import more than 50 objects/);
    expect(await caseIds(small)).toEqual([]);
    // At the limit it imports.
    const res = await upload(small, IMPORT, { ndjson: fifty.join('\n') });
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ success: true, successCount: 50 });
  });

  it('refuses a file larger than the byte limit with 413 and writes nothing', async () => {
    // Three cases padded past 1 MiB together.
    const pad = 'x'.repeat(400_000);
    const big = ['big-1', 'big-2', 'big-3'].map((id) => JSON.stringify(caseDoc(id, { description: pad }))).join('\n');
    const res = await upload(small, IMPORT, { ndjson: big });
    expectStatus(res, 413);
    for (const id of ['big-1', 'big-2', 'big-3']) expectStatus(await small.call('GET', `/api/cases/${id}`), 404);
  });
});

describe('large files at the default limits (bounded memory: functional checks, no timing)', () => {
  /** Generous: the server idles far below it, and a whole 50 MB file held as strings in memory (UTF-16, parsed copies) would pass it. */
  const RSS_BOUND_KB = 600 * 1024;

  it('a 50 MB file of 500 cases with 100 KB descriptions is answered object by object', async () => {
    const space = `ie-50mb-${RUN}`;
    await createSpace(api, space);
    const pad = 'd'.repeat(100 * 1024);
    const ndjson = Array.from({ length: 500 }, (_, i) => JSON.stringify(caseDoc(`mb-${i}`, { description: pad }))).join('\n');
    expect(ndjson.length).toBeGreaterThan(50_000_000);
    const res = await importNdjson(api, ndjson, { space });
    // Whether the description's length limit refuses them or not, each case has its one answer.
    const answered = (res.body.successResults ?? []).length + (res.body.errors ?? []).length;
    expect(answered).toBe(500);
    expect(res.body.successCount).toBe((res.body.successResults ?? []).length);
    for (const e of res.body.errors ?? []) expect(e).toMatchObject({ type: 'cases', error: { type: 'unknown' }, line: expect.any(Number) });
    expect(peakRssKb(api.server.child.pid!)).toBeLessThan(RSS_BOUND_KB);
  });

  it('a file of 100,000 lines is answered line by line', async () => {
    const space = `ie-100k-${RUN}`;
    await createSpace(api, space);
    // Tiny lines of a type that is not importable, and two cases among them.
    const lines = Array.from({ length: 100_000 }, (_, i) => `{"type":"space","id":"s${i}","attributes":{},"references":[]}`);
    lines[0] = JSON.stringify(caseDoc('first-of-100k'));
    lines[99_999] = JSON.stringify(caseDoc('last-of-100k'));
    const res = await importNdjson(api, lines.join('\n'), { space });
    expect(res.body.successCount).toBe(2);
    expect(res.body.errors).toHaveLength(99_998);
    expect(res.body.errors[0]).toMatchObject({ line: 2, type: 'space', id: 's1', error: { type: 'unsupported_type' } });
    expect(res.body.errors[99_997]).toMatchObject({ line: 99_999, id: 's99998' });
    expect((await caseIds(api, space)).sort()).toEqual(['first-of-100k', 'last-of-100k']);
    expect(peakRssKb(api.server.child.pid!)).toBeLessThan(RSS_BOUND_KB);
  });
});
