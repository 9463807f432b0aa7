/**
 * Copy to space against docs/openapi.yaml: `_copy_saved_objects` (new copies by default, a
 * conflict without them, overwrite) and `_resolve_copy_saved_objects_errors` (the conflict
 * resolved by overwriting), and their refusals.
 */
import { addComment, createCase, createSpace, expectStatus, findCases, RUN, useCasesServer } from '../cases/cases_api';
import { BAD_CREDENTIALS } from './exchange_api';

jest.setTimeout(60_000);

const api = useCasesServer();
const COPY = '/api/spaces/_copy_saved_objects';
const RESOLVE = '/api/spaces/_resolve_copy_saved_objects_errors';

describe('POST /api/spaces/_copy_saved_objects', () => {
  it('copies a case with its comment into another space as a new copy', async () => {
    const target = `so-copy-${RUN}`;
    await createSpace(api, target);
    const created = await createCase(api);
    await addComment(api, created.id, 'copied along');
    const res = await api.call('POST', COPY, { body: { spaces: [target], objects: [{ type: 'cases', id: created.id }] } });
    expectStatus(res, 200);
    expect(res.body[target]).toMatchObject({ success: true });
    const copy = res.body[target].successResults.find((r: { type: string; id: string }) => r.type === 'cases' && r.id === created.id);
    expect(copy.destinationId).toEqual(expect.any(String));
    expect(copy.destinationId).not.toBe(created.id);
    const found = await findCases(api, { search: created.title, perPage: 10 }, target);
    expect(found.body.cases.map((c: { id: string }) => c.id)).toContain(copy.destinationId);
  });

  it('reports a conflict without new copies, and resolves it by overwriting', async () => {
    const target = `so-conf-${RUN}`;
    await createSpace(api, target);
    const created = await createCase(api);
    const objects = [{ type: 'cases', id: created.id }];
    const first = await api.call('POST', COPY, { body: { spaces: [target], objects, createNewCopies: false } });
    expectStatus(first, 200);
    expect(first.body[target].success).toBe(true);

    const second = await api.call('POST', COPY, { body: { spaces: [target], objects, createNewCopies: false } });
    expectStatus(second, 200);
    expect(second.body[target].success).toBe(false);
    const conflicts = second.body[target].errors.filter((e: { error: { type: string } }) => e.error.type === 'conflict');
    expect(conflicts.length).toBeGreaterThan(0);

    const retries = { [target]: conflicts.map((e: { type: string; id: string }) => ({ type: e.type, id: e.id, overwrite: true })) };
    const resolved = await api.call('POST', RESOLVE, { body: { objects, createNewCopies: false, retries } });
    expectStatus(resolved, 200);
    expect(resolved.body[target]).toMatchObject({ success: true, successCount: conflicts.length });

    const overwritten = await api.call('POST', COPY, { body: { spaces: [target], objects, createNewCopies: false, overwrite: true } });
    expectStatus(overwritten, 200);
    expect(overwritten.body[target].success).toBe(true);
  });

  it('answers a destination that names no space in its entry', async () => {
    const created = await createCase(api);
    const res = await api.call('POST', COPY, { body: { spaces: [`nowhere-${RUN}`], objects: [{ type: 'cases', id: created.id }] } });
    expectStatus(res, 200);
    expect(res.body[`nowhere-${RUN}`]).toEqual({
      success: false,
      successCount: 0,
      errors: [{ statusCode: 404, error: 'Not Found', message: `Saved object [space/nowhere-${RUN}] not found` }],
    });
  });

  it('refuses bad bodies with 400, a missing object with 404, bad credentials with 401', async () => {
    const objects = [{ type: 'cases', id: 'no-such-case' }];
    expectStatus(await api.call('POST', COPY, { body: { spaces: ['default'], objects, overwrite: true } }), 400, /cannot use \[overwrite\] with \[createNewCopies\]/);
    expectStatus(await api.call('POST', COPY, { body: { spaces: ['a', 'a'], objects } }), 400, /duplicate space ids are not allowed/);
    expectStatus(await api.call('POST', COPY, { body: { spaces: ['Not Valid'], objects } }), 400);
    expectStatus(await api.call('POST', COPY, { body: { spaces: ['default'], objects } }), 404, /^Saved objects not found$/);
    expectStatus(await api.call('POST', COPY, { body: { spaces: ['default'], objects }, headers: BAD_CREDENTIALS }), 401);
  });
});

describe('POST /api/spaces/_resolve_copy_saved_objects_errors', () => {
  it('refuses a retries key that is no space id, and exclusive flags, with 400', async () => {
    const objects = [{ type: 'cases', id: 'x' }];
    expectStatus(await api.call('POST', RESOLVE, { body: { objects, retries: { 'Not A Space': [] } } }), 400, /Invalid space id: Not A Space/);
    expectStatus(await api.call('POST', RESOLVE, { body: { objects, retries: {}, compatibilityMode: true } }), 400);
    expectStatus(await api.call('POST', RESOLVE, { body: { objects, retries: {} }, headers: BAD_CREDENTIALS }), 401);
  });
});
