/**
 * Test-only: a CasesClient on the real SQLite backend in memory, with the platform's
 * authorization faked over the cases features and roles the test chooses (see fake_authorization.ts).
 */
import { createBlobsForTests, createDocumentsForTests, createTestLogger, createSqliteBackend, type SqliteBackendOptions, TypeRegistry, createScopedClient, testUser } from '../../core/mocks';
import { resolveCasesConfig, type CasesConfig } from '../../config';
import { alertIndexDefinition } from '../../alerts/alert_index';
import { eventIndexDefinition } from '../../alerts/event_index';
import { indicatorIndexDefinition } from '../../indicators/indicator_index';
import {
  type DocumentIndexClient,
  type SavedObjectsClientContract,
  type AuditEvent,
  type AuthenticatedUser,
  type EnsureAuthorizedArgs,
  type CoreStart,
  type RoleKibanaPrivilege,
  type BlobStorage,
} from '../../core';
import { casesFeatureOf } from '../../features/owner_features';
import { builtInRoles, createFakeAuthorization } from './fake_authorization';
import { createCasesSavedObjectTypes } from '../../saved_object_types';
import { createCasesExchangeServices } from '../../saved_object_types/exchange/exchange_services';
import { createCasesRegistries, freezeRegistries, type CasesRegistries } from '../../registries/cases_registries';
import { createCasesClientFactory, type CasesClient } from '..';
import type { CasePostRequest } from '../../../common/types/api/case';
import { FILE_ATTACHMENT_TYPE } from '../../../common/constants';
import { registerFilesAttachmentType, type FilesPlatform } from '../../files/files_attachment_type';
import { createFakeActions, type FakeActions } from './fake_actions_client';

export const admin: AuthenticatedUser = testUser(['superuser'], { full_name: 'Elastic Admin', email: 'admin@example.com', profile_uid: 'u_elastic' });

/** A fixed user directory: what CoreStart.security.users would list. */
export const DIRECTORY_USERS = [
  { username: 'elastic', full_name: 'Elastic Admin', email: 'admin@example.com', profile_uid: 'u_elastic' },
  { username: 'alice', full_name: 'Alice Analyst', email: 'alice@example.com', profile_uid: 'u_alice' },
  { username: 'bob', full_name: null, email: null, profile_uid: 'u_bob' },
];

/** Their roles, for the suggestions' privilege filter: the superuser, an L1 analyst (Security only), a viewer (everything, read). */
export const DIRECTORY_ROLES: Record<string, string[]> = { elastic: ['superuser'], alice: ['soc_l1'], bob: ['viewer'] };

type RequiredPrivileges = Parameters<CoreStart['security']['users']['find']>[2];

/** CoreStart.security.users over DIRECTORY_USERS; `required` keeps those holding every action in the space. */
function createDirectory(heldBy: (user: AuthenticatedUser, spaceId: string, actions: string[]) => boolean) {
  const holdsRequired = (username: string, required?: RequiredPrivileges) =>
    !required || heldBy(testUser(DIRECTORY_ROLES[username] ?? [], { username }), required.spaceId, required.actions);
  return {
    async find(search = '', size = 20, required?: RequiredPrivileges) {
      const needle = search.toLowerCase();
      return DIRECTORY_USERS.filter((u) => [u.username, u.full_name ?? ''].some((v) => v.toLowerCase().includes(needle)))
        .filter((u) => holdsRequired(u.username, required))
        .slice(0, size);
    },
    async getByProfileUid(uid: string) {
      return DIRECTORY_USERS.find((u) => u.profile_uid === uid);
    },
  };
}

export interface Harness {
  client(spaceId?: string, user?: AuthenticatedUser): CasesClient;
  calls: Array<{ kind: 'ensure' | 'owners'; name: string; owners: string[] }>;
  /** The same questions in full, with the entities of by-id checks. */
  asked: EnsureAuthorizedArgs[];
  clock: { now: number };
  /** When set, every caller holds `all` of these owners' cases features and nothing else (the superuser too). */
  allowed: { owners?: string[] };
  /** Roles by name, as the role API would hold them: viewer, editor, soc_l1 and soc_l2 to start with; a test adds its own. */
  roles: Map<string, RoleKibanaPrivilege[]>;
  /** Feature ids each space switches off (a space's `disabledFeatures`). */
  disabledFeatures: Record<string, string[]>;
  registries: CasesRegistries;
  /** What the client wrote to the audit log. */
  audited: AuditEvent[];
  /** What the client logged (pino's JSON lines). */
  logged: Array<Record<string, unknown>>;
  /** The alert and event indices of a space, to seed documents and check what the client did to them. */
  documents(spaceId?: string): { alerts: DocumentIndexClient; events: DocumentIndexClient };
  /** The saved objects of a space as the client sees them, to check what a write left behind. */
  objects(spaceId?: string): SavedObjectsClientContract;
  /** The blob service (SQLite, in memory) holding the bytes of case files. */
  blobs: BlobStorage;
  /** The connectors the client sees (every space) and what it executed. */
  actions: FakeActions;
  /** `server.publicBaseUrl` as the client sees it; a test sets it before making a client. */
  settings: { publicBaseUrl?: string };
  close(): Promise<void>;
}

/** Where the harness stores: a file (to reopen after a crash) and fault injection; default in memory. */
export type HarnessStorage = Partial<Pick<SqliteBackendOptions, 'path' | 'testHooks'>>;

/** `registries`: with test registrations made; frozen here, as the plugin's start does. */
/** `config`: `xpack.cases.*` as a kibana.yml would set it (the alerts-per-case limit, say). */
export async function createHarness({
  registries = createCasesRegistries(),
  storage = {},
  config = {},
}: { registries?: CasesRegistries; storage?: HarnessStorage; config?: CasesConfig } = {}): Promise<Harness> {
  // As the plugin's setup does; its delete hook reaches the blobs and repository made below.
  const filesPlatform: { current?: FilesPlatform } = {};
  const filesProbe = { type: 'externalReference', externalReferenceAttachmentTypeId: FILE_ATTACHMENT_TYPE, owner: 'cases' as const };
  if (!registries.attachments.isFrozen && !registries.attachments.subTypeOf(filesProbe)) registerFilesAttachmentType(registries.attachments, () => filesPlatform.current);
  freezeRegistries(registries);
  const resolved = resolveCasesConfig(config);
  const documents = await createDocumentsForTests([alertIndexDefinition(resolved), eventIndexDefinition(resolved), indicatorIndexDefinition()]);
  const registry = new TypeRegistry();
  // Export and import are not the client's: their hooks are never started here.
  for (const type of createCasesSavedObjectTypes(registries.attachments, createCasesExchangeServices())) registry.registerType(type);
  const backend = createSqliteBackend({ path: storage.path ?? ':memory:', registry, testHooks: storage.testHooks });
  await backend.start();
  const blobs = await createBlobsForTests();
  filesPlatform.current = { blobs, repository: backend.repository };
  const calls: Harness['calls'] = [];
  const asked: EnsureAuthorizedArgs[] = [];
  const allowed: Harness['allowed'] = {};
  const roles = builtInRoles();
  const disabledFeatures: Harness['disabledFeatures'] = {};
  // The features the plugin registers at setup: one per owner, those registered by tests included.
  const features = registries.owners.list().map(casesFeatureOf);
  const fake = createFakeAuthorization(
    { features: () => features, roles, disabledFeatures, allowed, ownerFeature: (owner) => registries.owners.get(owner)?.privileges.feature },
    asked,
  );
  const authz = {
    ...fake.service,
    ensureAuthorized(args: EnsureAuthorizedArgs) {
      calls.push({ kind: 'ensure', name: args.operation.name, owners: args.owners });
      return fake.service.ensureAuthorized(args);
    },
    getAuthorizedOwners(args: EnsureAuthorizedArgs) {
      calls.push({ kind: 'owners', name: args.operation.name, owners: args.owners });
      return fake.service.getAuthorizedOwners(args);
    },
  };
  const clock = { now: Date.parse('2024-01-01T00:00:00.000Z') };
  const audited: AuditEvent[] = [];
  const audit = { log: (event: AuditEvent) => void audited.push(event) };
  const { logger, lines: logged } = createTestLogger();
  const actions = createFakeActions();
  const settings: Harness['settings'] = {};
  const factoryOf = (publicBaseUrl?: string) =>
    createCasesClientFactory({
      authz,
      users: createDirectory(fake.heldBy),
      audit,
      logger,
      registries,
      data: documents.data,
      blobs,
      config: resolved,
      actions: () => actions.client,
      publicBaseUrl,
      now: () => new Date(clock.now),
    });
  return {
    registries,
    calls,
    asked,
    roles,
    disabledFeatures,
    audited,
    logged,
    clock,
    allowed,
    actions,
    settings,
    client: (spaceId = 'default', user = admin) =>
      factoryOf(settings.publicBaseUrl)({ spaceId, user, savedObjects: createScopedClient(backend.repository, { namespace: spaceId, user: user.profile_uid }) }),
    objects: (spaceId = 'default') => createScopedClient(backend.repository, { namespace: spaceId }),
    documents: (spaceId = 'default') => ({ alerts: documents.data.getIndexClient('alerts', spaceId), events: documents.data.getIndexClient('events', spaceId) }),
    blobs,
    close: async () => {
      await blobs.close();
      await backend.close();
      await documents.stop();
    },
  };
}

export const newCase = (overrides: Partial<CasePostRequest> = {}): CasePostRequest => ({
  title: 'Suspicious login',
  description: 'Many failed logins from one host',
  tags: ['auth'],
  connector: { id: 'none', name: 'none', type: '.none', fields: null },
  settings: { syncAlerts: true },
  owner: 'securitySolution',
  ...overrides,
});
