/** What every repository operation needs: the client, the alias, the types, and a clock. */
import type { Client } from '@elastic/elasticsearch';
import type { Logger } from '../../logging/types';
import { unsupportedType } from '../errors';
import {
  DEFAULT_NAMESPACE,
  type RefreshOption,
  type SavedObjectsType,
  type SavedObjectTypeRegistry,
} from '../types';
import { esCall, type ObjectTarget } from './es_errors';

export interface EsContext {
  client: Client;
  /** The alias every read and write goes through. */
  index: string;
  registry: SavedObjectTypeRegistry;
  logger?: Logger;
  /** ISO-8601 UTC; injectable so tests can assert exact documents. */
  now(): string;
  generateId(): string;
}

export function requireType(ctx: EsContext, name: string): SavedObjectsType {
  const type = ctx.registry.getType(name);
  if (!type) throw unsupportedType(name);
  return type;
}

export const normalizeNamespace = (namespace?: string): string => namespace ?? DEFAULT_NAMESPACE;

/** `wait_for` unless the caller opts out: what the API returns is then what a search sees. */
export const refreshParam = (refresh?: RefreshOption): 'wait_for' | false => (refresh === false ? false : 'wait_for');

/**
 * On every index, create, update and bulk: without it, a write that finds the alias missing
 * (deleted by hand, or not yet created) makes Elasticsearch auto-create a concrete index under
 * that name with dynamic mappings, where `namespaces` becomes `text` and space filters break.
 * With it the write fails with 404 and the next start recreates the alias properly.
 */
export const WRITE_THROUGH_ALIAS = { require_alias: true } as const;

export const call = <T>(ctx: EsContext, run: () => Promise<T>, target?: ObjectTarget): Promise<T> =>
  esCall(run, target, ctx.logger);
