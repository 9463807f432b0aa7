import { type ActionConnector, type ActionConnectorType } from './types';

const type = (id: string, name: string, extra: Partial<ActionConnectorType> = {}): ActionConnectorType => ({
  id,
  name,
  enabled: true,
  enabled_in_config: true,
  enabled_in_license: true,
  minimum_license_required: 'basic',
  supported_feature_ids: ['cases'],
  is_system_action_type: false,
  is_deprecated: false,
  source: 'stack',
  ...extra,
});

export const CONNECTOR_TYPES: ActionConnectorType[] = [
  type('.jira', 'Jira'),
  type('.servicenow', 'ServiceNow ITSM'),
  type('.email', 'Email', { supported_feature_ids: ['alerting'] }),
  type('.case', 'Case'),
  type('.cases-webhook', 'Webhook - Case Management'),
  type('.system-thing', 'System thing', { is_system_action_type: true }),
];

export const connector = (id: string, name: string, typeId: string, extra: Partial<ActionConnector> = {}): ActionConnector => ({
  id,
  name,
  connector_type_id: typeId,
  is_preconfigured: false,
  is_deprecated: false,
  is_system_action: false,
  is_connector_type_deprecated: false,
  is_missing_secrets: false,
  referenced_by_count: 0,
  ...extra,
});

export const JIRA = connector('jira-1', 'Jira SOC', '.jira', { config: { apiUrl: 'https://jira.example.com', projectKey: 'SOC' }, referenced_by_count: 2 });
export const PRECONFIGURED_MAIL = connector('mail-pre', 'Company mail', '.email', { is_preconfigured: true, config: undefined, is_missing_secrets: undefined });
export const OLD_SN = connector('sn-1', 'Old ServiceNow', '.servicenow', { is_deprecated: true, is_missing_secrets: true, config: { apiUrl: 'https://sn.example.com', usesTableApi: true, isOAuth: false } });

export const CONNECTORS: ActionConnector[] = [JIRA, PRECONFIGURED_MAIL, OLD_SN];
