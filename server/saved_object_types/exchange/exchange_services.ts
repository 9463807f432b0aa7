/**
 * What the cases types' export and import hooks need from the running plugin. Types are
 * registered at setup, before storage or authorization exist; the hooks only run once the
 * server serves requests, after the plugin's start filled this in. One holder per plugin
 * instance (tests run several servers in one process), passed to the type factories.
 */
import { forbidden, serviceUnavailable, type ExchangeRequestContext, type SavedObjectsExchangeAuthorization, type SavedObjectsRepository } from '../../core';

export interface CasesExchangeStart {
  /** Unscoped: hooks name the namespace of the call they serve. */
  repository: SavedObjectsRepository;
  /**
   * Of the owners given, those the caller may not export (read) or import (create) cases of in
   * the context's namespace, each with the refusal message the API would give.
   */
  refusedOwners(context: ExchangeRequestContext, operation: 'export' | 'import', owners: string[]): Promise<ReadonlyMap<string, string>>;
  /** Preconfigured connectors are not saved objects, yet a case may use one: they always exist. */
  isPreconfiguredConnector(id: string): boolean;
}

export interface CasesExchangeServices {
  /** Throws 503 before start (a hook cannot run before then on a server that routes requests). */
  get(): CasesExchangeStart;
  start(services: CasesExchangeStart): void;
}

export function createCasesExchangeServices(): CasesExchangeServices {
  let started: CasesExchangeStart | undefined;
  return {
    get() {
      if (!started) throw serviceUnavailable('The Cases plugin has not started');
      return started;
    },
    start(services) {
      started = services;
    },
  };
}

/**
 * Authorization of a cases type's export and import by the `owner` of each object: an object
 * whose owner the caller may not read (export) or create (import) in that space is refused.
 * An object without an owner is refused too: nothing may bypass the owner rule.
 */
export function ownerExchangeAuthorization(services: CasesExchangeServices): SavedObjectsExchangeAuthorization {
  return async (context, operation, objects) => {
    const ownerOf = (attributes: unknown): string | undefined => {
      const owner = (attributes as { owner?: unknown } | null)?.owner;
      return typeof owner === 'string' ? owner : undefined;
    };
    const owners = [...new Set(objects.map((object) => ownerOf(object.attributes)).filter((owner): owner is string => owner !== undefined))];
    const refused = owners.length > 0 ? await services.get().refusedOwners(context, operation, owners) : new Map<string, string>();
    const result = new Map<string, string>();
    for (const object of objects) {
      const owner = ownerOf(object.attributes);
      if (owner === undefined) result.set(object.id, forbidden(`Saved object [${object.type}/${object.id}] has no owner`).message);
      else if (refused.has(owner)) result.set(object.id, refused.get(owner)!);
    }
    return result;
  };
}
