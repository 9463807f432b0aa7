/**
 * The contracts a plugin receives, as Kibana core gives them: `CoreSetup` while the platform
 * is being assembled (register types and routes), `CoreStart` once storage is up.
 * Plugin code reaches the platform only through these.
 */
import type * as t from 'io-ts';
import type { ActionsSetup, ActionsStart, NotificationsStart } from './actions/types';
import type { BlobStorage } from './blobs/types';
import type { DataServiceSetup, DataServiceStart } from './data/types';
import type { IRouter, KibanaRequest } from './http/types';
import type { Logger } from './logging/types';
import type {
  SavedObjectsClientContract,
  SavedObjectsRepository,
  SavedObjectsType,
  SavedObjectTypeRegistry,
} from './saved_objects/types';
import type { AuditLogger } from './security/audit_logger';
import type { KibanaFeature, ReservedRoleDefinition } from './security/privileges/types';
import type { AuthenticatedUser, AuthorizationService } from './security/types';

export interface CoreSetup {
  http: { createRouter(): IRouter };
  savedObjects: {
    registerType(type: SavedObjectsType): void;
    getTypeRegistry(): SavedObjectTypeRegistry;
  };
  /** Plain documents in indices (alerts, events): declare the families of indices here. */
  data: DataServiceSetup;
  /**
   * Kibana's features plugin and reserved roles, in one place: a plugin registers the features
   * whose privileges roles grant, and any built-in roles it ships (read-only through the API).
   */
  security: {
    registerFeature(feature: KibanaFeature): void;
    registerReservedRole(role: ReservedRoleDefinition): void;
  };
  /** Connector types (Kibana's actions plugin): the cases plugin registers `.case` here. */
  actions: ActionsSetup;
  logger: Logger;
}

/** Narrows a user search to those holding every action in a space (Kibana's `requiredPrivileges`). */
export interface RequiredPrivileges {
  spaceId: string;
  actions: string[];
}

export interface UserSummary {
  username: string;
  full_name: string | null;
  email: string | null;
  profile_uid: string;
}

export interface CoreStart {
  savedObjects: {
    /** Unscoped: the caller names the space on every call. For platform-level jobs only. */
    createInternalRepository(): SavedObjectsRepository;
    getScopedClient(request: KibanaRequest, user?: AuthenticatedUser): SavedObjectsClientContract;
  };
  security: {
    authz: AuthorizationService;
    /** The caller of a request the platform routed; null when it was not authenticated. */
    authc: { getCurrentUser(request: KibanaRequest): AuthenticatedUser | null };
    /** Kibana's audit log: ECS events at info under `security.audit`. */
    audit: AuditLogger;
    /** Known users, for assignee pickers and `*_by` display. */
    users: {
      find(search?: string, size?: number, required?: RequiredPrivileges): Promise<UserSummary[]>;
      getByProfileUid(uid: string): Promise<UserSummary | undefined>;
    };
  };
  spaces: { getSpaceId(request: KibanaRequest): string };
  /** Clients of the document indices declared during setup, one per (family, space). */
  data: DataServiceStart;
  /** File contents, streamed and chunked on the store's backend (server/core/blobs). */
  blobs: BlobStorage;
  /** Connectors: stored and preconfigured, executed under the egress rules (server/core/actions). */
  actions: ActionsStart;
  /** Kibana's notifications plugin: email through the default email connector, when one is configured. */
  notifications: NotificationsStart;
  http: {
    /** `server.publicBaseUrl` without a trailing slash: links in pushed incidents and emails use it; unset, none are written. */
    publicBaseUrl?: string;
  };
}

/**
 * A plugin, shaped like Kibana's: `TSetup` is its setup contract (its extension points, open
 * until start) and `TStart` its start contract. The platform keeps both by plugin id and hands
 * them to the plugins set up or started after it (`plugins[id]`), as Kibana passes dependencies.
 */
export interface Plugin<TSetup = unknown, TStart = unknown> {
  setup(core: CoreSetup, plugins: Readonly<Record<string, unknown>>): TSetup | Promise<TSetup>;
  start(core: CoreStart, plugins: Readonly<Record<string, unknown>>): TStart | Promise<TStart>;
  stop?(): void | Promise<void>;
}

/** What the platform knows of a plugin before it runs: its manifest (kibana.jsonc) fields. */
export interface PluginManifest {
  /** `plugin.id` of kibana.jsonc: the key of its start contract. */
  id: string;
  version: string;
  /** Where its settings live in the configuration, e.g. `['xpack', 'cases']`. */
  configPath: string[];
  requiredPlugins: string[];
  optionalPlugins: string[];
}

/** Given to a plugin's factory, as Kibana's `PluginInitializerContext`. */
export interface PluginInitializerContext<TConfig = unknown> {
  manifest: PluginManifest;
  /** The plugin's slice of the configuration, decoded by its own schema. */
  config: { get(): TConfig };
  logger: Logger;
}

/** A plugin's config schema: the platform decodes the slice at `configPath` with it. */
export interface PluginConfigDescriptor<TConfig> {
  schema: t.Decoder<unknown, TConfig>;
}

/** What a host hands the platform for each plugin: manifest, config schema and factory. */
export interface PluginDefinition<TConfig = unknown> {
  manifest: PluginManifest;
  config: PluginConfigDescriptor<TConfig>;
  plugin(context: PluginInitializerContext<TConfig>): Plugin;
}
