/**
 * Runs a connector, Kibana's way: the answer is a result, not an exception. Params are decoded
 * by the type's schema, config and secrets checked again (a preconfigured connector was never
 * created through the API), secrets decrypted, and the type's executor run with the platform's
 * HTTP client. Whatever the executor throws becomes `an error occurred while running the
 * action` with the error's message as `serviceMessage`. The log gets ids and types, never
 * params or secrets.
 */
import { isHttpError } from '../errors';
import type { Logger } from '../logging/types';
import type { AuthenticatedUser } from '../security/types';
import type { KibanaRequest } from '../http/types';
import type { ConnectorTypeRegistry } from './connector_type_registry';
import { ConnectorError } from './errors';
import type { HostSettingsResolver } from './host_settings';
import type { ConnectorHttpClient } from './http_client';
import type { ActionResult, EgressRules } from './types';
import { decodeParams, validateConnector } from './validation';

export const EXECUTION_FAILED_MESSAGE = 'an error occurred while running the action';

export interface ExecutableConnector {
  id: string;
  name: string;
  actionTypeId: string;
  config: Record<string, unknown>;
  /** Decrypts on demand, so a connector whose params fail never touches its secrets. */
  secrets(): Record<string, unknown>;
}

export interface ExecutorDeps {
  registry: ConnectorTypeRegistry;
  http: ConnectorHttpClient;
  egress: EgressRules;
  hostSettings: HostSettingsResolver;
  logger: Logger;
}

export interface ExecutionContext {
  spaceId: string;
  request?: KibanaRequest;
  user?: AuthenticatedUser;
  signal?: AbortSignal;
  source?: { type: string; id: string };
}

const failure = (actionId: string, message: string, extra: Partial<Extract<ActionResult, { status: 'error' }>> = {}): ActionResult => ({ status: 'error', actionId, message, retry: false, ...extra });

export async function executeConnector(deps: ExecutorDeps, connector: ExecutableConnector, rawParams: unknown, context: ExecutionContext): Promise<ActionResult> {
  const type = deps.registry.get(connector.actionTypeId);
  const log = { 'event.action': 'connector-execute', 'connector.id': connector.id, 'connector.type': type.id, ...(context.source ? { 'source.type': context.source.type, 'source.id': context.source.id } : {}) };
  const params = decodeParams(type, rawParams);
  if (!params.ok) return failure(connector.id, params.message, { errorSource: 'user' });
  let prepared: { config: Record<string, unknown>; secrets: Record<string, unknown> };
  try {
    prepared = validateConnector(type, { config: connector.config, secrets: connector.secrets() }, { egress: deps.egress });
  } catch (e) {
    // A 400 of validation says what is wrong with the stored connector; a decryption failure says which key.
    const message = (e as Error).message;
    deps.logger.warn({ ...log, 'error.message': message }, `Connector ${connector.id} (${type.id}) cannot run: ${message}`);
    return failure(connector.id, message, isHttpError(e) ? { errorSource: 'user' } : { errorSource: 'framework' });
  }
  deps.logger.debug(log, `Executing connector ${connector.id} (${type.id})`);
  try {
    const data = await type.execute({
      connectorId: connector.id,
      connectorName: connector.name,
      config: prepared.config,
      secrets: prepared.secrets,
      params: params.params,
      http: deps.http.bind(context.signal),
      egress: deps.egress,
      hostSettings: deps.hostSettings,
      logger: deps.logger.child({ 'log.logger': `actions.${type.id}` }),
      spaceId: context.spaceId,
      request: context.request,
      user: context.user,
      signal: context.signal,
    });
    return data === undefined ? { status: 'ok', actionId: connector.id } : { status: 'ok', actionId: connector.id, data };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    deps.logger.warn({ ...log, 'error.message': message }, `Connector ${connector.id} (${type.id}) failed: ${message}`);
    return failure(connector.id, EXECUTION_FAILED_MESSAGE, { serviceMessage: message, retry: e instanceof ConnectorError ? e.retry : true });
  }
}
