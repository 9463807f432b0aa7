/**
 * Roles: the built-in ones (in code, read-only) and those written through the role API (hidden
 * saved objects). Every authorized request reads its user's roles through `getMany`, so stored
 * roles are kept in memory: reloaded after a change made here, and at least every
 * `refreshIntervalMs` because another node sharing Elasticsearch may have written them.
 */
import { badRequest, conflict, notFound } from '../../errors';
import type { SavedObjectsRepository } from '../../saved_objects/types';
import { collectAll } from '../../saved_objects/collect_all';
import { ALL_SPACES, type KibanaFeature, type ReservedRoleDefinition, type Role } from '../privileges/types';
import { isConflict, isNotFound } from '../repository_errors';
import { ROLE_TYPE, type RoleAttributes } from '../saved_object_types';
import { sha256Hex } from '../token_digest';
import type { RoleBody } from './role_body_codec';
import { featurePrivilegeErrors, kibanaPrivilegesError, metadataError, roleNameError } from './role_validation';

export type { RoleBody } from './role_body_codec';

export interface RoleStore {
  /** Reserved and stored, sorted by name. */
  list(): Promise<Role[]>;
  get(name: string): Promise<Role | undefined>;
  /** Unknown names skipped; the hot path, served from memory. */
  getMany(names: readonly string[]): Promise<Role[]>;
  put(name: string, body: RoleBody, options: { createOnly: boolean }): Promise<{ created: boolean }>;
  remove(name: string): Promise<void>;
  /** Increments on every change made through this store; caches of resolved privileges key on it. */
  generation(): number;
}

export interface RoleStoreOptions {
  repository: SavedObjectsRepository;
  /** The built-in roles: the platform's and those plugins registered during setup. */
  reserved: () => readonly ReservedRoleDefinition[];
  /** The registered features, for Kibana's check of feature privileges. */
  features: () => readonly KibanaFeature[];
  now?: () => number;
  /** How long stored roles read from the repository are trusted; 10 s by default. */
  refreshIntervalMs?: number;
}

const DEFAULT_REFRESH_MS = 10_000;

/** Role names may be 507 characters; a digest keeps the id short and one record per name. */
const roleId = (name: string) => sha256Hex(name);

const EMPTY_ELASTICSEARCH = { cluster: [], indices: [], run_as: [] };

function reservedRole(definition: ReservedRoleDefinition): Role {
  return {
    name: definition.name,
    ...(definition.description !== undefined ? { description: definition.description } : {}),
    metadata: { _reserved: true },
    transient_metadata: { enabled: true },
    elasticsearch: definition.elasticsearch ?? EMPTY_ELASTICSEARCH,
    kibana: definition.kibana,
  };
}

function storedRole(attributes: RoleAttributes): Role {
  const { name, description, metadata, elasticsearch, kibana } = attributes;
  return {
    name,
    ...(description !== undefined ? { description } : {}),
    metadata,
    transient_metadata: { enabled: true },
    elasticsearch,
    kibana: kibana.map((entry) => ({ base: entry.base, feature: entry.feature, spaces: entry.spaces })),
  };
}

/** What is stored: Kibana's defaults filled in, so every reader sees one shape. */
function toAttributes(name: string, body: RoleBody): RoleAttributes {
  const es = body.elasticsearch ?? {};
  return {
    name,
    ...(body.description !== undefined ? { description: body.description } : {}),
    metadata: body.metadata ?? {},
    elasticsearch: {
      cluster: es.cluster ?? [],
      indices: es.indices ?? [],
      run_as: es.run_as ?? [],
      ...(es.remote_indices ? { remote_indices: es.remote_indices } : {}),
      ...(es.remote_cluster ? { remote_cluster: es.remote_cluster } : {}),
    },
    kibana: (body.kibana ?? []).map((entry) => ({
      spaces: entry.spaces ?? [ALL_SPACES],
      base: entry.base ?? [],
      feature: entry.feature ?? {},
    })),
  };
}

const byName = (a: Role, b: Role) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

interface Loaded {
  roles: Map<string, Role>;
  /** Names and saved-object versions: a reload that finds a different one saw another node's write. */
  fingerprint: string;
  loadedAt: number;
}

export function createRoleStore(options: RoleStoreOptions): RoleStore {
  const { repository } = options;
  const now = options.now ?? Date.now;
  const refreshMs = options.refreshIntervalMs ?? DEFAULT_REFRESH_MS;
  let generation = 0;
  let loaded: Loaded | undefined;
  let loading: Promise<Loaded> | undefined;
  let reservedCache: { source: number; byName: Map<string, Role> } | undefined;

  // Registrations are closed once the service starts, so the count identifies the list.
  function reserved(): Map<string, Role> {
    const definitions = options.reserved();
    if (reservedCache?.source !== definitions.length) {
      reservedCache = { source: definitions.length, byName: new Map(definitions.map((d) => [d.name, reservedRole(d)])) };
    }
    return reservedCache.byName;
  }

  async function load(): Promise<Loaded> {
    const startedAt = generation;
    const objects = await collectAll<RoleAttributes>(repository, { type: ROLE_TYPE, sortField: 'name', sortOrder: 'asc' });
    const fingerprint = objects.map((o) => `${o.id}@${o.version ?? ''}`).join(',');
    // A change made here while this read ran may be missing from it: read again.
    if (generation !== startedAt) return load();
    // After a change made here `loaded` is gone and the generation has moved already.
    if (loaded && loaded.fingerprint !== fingerprint) generation++;
    loaded = { roles: new Map(objects.map((o) => [o.attributes.name, storedRole(o.attributes)])), fingerprint, loadedAt: now() };
    return loaded;
  }

  /** One read at a time, however many requests find the roles stale together. */
  function reload(): Promise<Loaded> {
    loading ??= load().finally(() => {
      loading = undefined;
    });
    return loading;
  }

  const isFresh = (l: Loaded | undefined): l is Loaded => l !== undefined && now() - l.loadedAt < refreshMs;

  async function stored(): Promise<Map<string, Role>> {
    return (isFresh(loaded) ? loaded : await reload()).roles;
  }

  function changed(): void {
    generation++;
    loaded = undefined;
  }

  async function readStored(name: string): Promise<RoleAttributes | undefined> {
    try {
      return (await repository.get<RoleAttributes>(ROLE_TYPE, roleId(name))).attributes;
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  }

  function validate(name: string, body: RoleBody, features: readonly KibanaFeature[]): void {
    const schemaError = kibanaPrivilegesError(body.kibana);
    if (schemaError) throw badRequest(schemaError);
    const featureErrors = featurePrivilegeErrors(features, body.kibana);
    if (featureErrors.length > 0) throw badRequest(`Role cannot be updated due to validation errors: ${JSON.stringify(featureErrors)}`);
    const nameError = roleNameError(name) ?? metadataError(body.metadata);
    if (nameError) throw badRequest(nameError);
  }

  return {
    async list() {
      const fresh = (await reload()).roles;
      const builtIn = reserved();
      const own = [...fresh.values()].filter((role) => !builtIn.has(role.name));
      return [...builtIn.values(), ...own].sort(byName);
    },

    async get(name) {
      const builtIn = reserved().get(name);
      if (builtIn) return builtIn;
      const attributes = await readStored(name);
      return attributes ? storedRole(attributes) : undefined;
    },

    async getMany(names) {
      const builtIn = reserved();
      const own = await stored();
      const roles: Role[] = [];
      for (const name of new Set(names)) {
        const role = builtIn.get(name) ?? own.get(name);
        if (role) roles.push(role);
      }
      return roles;
    },

    async put(name, body, { createOnly }) {
      validate(name, body, options.features());
      const alreadyExists = `Role already exists and cannot be created: ${name}`;
      if (reserved().has(name)) {
        // Kibana looks the role up before writing, so createOnly answers 409 even for a built-in.
        if (createOnly) throw conflict(alreadyExists);
        throw badRequest(`Role [${name}] is reserved and may not be used.`);
      }
      const attributes = toAttributes(name, body);
      let created = true;
      if (createOnly) {
        try {
          await repository.create(ROLE_TYPE, attributes, { id: roleId(name) });
        } catch (e) {
          if (isConflict(e)) throw conflict(alreadyExists);
          throw e;
        }
      } else {
        created = (await readStored(name)) === undefined;
        await repository.create(ROLE_TYPE, attributes, { id: roleId(name), overwrite: true });
      }
      changed();
      return { created };
    },

    async remove(name) {
      if (reserved().has(name)) throw badRequest(`role [${name}] is reserved and cannot be deleted`);
      try {
        await repository.delete(ROLE_TYPE, roleId(name));
      } catch (e) {
        if (isNotFound(e)) throw notFound();
        throw e;
      }
      changed();
    },

    generation() {
      // A caller that trusts its own cache while the generation holds still must still learn of
      // another node's writes: a stale read starts a reload in the background.
      if (loaded && !isFresh(loaded) && !loading) void reload().catch(() => undefined);
      return generation;
    },
  };
}
