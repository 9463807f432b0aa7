/** Test-only: a started security service on the memory repository, with a clock tests can move. */
import { DEFAULT_SECURITY_CONFIG, type SecurityConfig } from '../config';
import { createSecurityService, type SecurityStart } from '../security_service';
import type { AuthenticatedUser } from '../types';
import { createFakeRouter, type FakeRouter } from './fake_router';
import { basicAuth, fakeRequest } from './fake_request';
import { createMemoryRepository, type MemoryRepository } from './memory_repository';
import { createTestLogger, type CapturedLogger } from './test_logger';

export const ELASTIC_PASSWORD = 'changeme-elastic';

export interface SecurityHarness {
  router: FakeRouter;
  repository: MemoryRepository;
  start: SecurityStart;
  log: CapturedLogger;
  stdout: string[];
  clock: { now: number; advance(ms: number): void };
  /** Authenticates with Basic credentials through the handler, as the HTTP server would. */
  basic(username: string, password: string): Promise<AuthenticatedUser>;
  /** Creates a user through the users API, as `elastic`. */
  createUser(username: string, password: string, roles?: string[]): Promise<void>;
}

export async function createSecurityHarness(overrides: Partial<SecurityConfig> = {}, repository = createMemoryRepository()): Promise<SecurityHarness> {
  const clock = { now: Date.UTC(2025, 0, 1), advance: (ms: number) => void (clock.now += ms) };
  const log = createTestLogger();
  const stdout: string[] = [];
  const config: SecurityConfig = { ...DEFAULT_SECURITY_CONFIG, elasticPassword: ELASTIC_PASSWORD, ...overrides };
  const service = createSecurityService({ config, logger: log.logger, now: () => clock.now, writeStdout: (l) => void stdout.push(l) });
  const router = createFakeRouter();
  service.setup({ router, registerType: () => undefined });
  const start = await service.start({ repository });

  const basic = async (username: string, password: string) => {
    const user = await start.authenticationHandler.authenticate(fakeRequest({ headers: { authorization: basicAuth(username, password) } }));
    if (!user) throw new Error('expected a user');
    return user;
  };

  const createUser = async (username: string, password: string, roles: string[] = []) => {
    const elastic = await basic('elastic', config.elasticPassword ?? ELASTIC_PASSWORD);
    const res = await router.call('post', '/internal/security/users/{username}', { user: elastic, params: { username }, body: { password, roles } });
    if (res.status !== 200) throw new Error(`createUser failed: ${JSON.stringify(res.body)}`);
  };

  return { router, repository, start, log, stdout, clock, basic, createUser };
}
