/**
 * The `alerts` family: Kibana's `.alerts-security.alerts-<space>` by default, so on Elasticsearch
 * the alerts an Elastic Security deployment wrote are read and updated where they are.
 */
import type { DocumentIndexDefinition, MappingProperty } from '../core';
import { ALERT_FIELDS } from '../../common/alerts/alert_fields';
import type { ResolvedCasesConfig } from '../config';
import { ECS_MAPPED_FIELDS, ECS_UNINDEXED_FIELDS } from './ecs_fields';
import { nestedMappings } from './nested_mappings';

export const ALERTS_FAMILY = 'alerts';

const keyword: MappingProperty = { type: 'keyword' };

/**
 * Only the reason is text: Kibana's reason already names the rule, host, user and process
 * ("process event with process x, by u on h created high alert R"), so one text field serves
 * the Alerts page's search; the rule name stays a keyword for its filter and sort.
 */
const ALERT_MAPPED_FIELDS: Record<string, MappingProperty> = {
  ...ECS_MAPPED_FIELDS,
  [ALERT_FIELDS.uuid]: keyword,
  [ALERT_FIELDS.ruleName]: keyword,
  [ALERT_FIELDS.ruleUuid]: keyword,
  [ALERT_FIELDS.severity]: keyword,
  [ALERT_FIELDS.riskScore]: { type: 'float' },
  [ALERT_FIELDS.reason]: { type: 'text' },
  [ALERT_FIELDS.workflowStatus]: keyword,
  [ALERT_FIELDS.workflowStatusUpdatedAt]: { type: 'date' },
  [ALERT_FIELDS.workflowReason]: keyword,
  [ALERT_FIELDS.caseIds]: keyword,
};

/** The fields a case's Alerts tab and metrics read together with `kibana.alert.case_ids`. */
export const ALERT_FACETS = [
  ALERT_FIELDS.hostName,
  // The hosts metric tells hosts apart by id, as Kibana does.
  ALERT_FIELDS.hostId,
  ALERT_FIELDS.userName,
  ALERT_FIELDS.workflowStatus,
  ALERT_FIELDS.severity,
  ALERT_FIELDS.ruleName,
];

/**
 * Indexed: what the Alerts page and a case's Alerts tab filter and sort by (time, status,
 * severity, rule name, risk score, host, user) and the id. The rest of the mapped fields are
 * read, searched beside another filter or aggregated, never the lone filter of a hot query; a
 * status sync rewrites every index of each alert it touches, so each index here is paid for
 * on every update (docs/storage.md).
 */
export const ALERT_UNINDEXED = [
  ...ECS_UNINDEXED_FIELDS,
  'event.id',
  'event.category',
  'event.action',
  'process.name',
  ALERT_FIELDS.ruleUuid,
  ALERT_FIELDS.workflowStatusUpdatedAt,
  ALERT_FIELDS.workflowReason,
];

export const alertIndexDefinition = (config: ResolvedCasesConfig): DocumentIndexDefinition => ({
  name: ALERTS_FAMILY,
  pattern: config.alerts.index,
  idField: ALERT_FIELDS.uuid,
  mappings: nestedMappings(ALERT_MAPPED_FIELDS),
  facets: ALERT_FACETS,
  unindexed: ALERT_UNINDEXED,
});
