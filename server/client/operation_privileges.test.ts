/**
 * Which privilege each write needs, as Kibana maps them: creating with assignees needs assign as
 * well as create; a bulk update needs reopen for a closed case it reopens, assign for changed
 * assignees, and update unless every case does only the one; comments need create_comment to
 * add, update to edit and delete to remove. Refused calls write nothing.
 */
import { testUser } from '../core/mocks';
import type { AuthenticatedUser } from '../core';
import type { AttachmentRequest } from '../../common/types/api/attachment';
import type { CasePatchRequest } from '../../common/types/api/case';
import type { Case } from '../../common/types/domain/case';
import { createHarness, newCase, type Harness } from './__fixtures__/client_harness';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  const sec = (...privileges: string[]) => [{ base: [], feature: { securitySolutionCasesV3: privileges }, spaces: ['*'] }];
  h.roles.set('sec_minimal_all', sec('minimal_all'));
  h.roles.set('sec_reopen', sec('minimal_read', 'case_reopen'));
  h.roles.set('sec_assign', sec('minimal_read', 'cases_assign'));
  h.roles.set('sec_comment', sec('minimal_read', 'create_comment'));
});
afterEach(() => h.close());

const user = (role: string): AuthenticatedUser => testUser([role], { username: role, profile_uid: `u_${role}` });
const l1 = user('soc_l1');
const l2 = user('soc_l2');
const minimalAll = user('sec_minimal_all');
const reopener = user('sec_reopen');
const assigner = user('sec_assign');
const commenter = user('sec_comment');
const viewer = user('viewer');

const comment = (text: string): AttachmentRequest => ({ type: 'user', comment: text, owner: 'securitySolution' });
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => 'allowed',
    (e: { statusCode?: number; message: string }) => `${e.statusCode} ${e.message}`,
  );
const total = async () => (await h.client().cases.find({})).total;
/** The operations the platform was asked to allow, in order. */
const askedOperations = () => h.asked.map((a) => a.operation.name);

describe('create', () => {
  it('needs assignCase as well as createCase when the case has assignees', async () => {
    expect(await refusal(h.client('default', minimalAll).cases.create(newCase({ assignees: [{ uid: 'u_alice' }] })))).toBe(
      '403 Unauthorized to update case with owners: "securitySolution"',
    );
    expect(await total()).toBe(0);
    h.asked.length = 0;
    const created = await h.client('default', l1).cases.create(newCase({ assignees: [{ uid: 'u_alice' }] }));
    expect(created.assignees).toEqual([{ uid: 'u_alice' }]);
    expect(askedOperations()).toEqual(['assignCase', 'createCase']);
  });

  it('needs createCase only without assignees, and refuses a reader', async () => {
    h.asked.length = 0;
    await h.client('default', minimalAll).cases.create(newCase({ assignees: [] }));
    expect(askedOperations()).toEqual(['createCase']);
    expect(await refusal(h.client('default', viewer).cases.create(newCase()))).toBe('403 Unauthorized to create case with owners: "securitySolution"');
    expect(await total()).toBe(1);
  });
});

describe('bulk update', () => {
  let open: Case;
  let closed: Case;
  beforeEach(async () => {
    open = await h.client().cases.create(newCase({ title: 'open one' }));
    const created = await h.client().cases.create(newCase({ title: 'closed one' }));
    [closed] = await h.client().cases.update({ cases: [{ id: created.id, version: created.version, status: 'closed' }] });
  });
  const patch = (as: AuthenticatedUser, ...cases: CasePatchRequest[]) => {
    h.asked.length = 0;
    return h.client('default', as).cases.update({ cases });
  };

  it('lets a role with only case_reopen reopen a closed case, and nothing more', async () => {
    const [reopened] = await patch(reopener, { id: closed.id, version: closed.version, status: 'open' });
    expect(reopened.status).toBe('open');
    expect(askedOperations()).toEqual(['reopenCase']);
    const [again] = await h.client().cases.update({ cases: [{ id: closed.id, version: reopened.version, status: 'closed' }] });
    expect(await refusal(patch(reopener, { id: closed.id, version: again.version, status: 'open', title: 'sneaky' }))).toMatch(/^403 Unauthorized to update case/);
    expect(askedOperations()).toEqual(['reopenCase', 'updateCase']);
    expect(await refusal(patch(reopener, { id: open.id, version: open.version, status: 'closed' }))).toMatch(/^403 /);
    expect((await h.client().cases.get(closed.id)).title).toBe('closed one');
  });

  it('refuses an L1 analyst a reopening, and lets them close and edit', async () => {
    expect(await refusal(patch(l1, { id: closed.id, version: closed.version, status: 'open' }))).toBe(
      '403 Unauthorized to update case with owners: "securitySolution"',
    );
    expect((await h.client().cases.get(closed.id)).status).toBe('closed');
    const [edited] = await patch(l1, { id: open.id, version: open.version, status: 'closed', title: 'closed by L1' });
    expect(edited).toMatchObject({ status: 'closed', title: 'closed by L1' });
    expect(askedOperations()).toEqual(['updateCase']);
    const [reopened] = await patch(l2, { id: closed.id, version: closed.version, status: 'in-progress' });
    expect(reopened.status).toBe('in-progress');
  });

  it('lets a role with only cases_assign change assignees alone', async () => {
    const [assigned] = await patch(assigner, { id: open.id, version: open.version, assignees: [{ uid: 'u_bob' }] });
    expect(assigned.assignees).toEqual([{ uid: 'u_bob' }]);
    expect(askedOperations()).toEqual(['assignCase']);
    expect(await refusal(patch(assigner, { id: open.id, version: assigned.version, assignees: [{ uid: 'u_alice' }], title: 'x' }))).toMatch(
      /^403 Unauthorized to update case/,
    );
    expect(askedOperations()).toEqual(['assignCase', 'updateCase']);
    // Unchanged assignees sent along with an edit need updateCase alone.
    await patch(minimalAll, { id: open.id, version: assigned.version, assignees: [{ uid: 'u_bob' }], title: 'edited' });
    expect(askedOperations()).toEqual(['updateCase']);
    expect(await refusal(patch(minimalAll, { id: open.id, version: (await h.client().cases.get(open.id)).version, assignees: [] }))).toMatch(/^403 /);
  });

  it('asks for every operation any case needs, on every found case', async () => {
    await patch(l2, { id: closed.id, version: closed.version, status: 'open' }, { id: open.id, version: open.version, assignees: [{ uid: 'u_bob' }] });
    expect(askedOperations()).toEqual(['reopenCase', 'assignCase', 'updateCase']);
    expect(h.asked.every((a) => a.entities?.map((e) => e.id).sort().join() === [open.id, closed.id].sort().join())).toBe(true);
  });

  it('refuses before answering 404, 409 or 406, as Kibana orders them', async () => {
    expect(await refusal(patch(viewer, { id: open.id, version: open.version, title: 'x' }, { id: 'missing', version: 'v', title: 'x' }))).toMatch(/^403 /);
    expect(await refusal(patch(viewer, { id: open.id, version: 'stale', title: 'x' }))).toMatch(/^403 /);
    expect(await refusal(patch(viewer, { id: open.id, version: open.version, title: open.title }))).toMatch(/^403 /);
    // A request naming only missing cases has nothing to check: its 404 is the same for everybody.
    expect(await refusal(patch(viewer, { id: 'missing', version: 'v', title: 'x' }))).toMatch(/^404 These cases missing do not exist/);
    expect(await refusal(patch(l1, { id: open.id, version: 'stale', title: 'x' }))).toMatch(/^409 /);
    expect(await refusal(patch(l1, { id: open.id, version: open.version, title: open.title }))).toMatch(/^406 /);
  });
});

describe('comments', () => {
  let c: Case;
  beforeEach(async () => {
    c = await h.client().cases.create(newCase());
  });

  it('need create_comment to add, one or several', async () => {
    expect(await refusal(h.client('default', minimalAll).attachments.add(c.id, comment('no')))).toBe(
      '403 Unauthorized to create comments with owners: "securitySolution"',
    );
    expect(await refusal(h.client('default', minimalAll).attachments.bulkCreate(c.id, [comment('no')]))).toMatch(/^403 /);
    expect((await h.client('default', commenter).attachments.add(c.id, comment('yes'))).totalComment).toBe(1);
    expect((await h.client('default', l1).attachments.bulkCreate(c.id, [comment('a'), comment('b')])).totalComment).toBe(3);
  });

  it('need update to edit, which create_comment alone does not give', async () => {
    const [first] = (await h.client().attachments.add(c.id, comment('v1'))).comments;
    const edit = (as: AuthenticatedUser, version: string) =>
      h.client('default', as).attachments.update(c.id, { id: first.id, version, type: 'user', comment: `by ${as.username}`, owner: 'securitySolution' });
    expect(await refusal(edit(commenter, first.version))).toBe('403 Unauthorized to update comments with owners: "securitySolution"');
    const after = await edit(minimalAll, first.version);
    expect(after.comments[0]).toMatchObject({ comment: 'by sec_minimal_all' });
  });

  it('need delete to remove one or all: an L2 may, an L1 may not', async () => {
    const [first] = (await h.client().attachments.add(c.id, comment('keep?'))).comments;
    expect(await refusal(h.client('default', l1).attachments.delete(c.id, first.id))).toBe('403 Unauthorized to delete comments with owners: "securitySolution"');
    expect(await refusal(h.client('default', l1).attachments.deleteAll(c.id))).toMatch(/^403 /);
    expect((await h.client().cases.get(c.id)).totalComment).toBe(1);
    await h.client('default', l2).attachments.delete(c.id, first.id);
    expect((await h.client().cases.get(c.id)).totalComment).toBe(0);
  });
});

describe('cases', () => {
  it('are deleted by an L2 analyst, not by an L1', async () => {
    const c = await h.client().cases.create(newCase());
    expect(await refusal(h.client('default', l1).cases.delete([c.id]))).toBe('403 Unauthorized to delete case with owners: "securitySolution"');
    await h.client('default', l2).cases.delete([c.id]);
    expect(await total()).toBe(0);
  });
});

describe('case settings', () => {
  it('are an admin\'s: neither SOC role may change them, both may read them', async () => {
    const request = { owner: 'securitySolution' as const, connector: { id: 'none', name: 'none', type: '.none', fields: null }, closure_type: 'close-by-user' as const };
    for (const analyst of [l1, l2]) {
      expect(await refusal(h.client('default', analyst).configure.create(request))).toBe(
        '403 Unauthorized to create case configuration with owners: "securitySolution"',
      );
    }
    const created = await h.client().configure.create(request);
    expect(await refusal(h.client('default', l2).configure.update(created.id, { version: created.version, closure_type: 'close-by-pushing' }))).toMatch(/^403 /);
    expect((await h.client('default', l1).configure.get()).map((c) => c.id)).toEqual([created.id]);
  });
});
