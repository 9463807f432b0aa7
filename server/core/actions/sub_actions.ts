/**
 * Kibana's connectors for cases take `{ subAction, subActionParams }`: `pushToService` plus the
 * lookups a case form needs (issue types, choices, ...). A type declares each sub-action once,
 * with its params codec and its run function; this builds the params decoder and the executor
 * from that table, so no type writes its own dispatch.
 */
import * as t from 'io-ts';
import { isLeft } from 'fp-ts/lib/Either';
import type { ConnectorExecutorOptions, ConnectorTypeDefinition } from './types';

export interface SubActionDefinition<Config, Secrets, P> {
  params: t.Decoder<unknown, P>;
  run(options: Omit<ConnectorExecutorOptions<Config, Secrets, unknown>, 'params'>, params: P): Promise<unknown>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry has its own params type
export type SubActionTable<Config, Secrets> = Record<string, SubActionDefinition<Config, Secrets, any>>;

export interface SubActionParams {
  subAction: string;
  subActionParams: unknown;
}

/** `{ subAction, subActionParams }`, with the params decoded by the named sub-action's codec. */
export function subActionParamsCodec<Config, Secrets>(table: SubActionTable<Config, Secrets>): t.Decoder<unknown, SubActionParams> {
  const names = Object.keys(table);
  return new t.Type<SubActionParams, SubActionParams, unknown>(
    'params',
    (u): u is SubActionParams => typeof u === 'object' && u !== null && typeof (u as SubActionParams).subAction === 'string',
    (u, ctx) => {
      if (typeof u !== 'object' || u === null || Array.isArray(u)) return t.failure(u, ctx, 'expected an object');
      const { subAction, subActionParams = {}, ...rest } = u as Record<string, unknown>;
      const unknownKeys = Object.keys(rest);
      if (unknownKeys.length > 0) return t.failure(u, ctx, `[${unknownKeys[0]}]: definition for this key is missing`);
      if (typeof subAction !== 'string' || !Object.hasOwn(table, subAction)) {
        return t.failure(subAction, [...ctx, { key: 'subAction', type: t.string, actual: subAction }], `[subAction]: expected one of ${names.join(', ')}`);
      }
      const decoded = table[subAction].params.decode(subActionParams);
      if (isLeft(decoded)) {
        return t.failures(decoded.left.map((e) => ({ ...e, context: [...ctx, { key: 'subActionParams', type: t.unknown, actual: subActionParams }, ...e.context.slice(1)] })));
      }
      return t.success({ subAction, subActionParams: decoded.right });
    },
    t.identity,
  );
}

/** The `schema.params` and `execute` of a connector type, from its table of sub-actions. */
export function subActionConnector<Config, Secrets>(
  table: SubActionTable<Config, Secrets>,
): Pick<ConnectorTypeDefinition<Config, Secrets, SubActionParams>, 'execute'> & { params: t.Decoder<unknown, SubActionParams> } {
  return {
    params: subActionParamsCodec(table),
    execute: async ({ params, ...options }) => table[params.subAction].run(options, params.subActionParams),
  };
}
