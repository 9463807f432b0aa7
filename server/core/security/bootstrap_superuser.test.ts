import { createMemoryRepository } from './__fixtures__/memory_repository';
import { createSecurityHarness } from './__fixtures__/security_harness';

const GENERATED_LINE = /^Generated password for the elastic user: ([A-Za-z0-9_-]{24})\n$/;

describe('superuser bootstrap', () => {
  it('creates elastic with a generated password printed once, on stdout and nowhere in the log', async () => {
    const repository = createMemoryRepository();
    const h = await createSecurityHarness({ elasticPassword: undefined }, repository);
    expect(h.stdout).toHaveLength(1);
    const password = GENERATED_LINE.exec(h.stdout[0])![1];
    await expect(h.basic('elastic', password)).resolves.toMatchObject({ roles: ['superuser'] });
    expect(h.log.lines.some((l) => l.level === 40 && String(l.msg).includes('generated password'))).toBe(true);
    expect(JSON.stringify(h.log.lines)).not.toContain(password);

    const again = await createSecurityHarness({ elasticPassword: undefined }, repository);
    expect(again.stdout).toEqual([]);
    await expect(again.basic('elastic', password)).resolves.toMatchObject({ username: 'elastic' });
  });

  it('creates elastic with ELASTIC_PASSWORD when given, printing nothing', async () => {
    const h = await createSecurityHarness({ elasticPassword: 'from-the-env' });
    expect(h.stdout).toEqual([]);
    await expect(h.basic('elastic', 'from-the-env')).resolves.toMatchObject({ username: 'elastic' });
  });

  it('resets an existing elastic password to ELASTIC_PASSWORD, logging it without the password', async () => {
    const repository = createMemoryRepository();
    await createSecurityHarness({ elasticPassword: 'first-password' }, repository);
    const h = await createSecurityHarness({ elasticPassword: 'second-password' }, repository);
    await expect(h.basic('elastic', 'second-password')).resolves.toMatchObject({ username: 'elastic' });
    await expect(h.basic('elastic', 'first-password')).rejects.toMatchObject({ statusCode: 401 });
    const info = h.log.lines.find((l) => String(l.msg).includes('ELASTIC_PASSWORD'));
    expect(info).toMatchObject({ level: 30 });
    expect(JSON.stringify(h.log.lines)).not.toContain('second-password');
  });
});
