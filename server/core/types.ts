/**
 * The contracts a plugin receives, as Kibana core gives them: `CoreSetup` while the platform
 * is being assembled (register types and routes), `CoreStart` once storage is up.
 * Plugin code reaches the platform only through these.
 */
import type { IRouter, KibanaRequest } from './http/types';
import type { Logger } from './logging/types';
import type {
  SavedObjectsClientContract,
  SavedObjectsRepository,
  SavedObjectsType,
  SavedObjectTypeRegistry,
} from './saved_objects/types';
import type { AuthenticatedUser, AuthorizationService } from './security/types';

export interface CoreSetup {
  http: { createRouter(): IRouter };
  savedObjects: {
    registerType(type: SavedObjectsType): void;
    getTypeRegistry(): SavedObjectTypeRegistry;
  };
  logger: Logger;
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
    /** Known users, for assignee pickers and `*_by` display. */
    users: { find(search?: string, size?: number): Promise<UserSummary[]>; getByProfileUid(uid: string): Promise<UserSummary | undefined> };
  };
  spaces: { getSpaceId(request: KibanaRequest): string };
}

export interface Plugin {
  setup(core: CoreSetup): void | Promise<void>;
  start(core: CoreStart): void | Promise<void>;
  stop?(): void | Promise<void>;
}
