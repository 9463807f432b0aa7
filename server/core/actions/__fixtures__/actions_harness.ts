/**
 * Test-only: the actions service on a real SQLite store in a temporary folder, with a `.test`
 * connector type (config `{url}`, secrets `{token}`, params `{value}`) that calls its URL, a
 * second type that references connectors, and an authorization double granting per user
 * (`requestAs(role)` makes a request whose current user holds that role).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as t from 'io-ts';
import { strict } from '../../../../common/core/codec';
import { createFakeRouter, createSqliteBackend, createTestLogger, fakeRequest, testUser, TypeRegistry } from '../../mocks';
import type { AuditEvent } from '../../security/audit_logger';
import type { KibanaFeature } from '../../security/privileges/types';
import type { AuthorizationService } from '../../security/types';
import { actionsPrivilege, type ActionsOperation } from '../authorization';
import { DEFAULT_ACTIONS_CONFIG, type ActionsConfig } from '../config';
import { createActionsService } from '../actions_service';
import { ConnectorError, ConnectorValidationError } from '../errors';
import type { ConnectorTypeDefinition } from '../types';

export const SECRET = 'tok-very-secret-value';

export const testConnectorType: ConnectorTypeDefinition<{ url: string }, { token: string | null }, { value: string }> = {
  id: '.test',
  name: 'Test',
  minimumLicenseRequired: 'basic',
  supportedFeatureIds: ['cases'],
  schema: {
    config: strict({ url: t.string }, 'config'),
    secrets: new t.Type<{ token: string | null }, unknown, unknown>(
      'secrets',
      (u): u is { token: string | null } => typeof u === 'object' && u !== null,
      (u, c) => {
        const token = (u as { token?: unknown } | null)?.token;
        if (token === undefined || token === null) return t.success({ token: null });
        return typeof token === 'string' ? t.success({ token }) : t.failure(token, [...c, { key: 'token', type: t.string, actual: token }]);
      },
      t.identity,
    ),
    params: strict({ value: t.string }, 'params'),
  },
  validate: {
    config: (config, { egress }) => {
      try {
        egress.assertUrlAllowed(config.url);
      } catch (e) {
        throw new ConnectorValidationError(`error configuring connector action: ${(e as Error).message}`);
      }
    },
    connector: (config) => (config.url.endsWith('/bad') ? 'the URL may not end with /bad' : null),
  },
  isDeprecated: (config) => config.url.includes('legacy'),
  async execute({ config, secrets, params, http }) {
    if (params.value === 'fail') throw new ConnectorError('[Action][Test]: the system said no', { retry: false });
    const answer = await http.request({ method: 'POST', url: config.url, body: { value: params.value }, headers: { authorization: `Bearer ${secrets.token}` } });
    return answer.data;
  },
};

export const systemType: ConnectorTypeDefinition = { ...(testConnectorType as unknown as ConnectorTypeDefinition), id: '.system-test', isSystemActionType: true };

export interface HarnessOptions {
  config?: Partial<ActionsConfig>;
  encryptionKey?: string;
  decryptionOnlyKeys?: string[];
  /** Reuse a store (to restart with another key). */
  dir?: string;
}

/** Users by role: `all` manages connectors, `read` lists and runs them, `none` holds nothing. */
const GRANTS: Record<string, ActionsOperation[]> = {
  all: ['get', 'getAll', 'listTypes', 'create', 'update', 'delete', 'execute'],
  read: ['get', 'getAll', 'listTypes', 'execute'],
  none: [],
};

export async function startActionsHarness(options: HarnessOptions = {}) {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'actions-client-'));
  const captured = createTestLogger();
  const audit: AuditEvent[] = [];
  const features: KibanaFeature[] = [];
  const registry = new TypeRegistry();
  registry.registerType({ name: 'referrer', namespaceType: 'single', mappings: { dynamic: false, properties: {} } });
  const service = createActionsService({
    config: { ...DEFAULT_ACTIONS_CONFIG, ...options.config },
    encryption: { encryptionKey: options.encryptionKey, decryptionOnlyKeys: options.decryptionOnlyKeys ?? [] },
    logger: captured.logger,
  });
  service.setup({ router: createFakeRouter(), registerType: (type) => registry.registerType(type), registerFeature: (f) => features.push(f) });
  service.setupContract.registerType(testConnectorType);
  service.setupContract.registerType(systemType);
  registry.freeze();
  const backend = createSqliteBackend({ path: join(dir, 'store.sqlite'), registry });
  await backend.start();
  const authz = {
    getSpacePrivileges: async (user: { roles: string[] }) => ({
      superuser: false,
      actions: new Set(user.roles.flatMap((role) => (GRANTS[role] ?? []).map(actionsPrivilege))),
      ui: {},
      hasAnyPrivilege: true,
    }),
  } as unknown as AuthorizationService;
  // Requests made by requestAs are known to belong to their user, as routed requests are.
  const users = new WeakMap<object, ReturnType<typeof testUser>>();
  const getCurrentUser = (request: object) => users.get(request) ?? null;
  const started = service.start({ repository: backend.repository, authz, audit: { log: (e) => void audit.push(e) }, getCurrentUser, savedObjectTypes: registry });
  const clientAs = (role: string, spaceId = 'default') => started.getClient(fakeRequest({ spaceId }), testUser([role]));
  const requestAs = (role: string, spaceId = 'default') => {
    const request = fakeRequest({ spaceId });
    users.set(request, testUser([role]));
    return request;
  };
  return {
    dir,
    started,
    service,
    features,
    repository: backend.repository,
    audit,
    lines: captured.lines,
    clientAs,
    requestAs,
    /** The saved-object types, with the `action` type as the actions service registered it. */
    savedObjectTypes: registry,
    async stop() {
      await service.stop();
      await backend.close();
    },
  };
}

export type ActionsHarness = Awaited<ReturnType<typeof startActionsHarness>>;
