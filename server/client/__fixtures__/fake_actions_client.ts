/**
 * Test-only: an in-memory ActionsClient. It holds connectors the test adds, records every
 * execution with its params, and answers each with what the test configured: by default a
 * `pushToService` creates an incident (or updates the one named by `externalId`) the way the
 * real connector types answer (`{id, title, url, pushedDate, comments}`).
 */
import { notFound, type ActionResult, type ActionsClient, type Connector, type ConnectorTypeInfo, type ConnectorWithReferences } from '../../core';

export interface RecordedExecution {
  connectorId: string;
  params: { subAction?: string; subActionParams?: { incident?: Record<string, unknown>; comments?: Array<{ commentId: string; comment: string }> } };
  source?: { type: string; id: string };
}

export interface FakeActions {
  /** The client for the harness's factory (every space shares the connectors). */
  client: ActionsClient;
  executions: RecordedExecution[];
  /** Adds a connector; `.jira` etc. */
  add(connector: Partial<Connector> & { id: string; actionTypeId: string }): Connector;
  /** Replaces the answer to executions; return undefined for the default. */
  respond: { next?: (execution: RecordedExecution) => ActionResult | undefined };
  /** Reference counts `getAll` reports. */
  references: Map<string, number>;
}

const TYPES = ['.servicenow', '.servicenow-sir', '.jira', '.resilient', '.swimlane', '.thehive', '.cases-webhook', '.email', '.case'];

const typeInfo = (id: string): ConnectorTypeInfo => ({
  id,
  name: id,
  enabled: true,
  enabledInConfig: true,
  enabledInLicense: true,
  minimumLicenseRequired: 'basic',
  supportedFeatureIds: ['cases'],
  isSystemActionType: false,
  isDeprecated: false,
});

export function createFakeActions(): FakeActions {
  const connectors = new Map<string, Connector>();
  const executions: RecordedExecution[] = [];
  const respond: FakeActions['respond'] = {};
  const references = new Map<string, number>();
  let incidents = 0;

  const defaultAnswer = (execution: RecordedExecution): ActionResult => {
    const externalId = (execution.params.subActionParams?.incident?.externalId as string | null | undefined) ?? `ext-${(incidents += 1)}`;
    return {
      status: 'ok',
      actionId: execution.connectorId,
      data: { id: externalId, title: `INC-${externalId}`, url: `https://external.example/${externalId}`, pushedDate: '2024-01-01T00:00:00.000Z', comments: [] },
    };
  };

  const get = async (id: string) => {
    const found = connectors.get(id);
    if (!found) throw notFound(`Saved object [action/${id}] not found`);
    return found;
  };

  const client: ActionsClient = {
    listTypes: () => TYPES.map(typeInfo),
    create: async () => {
      throw new Error('not used by the cases client');
    },
    get,
    getAll: async (): Promise<ConnectorWithReferences[]> =>
      [...connectors.values()].sort((a, b) => a.name.localeCompare(b.name)).map((c) => ({ ...c, referencedByCount: references.get(c.id) ?? 0 })),
    getBulk: async (ids) => ids.flatMap((id) => (connectors.has(id) ? [connectors.get(id)!] : [])),
    update: async () => {
      throw new Error('not used by the cases client');
    },
    delete: async (id) => void connectors.delete(id),
    execute: async (connectorId, params, options) => {
      await get(connectorId);
      const execution: RecordedExecution = { connectorId, params: structuredClone(params) as RecordedExecution['params'], source: options?.source };
      executions.push(execution);
      return respond.next?.(execution) ?? defaultAnswer(execution);
    },
  };

  return {
    client,
    executions,
    respond,
    references,
    add: (connector) => {
      const full: Connector = { name: connector.id, isPreconfigured: false, isDeprecated: false, isSystemAction: false, config: {}, ...connector };
      connectors.set(full.id, full);
      return full;
    },
  };
}
