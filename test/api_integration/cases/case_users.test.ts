/**
 * `GET /internal/cases/{case_id}/_users`, Kibana's shape: everyone who acted on the case, its
 * assignees, those assigned before and no longer, and its reporter. Every answer is checked
 * against docs/openapi.yaml as it arrives (the contract test of the route).
 */
import { addComment, createCase, createSpace, expectStatus, patchCase, RUN, spacePath, useCasesServer } from './cases_api';

jest.setTimeout(60_000);

const api = useCasesServer();

const basic = (username: string, password: string) => ({ authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` });

/** A user of the platform, and their profile uid as the assignee picker offers it. */
async function createUser(username: string, fullName: string): Promise<string> {
  expectStatus(
    await api.call('POST', `/internal/security/users/${username}`, { body: { password: 'analyst-pass', roles: ['superuser'], full_name: fullName } }),
    200,
  );
  const suggested = await api.call('POST', '/internal/cases/_suggest_user_profiles', { body: { name: username, owners: ['cases'] } });
  expectStatus(suggested, 200);
  return suggested.body[0].uid;
}

const usersOf = (caseId: string, space?: string) => api.call('GET', spacePath(space, `/internal/cases/${caseId}/_users`));

describe('GET /internal/cases/{case_id}/_users', () => {
  it('lists participants, assignees, formerly assigned users and the reporter, named by their profiles', async () => {
    const analyst = `participant_${RUN}`;
    const analystUid = await createUser(analyst, 'Pat Participant');
    const formerUid = await createUser(`former_${RUN}`, 'Fay Former');
    const assigneeUid = await createUser(`assignee_${RUN}`, 'Ada Assignee');

    const created = await createCase(api);
    const commented = await api.call('POST', `/api/cases/${created.id}/comments`, {
      body: { type: 'user', comment: 'Seen on the host too', owner: 'cases' },
      headers: basic(analyst, 'analyst-pass'),
    });
    expectStatus(commented, 200);
    const assigned = await patchCase(api, commented.body, { assignees: [{ uid: formerUid }] });
    expectStatus(assigned, 200);
    expectStatus(await patchCase(api, assigned.body[0], { assignees: [{ uid: assigneeUid }] }), 200);

    const res = await usersOf(created.id);
    expectStatus(res, 200);
    const reporter = created.created_by;
    expect(res.body.reporter.user.username).toBe(reporter.username);
    expect(res.body.assignees).toEqual([{ uid: assigneeUid, user: { username: `assignee_${RUN}`, full_name: 'Ada Assignee', email: null } }]);
    expect(res.body.unassignedUsers).toEqual([{ uid: formerUid, user: { username: `former_${RUN}`, full_name: 'Fay Former', email: null } }]);
    // The reporter wrote the creation and both assignments, the analyst one comment: most active first.
    expect(res.body.participants.map((p: { user: { username: string } }) => p.user.username)).toEqual([reporter.username, analyst]);
    expect(res.body.participants[1]).toEqual({ uid: analystUid, user: { username: analyst, full_name: 'Pat Participant', email: null } });
  });

  it('answers a case no one else touched with its reporter as the only participant', async () => {
    const created = await createCase(api);
    const res = await usersOf(created.id);
    expectStatus(res, 200);
    expect(res.body.participants).toHaveLength(1);
    expect(res.body.participants[0].user.username).toBe(created.created_by.username);
    expect(res.body.assignees).toEqual([]);
    expect(res.body.unassignedUsers).toEqual([]);
  });

  it('is a 404 for a missing case, and for a case of another space', async () => {
    expectStatus(await usersOf('no-such-case'), 404, /no-such-case/);
    const space = `users-${RUN}`;
    await createSpace(api, space);
    const elsewhere = await createCase(api, {}, space);
    await addComment(api, elsewhere.id, 'only here', space);
    expectStatus(await usersOf(elsewhere.id, space), 200);
    expectStatus(await usersOf(elsewhere.id), 404);
  });
});
