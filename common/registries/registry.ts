/**
 * The registries of what a later feature adds by registration (an owner, a status, a connector
 * type, a metric, an attachment type, a user-action type, a browser view). Entries arrive during
 * setup; start freezes a registry, so a late registration fails loudly instead of being silently
 * missed by code that already read the list. Both halves build on this file, so it imports
 * nothing of Node or the DOM.
 */

/** What every registry answers, whatever it keys its entries by. */
interface RegistryLookup<V> {
  readonly name: string;
  has(key: string): boolean;
  /** The entry, or undefined for a key nobody registered. */
  get(key: string): V | undefined;
  /** Every entry, in registration order. */
  list(): readonly V[];
}

/**
 * Values under a key the caller names: the core every registry shares, used as is where the
 * value does not carry its own key (a codec, a view) or carries it under another field.
 */
export interface KeyedRegistry<V> extends RegistryLookup<V> {
  /** The value is kept as given: a codec or a view may be a class instance or a function. */
  register(key: string, value: V): void;
  /** Idempotent: the platform's start may run it once per plugin instance. */
  freeze(): void;
  readonly frozen: boolean;
  keys(): string[];
}

export interface KeyedRegistryOptions<V> {
  /** Throws when a value could not work beside those already registered. */
  validate?: (value: V, registered: readonly V[]) => void;
}

export function createKeyedRegistry<V>(name: string, { validate }: KeyedRegistryOptions<V> = {}): KeyedRegistry<V> {
  const entries = new Map<string, V>();
  let frozen = false;
  return {
    name,
    get frozen() {
      return frozen;
    },
    register(key, value) {
      if (frozen) throw new Error(`The ${name} registry is frozen: "${key}" must be registered during setup`);
      if (entries.has(key)) throw new Error(`"${key}" is already registered in the ${name} registry`);
      validate?.(value, [...entries.values()]);
      entries.set(key, value);
    },
    freeze() {
      frozen = true;
    },
    has: (key) => entries.has(key),
    get: (key) => entries.get(key),
    list: () => [...entries.values()],
    keys: () => [...entries.keys()],
  };
}

/** A registry of plain data entries that carry their own `id`. */
export interface ReadonlyRegistry<V extends { id: string }> extends RegistryLookup<V> {
  ids(): string[];
}

export interface Registry<V extends { id: string }> extends ReadonlyRegistry<V> {
  register(entry: V): void;
  /** Idempotent: the platform's start may run it once per plugin instance. */
  freeze(): void;
  readonly frozen: boolean;
}

export interface RegistryOptions<V extends { id: string }> extends KeyedRegistryOptions<V> {
  initial?: readonly V[];
}

export function createRegistry<V extends { id: string }>(name: string, { initial = [], validate }: RegistryOptions<V> = {}): Registry<V> {
  const keyed = createKeyedRegistry<V>(name, { validate });
  const registry: Registry<V> = {
    name,
    get frozen() {
      return keyed.frozen;
    },
    // A copy, frozen: the caller cannot change an entry after the checks have passed.
    register: (entry) => keyed.register(entry.id, Object.freeze({ ...entry })),
    freeze: () => keyed.freeze(),
    has: (id) => keyed.has(id),
    get: (id) => keyed.get(id),
    list: () => keyed.list(),
    ids: () => keyed.keys(),
  };
  for (const entry of initial) registry.register(entry);
  return registry;
}
