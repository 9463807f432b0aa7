/**
 * A small keyed registry for what a later feature adds by registration (an owner, a status, a
 * connector type, a metric). Entries arrive during setup; start freezes the registry, so a late
 * registration fails loudly instead of being silently missed by code that already read the list.
 */

export interface ReadonlyRegistry<V extends { id: string }> {
  readonly name: string;
  has(id: string): boolean;
  /** The entry, or undefined for an id nobody registered. */
  get(id: string): V | undefined;
  /** Every entry, in registration order. */
  list(): readonly V[];
  ids(): string[];
}

export interface Registry<V extends { id: string }> extends ReadonlyRegistry<V> {
  register(entry: V): void;
  /** Idempotent: the platform's start may run it once per plugin instance. */
  freeze(): void;
  readonly frozen: boolean;
}

export interface RegistryOptions<V extends { id: string }> {
  initial?: readonly V[];
  /** Throws when an entry could not work beside those already registered. */
  validate?: (entry: V, registered: readonly V[]) => void;
}

export function createRegistry<V extends { id: string }>(name: string, { initial = [], validate }: RegistryOptions<V> = {}): Registry<V> {
  const entries = new Map<string, V>();
  let frozen = false;
  const registry: Registry<V> = {
    name,
    get frozen() {
      return frozen;
    },
    register(entry) {
      if (frozen) throw new Error(`The ${name} registry is frozen: "${entry.id}" must be registered during setup`);
      if (entries.has(entry.id)) throw new Error(`The ${name} registry already holds "${entry.id}"`);
      validate?.(entry, [...entries.values()]);
      entries.set(entry.id, Object.freeze({ ...entry }));
    },
    freeze() {
      frozen = true;
    },
    has: (id) => entries.has(id),
    get: (id) => entries.get(id),
    list: () => [...entries.values()],
    ids: () => [...entries.keys()],
  };
  for (const entry of initial) registry.register(entry);
  return registry;
}
