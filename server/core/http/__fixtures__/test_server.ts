/**
 * Test support for the HTTP server: a server with fake authentication (bearer tokens), a fake
 * space list and a minimal context factory, whose ECS log lines are captured for assertions.
 */
import { PassThrough } from 'node:stream';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { HttpError, unauthorized, tooManyRequests } from '../../errors';
import { createLogger, type LogLevel } from '../../logging/logger';
import type { SavedObjectsClientContract } from '../../saved_objects/types';
import type { AuthenticatedUser } from '../../security/types';
import { testUser } from '../../security/__fixtures__/test_users';
import { createHttpServer, type HttpConfig, type HttpServer } from '../http_server';

export const TEST_USER: AuthenticatedUser = testUser(['superuser'], { full_name: 'Elastic Admin', profile_uid: 'u_elastic' });

export const GOOD = { authorization: 'Bearer good' };
export const XSRF = { 'kbn-xsrf': 'true' };
export const KNOWN_SPACES = ['default', 'marketing'];

export interface TestServer {
  server: HttpServer;
  logs: Array<Record<string, unknown>>;
}

export function createTestServer(config: Partial<HttpConfig> = {}, level: LogLevel = 'debug'): TestServer {
  const logs: Array<Record<string, unknown>> = [];
  const destination = new PassThrough();
  destination.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line) logs.push(JSON.parse(line));
  });
  const server = createHttpServer({
    config: { host: '127.0.0.1', port: 0, maxPayload: 1048576, ...config },
    logger: createLogger({ level, destination }),
  });
  server.setAuthenticationHandler({
    async authenticate(request) {
      const header = request.headers.authorization;
      if (header === undefined) return null;
      if (header === 'Bearer good') return TEST_USER;
      if (header === 'Bearer busy') throw tooManyRequests('Too many login attempts', 30);
      if (header === 'Bearer broken') throw new HttpError(500, 'auth backend down');
      throw unauthorized('Invalid credentials');
    },
  });
  server.setSpaceResolver({ exists: async (spaceId) => KNOWN_SPACES.includes(spaceId) });
  server.setContextFactory((request, user) => ({
    spaceId: request.spaceId,
    user,
    savedObjects: {} as SavedObjectsClientContract,
  }));
  return { server, logs };
}

export const injectInto =
  (server: HttpServer) =>
  (options: InjectOptions): Promise<LightMyRequestResponse> =>
    server.fastify.inject(options);
