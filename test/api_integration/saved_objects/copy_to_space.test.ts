/* eslint-disable @typescript-eslint/no-explicit-any -- copy answers are untyped JSON */
/**
 * Copy to space with a conflict, resolved both ways: two cases copied to `soc-eu` under their own
 * ids, copied again (a conflict for every object), then (a) resolved by overwriting, which brings
 * the source's changes over, and (b) resolved by new copies, whose comments and user actions follow
 * the new case ids (read through the new cases).
 */
import { addComment, createCase, createSpace, expectStatus, patchCase, useCasesServer } from '../cases/cases_api';
import { caseIds, comparable, readCaseBack } from './exchange_helpers';

jest.setTimeout(60_000);

const api = useCasesServer();
const COPY = '/api/spaces/_copy_saved_objects';
const RESOLVE = '/api/spaces/_resolve_copy_saved_objects_errors';
const SPACE = 'soc-eu';

let ids: string[];
const objects = () => ids.map((id) => ({ type: 'cases', id }));
const copy = async () => {
  const res = await api.call('POST', COPY, { body: { spaces: [SPACE], objects: objects(), createNewCopies: false } });
  expectStatus(res, 200);
  return res.body[SPACE];
};
const resolve = async (retries: unknown[]) => {
  const res = await api.call('POST', RESOLVE, { body: { objects: objects(), createNewCopies: false, retries: { [SPACE]: retries } } });
  expectStatus(res, 200);
  return res.body[SPACE];
};

beforeAll(async () => {
  await createSpace(api, SPACE);
  const a = await createCase(api, { title: 'Copied case A' });
  const b = await createCase(api, { title: 'Copied case B' });
  await addComment(api, a.id, 'A first comment');
  await addComment(api, a.id, 'A second comment');
  await addComment(api, b.id, 'B comment');
  ids = [a.id, b.id];
});

describe('copy to soc-eu with a conflict', () => {
  let conflicts: any[];

  it('copies under the same ids, then reports every object as a conflict the second time', async () => {
    const first = await copy();
    expect(first.success).toBe(true);
    expect(first.successResults.every((r: any) => r.destinationId === undefined)).toBe(true);
    expect((await caseIds(api, SPACE)).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(comparable(await readCaseBack(api, id, SPACE))).toEqual(comparable(await readCaseBack(api, id)));

    const second = await copy();
    expect(second).toMatchObject({ success: false, successCount: 0 });
    conflicts = second.errors;
    expect(conflicts.length).toBe(first.successCount);
    expect(conflicts.every((e: any) => e.error.type === 'conflict')).toBe(true);
    expect(conflicts.filter((e: any) => e.type === 'cases').map((e: any) => e.id).sort()).toEqual([...ids].sort());
    expect((await caseIds(api, SPACE)).sort()).toEqual([...ids].sort());
  });

  it('(a) resolved by overwriting: the source’s changes arrive in soc-eu', async () => {
    const source = (await api.call('GET', `/api/cases/${ids[0]}`)).body;
    expectStatus(await patchCase(api, source, { title: 'Copied case A, renamed' }), 200);
    // The rename's user action is new: no conflict, so a retry names it to bring it along
    // (a resolve imports only the objects its retries name, as Kibana's does).
    const known = new Set(conflicts.map((e: any) => e.id));
    const added = (await readCaseBack(api, ids[0])).userActions.filter((a) => !known.has(a.id));
    expect(added.map((a) => a.type)).toEqual(['title']);

    const retries = [...conflicts.map((e: any) => ({ type: e.type, id: e.id, overwrite: true })), { type: 'cases-user-actions', id: added[0].id }];
    const res = await resolve(retries);
    expect(res).toMatchObject({ success: true, successCount: retries.length });
    const copied = await readCaseBack(api, ids[0], SPACE);
    expect(copied.theCase.title).toBe('Copied case A, renamed');
    expect(copied.comments.map((c) => c.comment)).toEqual(['A first comment', 'A second comment']);
    expect(comparable(copied)).toEqual(comparable(await readCaseBack(api, ids[0])));
  });

  it('(b) resolved by new copies: new cases whose comments and user actions point at them', async () => {
    const again = await copy();
    expect(again.success).toBe(false);
    const res = await resolve(again.errors.map((e: any) => ({ type: e.type, id: e.id, createNewCopy: true })));
    expect(res.success).toBe(true);
    const idMap: Record<string, string> = Object.fromEntries(res.successResults.map((r: any) => [r.id, r.destinationId]));
    for (const [from, to] of Object.entries(idMap)) {
      expect(to).toEqual(expect.any(String));
      expect(to).not.toBe(from);
    }
    // soc-eu holds the overwritten copies and the new ones.
    const newCases = ids.map((id) => idMap[id]);
    expect((await caseIds(api, SPACE)).sort()).toEqual([...ids, ...newCases].sort());
    for (const id of ids) {
      const copy = await readCaseBack(api, idMap[id], SPACE);
      expect(copy.theCase.id).toBe(idMap[id]);
      expect(copy.comments.length).toBeGreaterThan(0);
      // Each comment of the copy is a new object, its `create` user action points at it.
      const commentIds = copy.comments.map((c) => c.id);
      for (const commentId of commentIds) expect(Object.values(idMap)).toContain(commentId);
      expect(copy.userActions.filter((a) => a.type === 'comment').map((a) => a.comment_id)).toEqual(commentIds);
      expect(comparable(copy, idMap, 'copy')).toEqual(comparable(await readCaseBack(api, id), idMap, 'source'));
      // The comments found through the new case are its own.
      const found = await api.call('GET', `/s/${SPACE}/api/cases/${idMap[id]}/comments/_find?perPage=100`);
      expectStatus(found, 200);
      expect(found.body.comments.map((c: any) => c.id).sort()).toEqual([...commentIds].sort());
    }
  });
});
