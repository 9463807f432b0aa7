import { createSecurityHarness } from './__fixtures__/security_harness';
import { TEST_FEATURES, createMemoryRoleSource, role, secAction } from './privileges/__fixtures__/test_features';
import { createPrivilegeEngine } from './privileges/privilege_engine';
import type { UserAttributes } from './saved_object_types';
import { createUserDirectory } from './user_directory';
import type { UserStore } from './user_store';

describe('user directory (CoreStart.security.users)', () => {
  it('finds users by username, full name or email, case-insensitively, as summaries', async () => {
    const h = await createSecurityHarness();
    await h.createUser('alice', 'alice-pass');
    const elastic = await h.basic('elastic', 'changeme-elastic');
    await h.router.call('post', '/internal/security/users/{username}', {
      user: elastic,
      params: { username: 'bob' },
      body: { password: 'bob-pass', roles: [], full_name: 'Robert Smith', email: 'rob@corp.example' },
    });
    const users = h.start.users;
    expect((await users.find()).map((u) => u.username)).toEqual(['alice', 'bob', 'elastic']);
    expect(await users.find('SMITH')).toEqual([{ username: 'bob', full_name: 'Robert Smith', email: 'rob@corp.example', profile_uid: expect.any(String) }]);
    expect((await users.find('corp.example')).map((u) => u.username)).toEqual(['bob']);
    expect(await users.find('', 1)).toHaveLength(1);

    const [bob] = await users.find('bob');
    await expect(users.getByProfileUid(bob.profile_uid)).resolves.toEqual(bob);
    await expect(users.getByProfileUid('u_missing')).resolves.toBeUndefined();
  });
});

describe('user directory: required privileges (Kibana requiredPrivileges)', () => {
  const person = (username: string, roles: string[], enabled = true): UserAttributes => ({
    username,
    full_name: null,
    email: null,
    roles,
    enabled,
    metadata: {},
    profile_uid: `u_${username}`,
    password_hash: 'unused',
  });
  const people = [
    person('admin', ['superuser']),
    person('eu_analyst', ['eu_reader']),
    person('global_reader', ['sec_reader']),
    person('nobody', []),
    person('off', ['sec_reader'], false),
    person('writer', ['sec_reader', 'sec_writer']),
  ];
  // Only list() is read by find(); the rest of the store is not this test's concern.
  const users = { list: async () => people, getByProfileUid: async () => undefined } as unknown as UserStore;
  const roles = createMemoryRoleSource([
    role('sec_reader', [{ feature: { secCases: ['read'] } }]),
    role('sec_writer', [{ feature: { secCases: ['minimal_all'] } }]),
    role('eu_reader', [{ spaces: ['soc-eu'], feature: { secCases: ['read'] } }]),
  ]);
  const engine = createPrivilegeEngine({ features: () => TEST_FEATURES, roles, disabledFeatures: (id) => (id === 'locked' ? ['secCases'] : []) });
  const directory = createUserDirectory(users, engine);
  const names = async (...args: Parameters<typeof directory.find>) => (await directory.find(...args)).map((u) => u.username);

  it('keeps only enabled users holding every required action in that space', async () => {
    expect(await names('', 20, { spaceId: 'default', actions: [secAction('getCase')] })).toEqual(['admin', 'global_reader', 'writer']);
    expect(await names('', 20, { spaceId: 'soc-eu', actions: [secAction('getCase')] })).toEqual(['admin', 'eu_analyst', 'global_reader', 'writer']);
    expect(await names('', 20, { spaceId: 'default', actions: [secAction('getCase'), secAction('updateCase')] })).toEqual(['admin', 'writer']);
    expect(await names('', 20, { spaceId: 'locked', actions: [secAction('getCase')] })).toEqual([]);
    expect(await names('', 20)).toEqual(['admin', 'eu_analyst', 'global_reader', 'nobody', 'writer']);
  });

  it('applies the search and the size after the privilege filter', async () => {
    expect(await names('r', 20, { spaceId: 'default', actions: [secAction('getCase')] })).toEqual(['global_reader', 'writer']);
    expect(await names('', 2, { spaceId: 'default', actions: [secAction('getCase')] })).toEqual(['admin', 'global_reader']);
  });
});
