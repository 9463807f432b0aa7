/**
 * Reading an alert's display values from its flattened fields. Fields may hold one value or an
 * array (ECS allows both), and a document written elsewhere may lack any of them.
 */
import { ALERT_FIELDS, ALERT_SEVERITIES, ALERT_WORKFLOW_STATUSES, type AlertWorkflowStatus } from '../../../common/alerts/alert_fields';
import type { AlertSummary } from '../../containers/alerts_api';

export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

/** The field as text: arrays joined, objects and absences as undefined. */
export function fieldText(alert: AlertSummary, path: string): string | undefined {
  const value = alert.fields[path];
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) {
    const parts = value.filter((item) => item !== null && typeof item !== 'object').map(String);
    return parts.length > 0 ? parts.join(', ') : undefined;
  }
  return typeof value === 'object' ? undefined : String(value);
}

export function fieldList(alert: AlertSummary, path: string): string[] {
  const value = alert.fields[path];
  const values = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return values.filter((item) => typeof item === 'string' && item !== '') as string[];
}

export function alertSeverity(alert: AlertSummary): AlertSeverity | undefined {
  const value = fieldText(alert, ALERT_FIELDS.severity)?.toLowerCase();
  return (ALERT_SEVERITIES as readonly string[]).includes(value ?? '') ? (value as AlertSeverity) : undefined;
}

/** Kibana treats an alert without a workflow status as open. */
export function alertStatus(alert: AlertSummary): AlertWorkflowStatus {
  const value = fieldText(alert, ALERT_FIELDS.workflowStatus);
  return (ALERT_WORKFLOW_STATUSES as readonly string[]).includes(value ?? '') ? (value as AlertWorkflowStatus) : 'open';
}

export function alertCaseIds(alert: AlertSummary): string[] {
  return fieldList(alert, ALERT_FIELDS.caseIds);
}

export function alertRule(alert: AlertSummary): { id: string | null; name: string | null } {
  return { id: fieldText(alert, ALERT_FIELDS.ruleUuid) ?? null, name: fieldText(alert, ALERT_FIELDS.ruleName) ?? null };
}
