/**
 * The answers Kibana's `.thehive` accepts: a v1 case for a create, a comment for a comment. A
 * proxy's HTML page or a different API version must not pass as a pushed case, so each answer
 * is checked before its fields are read, with Kibana's `Response validation failed (…)` text.
 */
import { ConnectorError } from '../../errors';

type Kind = 'string' | 'number' | 'boolean' | 'object';

/** The keys of TheHive's v1 case that Kibana requires (its schema's non-nullable keys). */
const CASE_KEYS: Record<string, Kind> = {
  _id: 'string',
  _type: 'string',
  _createdBy: 'string',
  _createdAt: 'number',
  number: 'number',
  title: 'string',
  description: 'string',
  severity: 'number',
  severityLabel: 'string',
  startDate: 'number',
  flag: 'boolean',
  tlp: 'number',
  tlpLabel: 'string',
  pap: 'number',
  papLabel: 'string',
  status: 'string',
  stage: 'string',
  extraData: 'object',
  newDate: 'number',
  timeToDetect: 'number',
};

const COMMENT_KEYS: Record<string, Kind> = { _id: 'string', _type: 'string', createdBy: 'string', createdAt: 'number', message: 'string', isEdited: 'boolean', extraData: 'object' };

export interface TheHiveCase {
  _id: string;
  title: string;
  _createdAt: number;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Numbers may come as numeric strings (Kibana coerces them). */
function matches(value: unknown, kind: Kind): boolean {
  if (kind === 'number') return (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)));
  if (kind === 'object') return kindOf(value) === 'object';
  return typeof value === kind;
}

function check(data: unknown, keys: Record<string, Kind>): Record<string, unknown> {
  if (kindOf(data) !== 'object') throw new ConnectorError(`Response validation failed (Error: expected value of type [object] but got [${kindOf(data)}])`);
  const record = data as Record<string, unknown>;
  for (const [key, kind] of Object.entries(keys)) {
    if (!matches(record[key], kind)) throw new ConnectorError(`Response validation failed (Error: [${key}]: expected value of type [${kind}] but got [${kindOf(record[key])}])`);
  }
  return record;
}

export function checkCaseResponse(data: unknown): TheHiveCase {
  const record = check(data, CASE_KEYS);
  return { _id: record._id as string, title: record.title as string, _createdAt: Number(record._createdAt) };
}

export function checkCommentResponse(data: unknown): void {
  check(data, COMMENT_KEYS);
}
