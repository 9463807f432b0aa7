/**
 * The connector types the platform ships, as Kibana's stack connectors: each type lives in its
 * own folder and exports its definition; this list is the one place they are registered
 * (actions_service.ts seeds the registry with it). Plugins add theirs through
 * `CoreSetup.actions.registerType` (the cases plugin's `.case`).
 */
import type { ConnectorTypeDefinition } from '../types';
import { casesWebhookConnectorType } from './cases_webhook';
import { emailConnectorType } from './email';
import { jiraConnectorType } from './jira';
import { resilientConnectorType } from './resilient';
import { serviceNowItsmConnectorType, serviceNowSirConnectorType } from './servicenow';
import { swimlaneConnectorType } from './swimlane';
import { theHiveConnectorType } from './thehive';

// Each definition is typed by its own config, secrets and params; the registry holds them as the
// platform sees them, decoding every input with the type's own schema before the type runs.
const erase = <C, S, P>(type: ConnectorTypeDefinition<C, S, P>): ConnectorTypeDefinition => type as unknown as ConnectorTypeDefinition;

export const BUILT_IN_CONNECTOR_TYPES: ConnectorTypeDefinition[] = [
  erase(serviceNowItsmConnectorType),
  erase(serviceNowSirConnectorType),
  erase(jiraConnectorType),
  erase(resilientConnectorType),
  erase(swimlaneConnectorType),
  erase(theHiveConnectorType),
  erase(casesWebhookConnectorType),
  erase(emailConnectorType),
];
