/**
 * Behaviours where Kibana's Cases API is the specification (issue 9, item 8). Each test names
 * the Kibana source it follows.
 */
import { CASE_COMMENT_SAVED_OBJECT, CASE_SAVED_OBJECT, CASE_USER_ACTION_SAVED_OBJECT, MAX_USER_ACTIONS_PER_CASE } from '../../../common/constants';
import { f } from '../../core';
import { createHarness, newCase, type Harness } from '../__fixtures__/client_harness';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(() => h.close());

const countOf = async (type: string, caseId: string) => (await h.objects().find({ type, filter: f.term('case_id', caseId), perPage: 0 })).total;

describe('delete (Kibana: server/client/cases/delete.ts; cases_api_integration .../cases/delete_cases.ts)', () => {
  it('removes the case, its comments and all its user actions, writing no delete_case action', async () => {
    const client = h.client();
    const gone = await client.cases.create(newCase());
    const kept = await client.cases.create(newCase());
    await client.attachments.add(gone.id, { type: 'user', comment: 'x', owner: 'securitySolution' });
    await client.cases.update({ cases: [{ id: gone.id, version: (await client.cases.get(gone.id)).version, title: 'renamed' }] });

    await client.cases.delete([gone.id]);

    await expect(client.cases.get(gone.id)).rejects.toMatchObject({ statusCode: 404 });
    expect(await countOf(CASE_COMMENT_SAVED_OBJECT, gone.id)).toBe(0);
    expect(await countOf(CASE_USER_ACTION_SAVED_OBJECT, gone.id)).toBe(0);
    expect(await countOf(CASE_USER_ACTION_SAVED_OBJECT, kept.id)).toBe(1);
  });

  it('records each deletion in the audit log instead, once the unit is written', async () => {
    const client = h.client();
    const a = await client.cases.create(newCase({ title: 'a' }));
    const b = await client.cases.create(newCase({ title: 'b', owner: 'observability' }));
    await client.cases.delete([a.id, b.id, a.id]);
    expect(h.audited).toEqual([
      expect.objectContaining({
        event: expect.objectContaining({ action: 'case_delete', type: ['deletion'], outcome: 'success' }),
        user: expect.objectContaining({ name: 'elastic' }),
        kibana: { space_id: 'default', saved_object: { type: CASE_SAVED_OBJECT, id: a.id, name: 'a' } },
      }),
      expect.objectContaining({ kibana: expect.objectContaining({ saved_object: expect.objectContaining({ id: b.id }) }) }),
    ]);
  });

  it('deletes nothing and audits nothing when one id is missing or forbidden', async () => {
    const client = h.client();
    const c = await client.cases.create(newCase({ owner: 'observability' }));
    await expect(client.cases.delete([c.id, 'missing'])).rejects.toMatchObject({ statusCode: 404 });
    h.allowed.owners = ['securitySolution'];
    await expect(client.cases.delete([c.id])).rejects.toMatchObject({ statusCode: 403 });
    h.allowed.owners = undefined;
    expect((await client.cases.get(c.id)).id).toBe(c.id);
    expect(await countOf(CASE_USER_ACTION_SAVED_OBJECT, c.id)).toBe(1);
    expect(h.audited).toEqual([]);
  });
});

describe('create and update as units of work', () => {
  it('numbers the case from the counter of its own unit and writes its create_case action with it', async () => {
    const client = h.client();
    const first = await client.cases.create(newCase());
    const second = await client.cases.create(newCase());
    expect([first.incremental_id, second.incremental_id]).toEqual([1, 2]);
    expect(await countOf(CASE_USER_ACTION_SAVED_OBJECT, second.id)).toBe(1);
  });

  it('a stale version anywhere refuses the whole request with Kibana\'s 409, logging nothing (Kibana: server/client/cases/bulk_update.ts)', async () => {
    const client = h.client();
    const a = await client.cases.create(newCase({ title: 'a' }));
    const b = await client.cases.create(newCase({ title: 'b' }));
    await client.cases.update({ cases: [{ id: b.id, version: b.version, title: 'b2' }] });
    await expect(
      client.cases.update({ cases: [{ id: a.id, version: a.version, title: 'a2' }, { id: b.id, version: b.version, title: 'b3' }] }),
    ).rejects.toMatchObject({ statusCode: 409, message: `These cases ${b.id} has been updated. Please refresh before saving additional updates.` });
    expect((await client.cases.get(a.id)).title).toBe('a');
    expect(await countOf(CASE_USER_ACTION_SAVED_OBJECT, a.id)).toBe(1);
  });

  it('of two writers holding one version, one wins and the other gets the same 409, even past the read-time check', async () => {
    const client = h.client();
    const c = await client.cases.create(newCase());
    const results = await Promise.allSettled(
      ['x', 'y'].map((title) => client.cases.update({ cases: [{ id: c.id, version: c.version, title }] })),
    );
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')!;
    expect(refused.reason).toMatchObject({ statusCode: 409, message: `These cases ${c.id} has been updated. Please refresh before saving additional updates.` });
    expect(await countOf(CASE_USER_ACTION_SAVED_OBJECT, c.id)).toBe(2);
  });

  it('refuses an update that would pass 10,000 user actions on a case, writing nothing (Kibana: bulk_update.ts)', async () => {
    const client = h.client();
    const c = await client.cases.create(newCase());
    const filler = Array.from({ length: MAX_USER_ACTIONS_PER_CASE - 2 }, () => ({
      type: CASE_USER_ACTION_SAVED_OBJECT,
      attributes: { case_id: c.id, action: 'update', type: 'title', payload: { title: 't' }, owner: 'securitySolution', comment_id: null, created_at: '2024-01-01T00:00:00.000Z', created_by: { username: 'elastic', full_name: null, email: null } },
    }));
    await h.objects().bulkCreate(filler);
    await expect(client.cases.update({ cases: [{ id: c.id, version: c.version, title: 'two', severity: 'high' }] })).rejects.toMatchObject({
      statusCode: 400,
      message: `The case with id ${c.id} has reached the limit of ${MAX_USER_ACTIONS_PER_CASE} user actions.`,
    });
    expect((await client.cases.get(c.id)).title).toBe(c.title);
    expect((await client.cases.update({ cases: [{ id: c.id, version: c.version, title: 'one' }] }))[0].title).toBe('one');
    // Ten thousand writes take seconds on a loaded machine.
  }, 60_000);

  it('writes every patch and its user actions together', async () => {
    const client = h.client();
    const a = await client.cases.create(newCase({ title: 'a' }));
    const b = await client.cases.create(newCase({ title: 'b' }));
    const updated = await client.cases.update({
      cases: [
        { id: a.id, version: a.version, title: 'a2', severity: 'high' },
        { id: b.id, version: b.version, status: 'closed' },
      ],
    });
    expect(updated.map((c) => [c.title, c.severity, c.status])).toEqual([
      ['a2', 'high', 'open'],
      ['b', 'low', 'closed'],
    ]);
    expect(await countOf(CASE_USER_ACTION_SAVED_OBJECT, a.id)).toBe(3);
    expect(await countOf(CASE_USER_ACTION_SAVED_OBJECT, b.id)).toBe(2);
  });
});

describe('find', () => {
  it('a UUID finds the case of that id and the cases whose text holds it (Kibana: constructSearch in server/client/utils.ts)', async () => {
    const client = h.client();
    const target = await client.cases.create(newCase({ title: 'Target' }));
    const inTitle = await client.cases.create(newCase({ title: `Follow-up of ${target.id}` }));
    const inDescription = await client.cases.create(newCase({ description: `Duplicate of ${target.id}, see there` }));
    await client.cases.create(newCase({ title: 'Unrelated' }));
    const found = await client.cases.find({ search: target.id, sortField: 'createdAt', sortOrder: 'asc' });
    expect(found.cases.map((c) => c.id)).toEqual([target.id, inTitle.id, inDescription.id]);
    expect(found).toMatchObject({ total: 3, count_open_cases: 3 });
    const onlyTitles = await client.cases.find({ search: target.id, searchFields: ['title'], sortField: 'createdAt', sortOrder: 'asc' });
    expect(onlyTitles.cases.map((c) => c.id)).toEqual([target.id, inTitle.id]);
  });

  it('breaks ties in creation time by id: the same order on every read, pages that never overlap, asc the reverse of desc', async () => {
    const client = h.client();
    // The harness clock is pinned: every case has the same created_at.
    const created = await Promise.all(Array.from({ length: 7 }, (_, i) => client.cases.create(newCase({ title: `t${i}` }))));
    const ids = async (sortOrder: 'asc' | 'desc', page: number) =>
      (await client.cases.find({ sortField: 'createdAt', sortOrder, perPage: 3, page })).cases.map((c) => c.id);
    const desc = [...(await ids('desc', 1)), ...(await ids('desc', 2)), ...(await ids('desc', 3))];
    expect(new Set(desc).size).toBe(created.length);
    expect([...(await ids('asc', 1)), ...(await ids('asc', 2)), ...(await ids('asc', 3))]).toEqual([...desc].reverse());
    expect([...(await ids('desc', 1)), ...(await ids('desc', 2)), ...(await ids('desc', 3))]).toEqual(desc);
  });
});

describe('resolve (Kibana: cases_api_integration .../cases/resolve_case.ts)', () => {
  it('answers the case with outcome exactMatch, with or without its comments; 404 when missing; 403 without the owner', async () => {
    const client = h.client();
    const c = await client.cases.create(newCase());
    await client.attachments.add(c.id, { type: 'user', comment: 'x', owner: 'securitySolution' });
    const resolved = await client.cases.resolve(c.id);
    expect(resolved).toMatchObject({ outcome: 'exactMatch', case: { id: c.id, totalComment: 1 } });
    expect(resolved.case.comments).toHaveLength(1);
    expect(resolved).not.toHaveProperty('alias_target_id');
    expect((await client.cases.resolve(c.id, false)).case.comments).toEqual([]);
    await expect(client.cases.resolve('missing')).rejects.toMatchObject({ statusCode: 404 });
    h.allowed.owners = ['observability'];
    await expect(client.cases.resolve(c.id)).rejects.toMatchObject({ statusCode: 403 });
  });
});
