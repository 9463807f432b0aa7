/**
 * Checks one ingested document before it is stored: an object of bounded size and depth, with
 * its id and `@timestamp`, and every mapped field holding the kind of value its mapping indexes
 * (Elasticsearch would refuse the item with a mapper error; the embedded store would index
 * garbage). Alerts also get Kibana's rules for workflow status, severity and risk score.
 * The answer is the document to store, or the reason it is refused.
 */
import type { DocumentIndexDefinition, MappingProperty } from '../core';
import { ALERT_FIELDS, ALERT_SEVERITIES, ALERT_WORKFLOW_STATUSES, readDocumentField } from '../../common/alerts/alert_fields';
import { MAX_ID_LENGTH, MAX_INGEST_DOCUMENT_BYTES, MAX_INGEST_DOCUMENT_DEPTH } from '../../common/constants';
import { mappedLeaves } from './nested_mappings';

export type ValidatedDocument = { ok: true; id: string; document: Record<string, unknown> } | { ok: false; id: string | null; reason: string };

export interface DocumentRules {
  definition: DocumentIndexDefinition;
  /** Alerts: Kibana's workflow status, severity and risk score rules. */
  alert: boolean;
}

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

export const isIsoDate = (value: unknown): boolean => typeof value === 'string' && ISO_8601.test(value) && Number.isFinite(Date.parse(value));

function depthOf(value: unknown, limit: number, depth = 0): number {
  if (value === null || typeof value !== 'object' || depth > limit) return depth;
  let deepest = depth + 1;
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    deepest = Math.max(deepest, depthOf(child, limit, depth + 1));
    if (deepest > limit) break;
  }
  return deepest;
}

/** Why a value does not fit a mapped field, or undefined when it does (arrays of fitting values fit). */
function mismatch(value: unknown, property: MappingProperty): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.map((v) => (Array.isArray(v) ? 'a nested array' : mismatch(v, property))).find(Boolean);
  switch (property.type) {
    case 'keyword':
    case 'text':
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? undefined : 'a string';
    case 'date':
      return isIsoDate(value) ? undefined : 'an ISO-8601 date';
    case 'long':
      return Number.isSafeInteger(value) ? undefined : 'a whole number';
    case 'float':
    case 'double':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'a number';
    default:
      return undefined;
  }
}

function alertRule(document: Record<string, unknown>): string | undefined {
  const status = readDocumentField(document, ALERT_FIELDS.workflowStatus);
  if (status !== undefined && !(ALERT_WORKFLOW_STATUSES as readonly unknown[]).includes(status)) {
    return `[${ALERT_FIELDS.workflowStatus}] must be one of ${ALERT_WORKFLOW_STATUSES.join(', ')}`;
  }
  const severity = readDocumentField(document, ALERT_FIELDS.severity);
  if (severity !== undefined && !(ALERT_SEVERITIES as readonly unknown[]).includes(severity)) {
    return `[${ALERT_FIELDS.severity}] must be one of ${ALERT_SEVERITIES.join(', ')}`;
  }
  const risk = readDocumentField(document, ALERT_FIELDS.riskScore);
  if (risk !== undefined && !(typeof risk === 'number' && risk >= 0 && risk <= 100)) return `[${ALERT_FIELDS.riskScore}] must be a number from 0 to 100`;
  // Which cases hold an alert is the cases' record, written when it is attached: a document
  // claiming cases of its own would show in cases that never attached it.
  if (readDocumentField(document, ALERT_FIELDS.caseIds) !== undefined) {
    return `[${ALERT_FIELDS.caseIds}] is maintained by Cases: attach the alert to a case instead`;
  }
  return undefined;
}

export function validateDocument(input: unknown, { definition, alert }: DocumentRules): ValidatedDocument {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return { ok: false, id: null, reason: 'a document must be a JSON object' };
  const document = input as Record<string, unknown>;
  const rawId = readDocumentField(document, definition.idField);
  const id = typeof rawId === 'string' && rawId.length > 0 && rawId.length <= MAX_ID_LENGTH ? rawId : null;
  const refuse = (reason: string): ValidatedDocument => ({ ok: false, id, reason });
  if (id === null) return refuse(`[${definition.idField}] must be a non-empty string of at most ${MAX_ID_LENGTH} characters`);
  if (depthOf(document, MAX_INGEST_DOCUMENT_DEPTH) > MAX_INGEST_DOCUMENT_DEPTH) return refuse(`the document nests deeper than ${MAX_INGEST_DOCUMENT_DEPTH} levels`);
  if (Buffer.byteLength(JSON.stringify(document)) > MAX_INGEST_DOCUMENT_BYTES) return refuse(`the document is larger than ${MAX_INGEST_DOCUMENT_BYTES} bytes`);
  if (!isIsoDate(readDocumentField(document, '@timestamp'))) return refuse('[@timestamp] must be an ISO-8601 date');
  for (const [path, property] of mappedLeaves(definition.mappings.properties)) {
    const wrong = mismatch(readDocumentField(document, path), property);
    if (wrong) return refuse(`[${path}] must be ${wrong}`);
  }
  if (!alert) return { ok: true, id, document };
  const broken = alertRule(document);
  if (broken) return refuse(broken);
  // Kibana writes new alerts `open`; an unset status would match no status filter.
  const status = readDocumentField(document, ALERT_FIELDS.workflowStatus);
  return { ok: true, id, document: status === undefined ? withField(document, ALERT_FIELDS.workflowStatus, 'open') : document };
}

/**
 * A copy with `path` set in the form the document already uses: inside its nested objects where
 * they exist (`kibana: { alert: {...} }`), as a dotted key otherwise (Kibana's own alerts).
 */
function withField(document: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(document);
  const parts = path.split('.');
  let level = copy;
  let i = 0;
  for (; i < parts.length - 1; i++) {
    const next = level[parts[i]];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) break;
    level = next as Record<string, unknown>;
  }
  level[parts.slice(i).join('.')] = value;
  return copy;
}
