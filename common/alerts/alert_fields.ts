/**
 * The ECS and `kibana.alert.*` field paths the cases features read from alert and event
 * documents, in one place for both halves. Paths are dotted as Kibana names them; stored
 * documents may hold them nested or with dotted keys (readDocumentField reads both).
 */
export const ALERT_FIELDS = {
  timestamp: '@timestamp',
  uuid: 'kibana.alert.uuid',
  ruleName: 'kibana.alert.rule.name',
  ruleUuid: 'kibana.alert.rule.uuid',
  severity: 'kibana.alert.severity',
  riskScore: 'kibana.alert.risk_score',
  reason: 'kibana.alert.reason',
  workflowStatus: 'kibana.alert.workflow_status',
  workflowStatusUpdatedAt: 'kibana.alert.workflow_status_updated_at',
  workflowReason: 'kibana.alert.workflow_reason',
  caseIds: 'kibana.alert.case_ids',
  hostName: 'host.name',
  hostId: 'host.id',
  userName: 'user.name',
  sourceIp: 'source.ip',
  destinationIp: 'destination.ip',
} as const;

/** Kibana's alert workflow statuses, and the one each case status syncs its alerts to. */
export const ALERT_WORKFLOW_STATUSES = ['open', 'acknowledged', 'closed'] as const;
export type AlertWorkflowStatus = (typeof ALERT_WORKFLOW_STATUSES)[number];

export const ALERT_STATUS_FOR_CASE_STATUS: Readonly<Record<'open' | 'in-progress' | 'closed', AlertWorkflowStatus>> = {
  open: 'open',
  'in-progress': 'acknowledged',
  closed: 'closed',
};

/** Kibana's alert severities, lowest first. */
export const ALERT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

/** The value at a dotted path, whether the document holds it nested, with dotted keys, or mixed. */
export function readDocumentField(source: unknown, path: string): unknown {
  if (source === null || typeof source !== 'object') return undefined;
  const record = source as Record<string, unknown>;
  if (path in record) return record[path];
  const parts = path.split('.');
  for (let i = parts.length - 1; i > 0; i--) {
    const head = parts.slice(0, i).join('.');
    if (head in record) {
      const found = readDocumentField(record[head], parts.slice(i).join('.'));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** Every leaf of a document under its dotted path (arrays of scalars are leaves): a flyout's table rows. */
export function flattenDocument(source: unknown, prefix = '', into: Record<string, unknown> = {}): Record<string, unknown> {
  if (source === null || typeof source !== 'object' || Array.isArray(source)) {
    if (prefix) into[prefix] = source;
    return into;
  }
  for (const [key, value] of Object.entries(source as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) flattenDocument(value, path, into);
    else into[path] = value;
  }
  return into;
}
