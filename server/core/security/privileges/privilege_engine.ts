/**
 * The privileges engine: resolves what a set of roles holds in a space (resolve_privileges.ts)
 * and remembers it, because every authorized request asks. Entries are keyed by the sorted role
 * names, the space, the role store's generation and the features the space switches off, so a
 * role or space change made here applies at once; entries also expire after `ttlMs`, so a role
 * another process wrote applies within that time.
 */
import { SUPERUSER_ROLE } from '../types';
import { resolveSpacePrivileges } from './resolve_privileges';
import type { KibanaFeature, Role, SpacePrivileges } from './types';

/** What the engine reads of the role store (helper A's RoleStore satisfies it). */
export interface RoleSource {
  getMany(names: readonly string[]): Promise<Role[]>;
  generation(): number;
}

/** A space's switched-off features; an unknown space has none (the router refuses it anyway). */
export type DisabledFeaturesLookup = (spaceId: string) => readonly string[] | Promise<readonly string[]>;

export interface PrivilegeEngineDeps {
  /** The registered features; read lazily, since plugins register them during setup. */
  features(): readonly KibanaFeature[];
  roles: RoleSource;
  disabledFeatures: DisabledFeaturesLookup;
  now?: () => number;
  ttlMs?: number;
  maxEntries?: number;
}

export interface PrivilegeEngine {
  /** What holders of `roleNames` hold in `spaceId`. */
  forRoles(roleNames: readonly string[], spaceId: string): Promise<SpacePrivileges>;
  /** Whether `privileges` include `action`; the superuser also holds actions no feature grants. */
  holds(privileges: SpacePrivileges, action: string): boolean;
  features(): readonly KibanaFeature[];
}

export const PRIVILEGE_CACHE_TTL_MS = 10_000;
const DEFAULT_MAX_ENTRIES = 1000;
// Role names are printable characters, so NUL cannot occur inside one.
const SEPARATOR = '\u0000';

interface Entry {
  expiresAt: number;
  value: Promise<SpacePrivileges>;
}

export function createPrivilegeEngine(deps: PrivilegeEngineDeps): PrivilegeEngine {
  const now = deps.now ?? Date.now;
  const ttlMs = deps.ttlMs ?? PRIVILEGE_CACHE_TTL_MS;
  const maxEntries = deps.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const entries = new Map<string, Entry>();
  let cachedGeneration = deps.roles.generation();
  // The superuser's privileges depend on the disabled features alone, never on the role store.
  const superuserByDisabled = new Map<string, SpacePrivileges>();
  let catalog: { size: number; actions: ReadonlySet<string> } | undefined;

  /** Every action some feature grants: the superuser holds all others unconditionally. */
  function featureActions(): ReadonlySet<string> {
    const features = deps.features();
    if (catalog?.size !== features.length) {
      const actions = new Set<string>();
      for (const f of features) for (const g of [f.privileges.all, f.privileges.read, ...f.subFeatures]) for (const a of g.actions) actions.add(a);
      catalog = { size: features.length, actions };
      superuserByDisabled.clear();
    }
    return catalog.actions;
  }

  function superuserPrivileges(spaceId: string, disabled: readonly string[]): SpacePrivileges {
    featureActions();
    const key = disabled.length === 0 ? '' : [...disabled].sort().join(SEPARATOR);
    let found = superuserByDisabled.get(key);
    if (!found) {
      found = resolveSpacePrivileges({ roles: [], superuser: true, features: deps.features(), spaceId, disabledFeatures: disabled });
      superuserByDisabled.set(key, found);
    }
    return found;
  }

  function remember(key: string, value: Promise<SpacePrivileges>): void {
    if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
    entries.set(key, { expiresAt: now() + ttlMs, value });
    // A failed lookup is not remembered: the next request tries again.
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
  }

  return {
    async forRoles(roleNames, spaceId) {
      const disabled = await deps.disabledFeatures(spaceId);
      if (roleNames.includes(SUPERUSER_ROLE)) return superuserPrivileges(spaceId, disabled);

      const generation = deps.roles.generation();
      if (generation !== cachedGeneration) {
        entries.clear();
        cachedGeneration = generation;
      }
      const key = [[...roleNames].sort().join(SEPARATOR), spaceId, generation, [...disabled].sort().join(SEPARATOR)].join('\u0001');
      const hit = entries.get(key);
      if (hit && hit.expiresAt > now()) return hit.value;

      const value = deps.roles.getMany(roleNames).then((roles) =>
        resolveSpacePrivileges({ roles, superuser: false, features: deps.features(), spaceId, disabledFeatures: disabled }),
      );
      remember(key, value);
      return value;
    },

    holds(privileges, action) {
      if (privileges.actions.has(action)) return true;
      return privileges.superuser && !featureActions().has(action);
    },

    features: () => deps.features(),
  };
}
