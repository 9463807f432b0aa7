/**
 * Connectors declared in `xpack.actions.preconfigured`: read-only through the API, secrets in
 * plain text in the configuration (kept in memory, never returned). Checked once at start, so
 * a typo in the file stops the start with the connector's id instead of failing its first use.
 * Problems name the id and the key, never a value.
 */
import { isHttpError } from '../errors';
import type { ActionsConfig, PreconfiguredConnectorSettings } from './config';
import type { ConnectorTypeRegistry } from './connector_type_registry';
import type { Connector, EgressRules } from './types';
import { validateConnector } from './validation';

export interface PreconfiguredConnector {
  connector: Connector;
  config: Record<string, unknown>;
  secrets: Record<string, unknown>;
}

export type PreconfiguredConnectors = ReadonlyMap<string, PreconfiguredConnector>;

export function loadPreconfiguredConnectors(
  settings: ActionsConfig['preconfigured'],
  registry: ConnectorTypeRegistry,
  egress: EgressRules,
): { connectors: PreconfiguredConnectors; problems: string[] } {
  const connectors = new Map<string, PreconfiguredConnector>();
  const problems: string[] = [];
  for (const id of Object.keys(settings)) {
    const entry = settings[id];
    const problem = checkEntry(id, entry, registry, egress);
    if (problem) {
      problems.push(problem);
      continue;
    }
    const type = registry.get(entry.actionTypeId);
    connectors.set(id, {
      config: entry.config,
      secrets: entry.secrets,
      connector: {
        id,
        name: entry.name,
        actionTypeId: entry.actionTypeId,
        ...(entry.exposeConfig ? { config: entry.config } : {}),
        isPreconfigured: true,
        isDeprecated: type.isDeprecated?.(entry.config) ?? false,
        isSystemAction: false,
      },
    });
  }
  return { connectors, problems };
}

function checkEntry(id: string, entry: PreconfiguredConnectorSettings, registry: ConnectorTypeRegistry, egress: EgressRules): string | undefined {
  const where = `xpack.actions.preconfigured.${id}`;
  if (!registry.has(entry.actionTypeId)) return `${where}: action type "${entry.actionTypeId}" is not registered`;
  try {
    validateConnector(registry.get(entry.actionTypeId), { config: entry.config, secrets: entry.secrets }, { egress });
    return undefined;
  } catch (e) {
    if (!isHttpError(e)) throw e;
    // A secrets failure may quote what was given: say which part failed and no more.
    const message = e.message.startsWith('error validating action type secrets') ? 'error validating action type secrets (see the type in docs/connectors.md)' : e.message;
    return `${where}: ${message}`;
  }
}
