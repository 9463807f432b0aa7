/**
 * Spaces as platform: the `space` type, its API, the default space, and the resolver the HTTP
 * server asks whether `/s/{id}` names a space.
 */
import { serviceUnavailable } from '../errors';
import type { IRouter, KibanaRequest } from '../http/types';
import type { Logger } from '../logging/types';
import type { SavedObjectsRepository, SavedObjectsType } from '../saved_objects/types';
import { registerSpaceRoutes, type SpaceAccess } from './routes/space_routes';
import { createSpaceIdCache } from './space_id_cache';
import { spaceType } from './space_type';
import { createSpacesClient, type SpacesClient } from './spaces_client';

export { DEFAULT_SPACE_ID, SPACE_TYPE, type Space } from './space_type';

/** Matches `SpaceResolver` of server/core/http/http_server.ts (structural). */
export interface SpaceResolver {
  exists(spaceId: string): Promise<boolean>;
}

export interface SpacesStart {
  resolver: SpaceResolver;
  getSpaceId(request: KibanaRequest): string;
  /** The features a space switches off (none for an unknown space), from memory. */
  disabledFeatures(spaceId: string): Promise<readonly string[]>;
}

export interface SpacesStartDeps {
  repository: SavedObjectsRepository;
  /** Which spaces a caller may see: security's resolution of their roles in each space. */
  access: SpaceAccess;
}

export function createSpacesService(opts: { logger: Logger; now?: () => number }) {
  const { logger } = opts;
  const now = opts.now ?? Date.now;
  let client: SpacesClient | undefined;
  let access: SpaceAccess | undefined;

  return {
    setup(deps: { router: IRouter; registerType(type: SavedObjectsType): void }): void {
      deps.registerType(spaceType);
      registerSpaceRoutes(deps.router, {
        client: () => {
          if (!client) throw serviceUnavailable('Spaces are not ready yet.');
          return client;
        },
        access: {
          getSpacePrivileges: (user, spaceId) => {
            if (!access) throw serviceUnavailable('Spaces are not ready yet.');
            return access.getSpacePrivileges(user, spaceId);
          },
        },
      });
    },

    async start(deps: SpacesStartDeps): Promise<SpacesStart> {
      const cache = createSpaceIdCache(deps.repository, now);
      const started = createSpacesClient({ repository: deps.repository, cache, logger });
      await started.ensureDefaultSpace();
      await cache.refresh();
      client = started;
      access = deps.access;
      return {
        resolver: { exists: (spaceId) => cache.exists(spaceId) },
        getSpaceId: (request) => request.spaceId,
        disabledFeatures: (spaceId) => cache.disabledFeatures(spaceId),
      };
    },
  };
}

export type SpacesService = ReturnType<typeof createSpacesService>;
