import { createSecurityHarness } from './__fixtures__/security_harness';

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
