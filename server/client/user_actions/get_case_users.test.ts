import { MAX_CASE_PARTICIPANTS } from '../../../common/constants';
import type { FindOptions, SavedObjectsClientContract } from '../../core';
import { createCaseUsersService } from '../../services/case_users_service';
import { createUserActionService } from '../../services/user_action_service';
import { createCasesService } from '../../services/cases_service';
import { createHarness, newCase, type Harness } from '../__fixtures__/client_harness';
import type { CasesClientArgs } from '../types';
import { userAction } from './builders';
import { getCaseUsers, toCaseUser } from './get_case_users';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(() => h.close());

const at = '2024-01-02T00:00:00.000Z';
const recorded = (username: string, extra: { full_name?: string | null; profile_uid?: string } = {}) => ({
  username,
  full_name: extra.full_name ?? null,
  email: null,
  ...(extra.profile_uid ? { profile_uid: extra.profile_uid } : {}),
});

/** Title changes by `user` on the case, written straight to the log, `times` of them. */
async function actBy(caseId: string, user: ReturnType<typeof recorded>, times = 1, createdAt = at) {
  const service = createUserActionService(h.objects(), h.registries.userActions);
  const common = { caseId, owner: 'securitySolution' as const, user, createdAt };
  await service.bulkCreate(Array.from({ length: times }, (_, i) => userAction(common, 'update', 'title', { title: `t${i}` })));
}

/** The saved-objects client with every find recorded: what was asked and how many documents came back. */
function recordingClient(client: SavedObjectsClientContract) {
  const finds: Array<{ options: FindOptions; returned: number }> = [];
  const find = (async (options: FindOptions) => {
    const result = await client.find(options);
    finds.push({ options, returned: result.saved_objects.length });
    return result;
  }) as SavedObjectsClientContract['find'];
  return { finds, client: { ...client, find } as SavedObjectsClientContract };
}

describe('case users service', () => {
  it('asks one bounded terms aggregation on the authors of the case, reading no document', async () => {
    const c = await h.client().cases.create(newCase());
    await actBy(c.id, recorded('alice'), 3);
    const { finds, client } = recordingClient(h.objects());
    const usernames = await createCaseUsersService(client).actorUsernames(c.id, 7);
    expect(usernames).toEqual(['alice', 'elastic']);
    expect(finds).toHaveLength(1);
    expect(finds[0].options).toMatchObject({ perPage: 0, aggs: { actors: { terms: { field: 'created_by.username', size: 7 } } } });
    expect(finds[0].returned).toBe(0);
  });

  it("reads a user's latest record on the case, and every uid its assignment changes named, once", async () => {
    const c = await h.client().cases.create(newCase());
    await actBy(c.id, recorded('carol', { full_name: 'Old Name' }), 1, '2024-01-02T00:00:00.000Z');
    await actBy(c.id, recorded('carol', { full_name: 'New Name' }), 1, '2024-01-03T00:00:00.000Z');
    const updated = await h.client().cases.update({ cases: [{ id: c.id, version: c.version, assignees: [{ uid: 'u_alice' }, { uid: 'u_bob' }] }] });
    await h.client().cases.update({ cases: [{ id: c.id, version: updated[0].version, assignees: [{ uid: 'u_bob' }] }] });
    const service = createCaseUsersService(h.objects());
    expect((await service.latestRecordOf(c.id, 'carol'))?.full_name).toBe('New Name');
    expect((await service.assignmentHistoryUids(c.id)).sort()).toEqual(['u_alice', 'u_bob']);
  });
});

describe('getUsers', () => {
  it("answers Kibana's four lists: profiles' names first, recorded names for users without one", async () => {
    const created = await h.client().cases.create(newCase());
    await actBy(created.id, recorded('alice', { full_name: 'Stale Name', profile_uid: 'u_alice' }), 2);
    await actBy(created.id, recorded('apikey-robot'));
    const assigned = await h.client().cases.update({ cases: [{ id: created.id, version: created.version, assignees: [{ uid: 'u_bob' }] }] });
    await h.client().cases.update({ cases: [{ id: created.id, version: assigned[0].version, assignees: [{ uid: 'u_gone' }] }] });

    const users = await h.client().userActions.getUsers(created.id);
    expect(users.reporter).toEqual({ uid: 'u_elastic', user: { username: 'elastic', full_name: 'Elastic Admin', email: 'admin@example.com' } });
    // elastic: the creation and two assignment changes; alice: two; the robot: one.
    expect(users.participants).toEqual([
      { uid: 'u_elastic', user: { username: 'elastic', full_name: 'Elastic Admin', email: 'admin@example.com' } },
      { uid: 'u_alice', user: { username: 'alice', full_name: 'Alice Analyst', email: 'alice@example.com' } },
      { user: { username: 'apikey-robot', full_name: null, email: null } },
    ]);
    // A uid the directory no longer knows keeps its uid, with no names.
    expect(users.assignees).toEqual([{ uid: 'u_gone', user: { username: null, full_name: null, email: null } }]);
    expect(users.unassignedUsers).toEqual([{ uid: 'u_bob', user: { username: 'bob', full_name: null, email: null } }]);
  });

  it('does not list a former assignee again who is a participant or the reporter', async () => {
    const created = await h.client().cases.create(newCase());
    await actBy(created.id, recorded('alice', { profile_uid: 'u_alice' }));
    const assigned = await h.client().cases.update({
      cases: [{ id: created.id, version: created.version, assignees: [{ uid: 'u_alice' }, { uid: 'u_elastic' }] }],
    });
    await h.client().cases.update({ cases: [{ id: created.id, version: assigned[0].version, assignees: [] }] });
    expect((await h.client().userActions.getUsers(created.id)).unassignedUsers).toEqual([]);
  });

  it(`lists at most ${MAX_CASE_PARTICIPANTS} participants, the most active first`, async () => {
    const created = await h.client().cases.create(newCase());
    for (let i = 0; i < MAX_CASE_PARTICIPANTS + 5; i++) await actBy(created.id, recorded(`user${String(i).padStart(3, '0')}`));
    await actBy(created.id, recorded('busiest'), 5);
    const { participants } = await h.client().userActions.getUsers(created.id);
    expect(participants).toHaveLength(MAX_CASE_PARTICIPANTS);
    expect(participants[0].user.username).toBe('busiest');
  });

  it('is a 404 for a missing case or one of another space, and checks the read privilege on its owner', async () => {
    const created = await h.client().cases.create(newCase());
    await expect(h.client().userActions.getUsers('missing')).rejects.toMatchObject({ statusCode: 404 });
    await expect(h.client('other-space').userActions.getUsers(created.id)).rejects.toMatchObject({ statusCode: 404 });
    h.calls.length = 0;
    await h.client().userActions.getUsers(created.id);
    expect(h.calls).toContainEqual({ kind: 'ensure', name: 'getUserActionUsers', owners: ['securitySolution'] });
    h.allowed.owners = ['cases'];
    await expect(h.client().userActions.getUsers(created.id)).rejects.toMatchObject({ statusCode: 403 });
  });
});

describe('the cost on a long case', () => {
  it('reads one document per participant, however many actions the case holds', async () => {
    const created = await h.client().cases.create(newCase());
    for (const name of ['alice', 'bob']) await actBy(created.id, recorded(name), 4_999);
    const { finds, client } = recordingClient(h.objects());
    const args = {
      ...({} as CasesClientArgs),
      services: { cases: createCasesService(h.objects()), caseUsers: createCaseUsersService(client) },
      authz: { ensureAuthorized: async () => undefined },
      registries: h.registries,
      users: { getByProfileUid: async () => undefined },
    } as unknown as CasesClientArgs;
    const users = await getCaseUsers(args, created.id);
    expect(users.participants.map((p) => p.user.username).sort()).toEqual(['alice', 'bob', 'elastic']);
    // The aggregation, one latest record per participant, the assignment changes (none).
    expect(finds.map((f) => f.returned).reduce((a, b) => a + b, 0)).toBe(3);
    expect(finds).toHaveLength(5);
  });
});

describe('toCaseUser', () => {
  it('keeps the recorded names when the profile has none of its own', () => {
    const profiles = new Map([['u1', { username: 'x', full_name: null, email: null, profile_uid: 'u1' }]]);
    expect(toCaseUser(profiles, 'u1', { username: 'x', full_name: 'Recorded', email: 'x@example.com' })).toEqual({
      uid: 'u1',
      user: { username: 'x', full_name: 'Recorded', email: 'x@example.com' },
    });
    expect(toCaseUser(new Map(), undefined, { username: 'y', full_name: null, email: null })).toEqual({ user: { username: 'y', full_name: null, email: null } });
  });
});
