/**
 * The case fields of each connector type, keyed by type id: the panel and the create form ask
 * here, so a new type is one registration. Swimlane keeps only the record id, which the server
 * sets on push; the webhook connector keeps nothing.
 */
import { ViewRegistry } from '../../attachment_framework/view_registry';
import { jiraFields } from './jira_fields';
import { resilientFields } from './resilient_fields';
import { serviceNowItsmFields } from './servicenow_itsm_fields';
import { serviceNowSirFields } from './servicenow_sir_fields';
import { theHiveFields } from './thehive_fields';
import type { ConnectorFields, ConnectorFieldsDefinition } from './types';

const swimlaneFields: ConnectorFieldsDefinition = { type: '.swimlane', emptyFields: { caseId: null } };
const webhookFields: ConnectorFieldsDefinition = { type: '.cases-webhook', emptyFields: null };

export const connectorFieldsRegistry = new ViewRegistry<ConnectorFieldsDefinition>('connector fields');
for (const definition of [jiraFields, serviceNowItsmFields, serviceNowSirFields, resilientFields, swimlaneFields, theHiveFields, webhookFields]) {
  connectorFieldsRegistry.register(definition.type, definition);
}

/** The fields a case gets when this type is chosen; null for an unknown type (the server decides). */
export function emptyFieldsOf(type: string): ConnectorFields {
  return connectorFieldsRegistry.get(type)?.emptyFields ?? null;
}
