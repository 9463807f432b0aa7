/**
 * Kibana's validation of a connector's parts, with its messages: `error validating action type
 * config: <detail>` (`secrets`, `connector`) and `error validating action params: <detail>`.
 * The detail follows @kbn/config-schema's `[path]: …` form, which clients and tests match.
 */
import { isLeft } from 'fp-ts/lib/Either';
import * as t from 'io-ts';
import { badRequest } from '../errors';
import type { ConnectorTypeDefinition, ConnectorValidationContext } from './types';

/** An io-ts failure in config-schema's words; only the first is told, as config-schema does. */
export function describeValidationErrors(errors: t.Errors): string {
  const first = errors[0];
  if (!first) return 'invalid value';
  const path = first.context
    .filter((entry, i) => entry.key !== '' && !(i > 0 && entry.actual === first.context[i - 1].actual && /^\d+$/.test(entry.key)))
    .map((entry) => entry.key)
    .join('.');
  const last = first.context[first.context.length - 1];
  // common/core/codec.ts marks an undeclared key with the `never` codec.
  if (last?.type === t.never) return `[${path}]: definition for this key is missing`;
  if (first.message) return first.message.startsWith('[') || !path ? first.message : `[${path}]: ${first.message}`;
  const expected = last?.type.name ?? 'value';
  const where = path ? `[${path}]: ` : '';
  return `${where}expected value of type [${expected}] but got [${kindOf(first.value)}]`;
}

const kindOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'Array' : typeof value);

function decode<A>(codec: t.Decoder<unknown, A>, value: unknown, prefix: string): A {
  const result = codec.decode(value);
  if (isLeft(result)) throw badRequest(`${prefix}: ${describeValidationErrors(result.left)}`);
  return result.right;
}

/** Runs a type's own check; its ConnectorValidationError (or egress refusal) becomes the 400's detail. */
function check(prefix: string, run: () => void): void {
  try {
    run();
  } catch (e) {
    throw badRequest(`${prefix}: ${(e as Error).message}`);
  }
}

const CONFIG = 'error validating action type config';
const SECRETS = 'error validating action type secrets';
const CONNECTOR = 'error validating action type connector';
export const PARAMS_PREFIX = 'error validating action params';

export interface ValidatedConnector {
  config: Record<string, unknown>;
  secrets: Record<string, unknown>;
}

/** The config alone (schema, then the type's own check), decoded with the type's defaults: what an import can check. */
export function validateConnectorConfig(type: ConnectorTypeDefinition, input: unknown, context: ConnectorValidationContext): Record<string, unknown> {
  const config = decode(type.schema.config, input, CONFIG);
  if (type.validate?.config) check(CONFIG, () => type.validate!.config!(config, context));
  return config as Record<string, unknown>;
}

/**
 * Whether a connector of this type and config cannot work without secrets: Kibana's rule for an
 * exported connector's `isMissingSecrets`. Secrets are required when `{}` fails the type's
 * secrets schema or check, or, with this config, its connector check (a ServiceNow connector's
 * basic authentication needs a username); otherwise the config's `hasAuth` says so.
 * `config` is the decoded config when it decodes; a stored config that no longer does is
 * judged by its `hasAuth` alone.
 */
export function connectorNeedsSecrets(type: ConnectorTypeDefinition, config: Record<string, unknown>, context: ConnectorValidationContext): boolean {
  const secrets = type.schema.secrets.decode({});
  if (isLeft(secrets)) return true;
  try {
    type.validate?.secrets?.(secrets.right, context);
  } catch {
    return true;
  }
  const decodedConfig = type.schema.config.decode(config);
  const effective = isLeft(decodedConfig) ? config : (decodedConfig.right as Record<string, unknown>);
  if (!isLeft(decodedConfig) && type.validate?.connector?.(decodedConfig.right, secrets.right)) return true;
  return effective.hasAuth === true;
}

/** Config, secrets and both together, as create and update check them. */
export function validateConnector(type: ConnectorTypeDefinition, input: ValidatedConnector, context: ConnectorValidationContext): ValidatedConnector {
  const config = validateConnectorConfig(type, input.config, context);
  const secrets = decode(type.schema.secrets, input.secrets, SECRETS);
  if (type.validate?.secrets) check(SECRETS, () => type.validate!.secrets!(secrets, context));
  const problem = type.validate?.connector?.(config, secrets);
  if (problem) throw badRequest(`${CONNECTOR}: ${problem}`);
  return { config, secrets: secrets as Record<string, unknown> };
}

/** Params: the failure's detail, for the execution's error result (not a 400). */
export function decodeParams(type: ConnectorTypeDefinition, params: unknown): { ok: true; params: unknown } | { ok: false; message: string } {
  const result = type.schema.params.decode(params);
  return isLeft(result) ? { ok: false, message: `${PARAMS_PREFIX}: ${describeValidationErrors(result.left)}` } : { ok: true, params: result.right };
}
