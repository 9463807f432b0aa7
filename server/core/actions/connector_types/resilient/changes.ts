/**
 * Resilient edits an incident through a list of changes, each with the field's old and new
 * value: the server refuses a change whose old value is no longer current (someone edited the
 * incident meanwhile). A value's shape depends on the field's input type, read from the field
 * metadata, as Kibana's connector does: `{text}`, `{textarea: {format, content}}`, `{id}`,
 * `{ids}`, `{date}`, `{boolean}`, `{object}` (numbers).
 */
import type { ResilientFieldMeta, ResilientIncident } from './schema';

export type ChangeValue = Record<string, unknown>;
export interface Change {
  field: { name: string };
  old_value: ChangeValue;
  new_value: ChangeValue;
}

/** The Resilient names of the connector's own incident keys. */
const RESILIENT_NAME: Record<string, string> = { incidentTypes: 'incident_type_ids', severityCode: 'severity_code' };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A select value must be one of the field's options; Kibana names them in the error. */
function assertAllowed(meta: ResilientFieldMeta, given: unknown[]): void {
  const options = meta.values;
  if (!Array.isArray(options)) return;
  if (given.every((value) => options.some((option) => option.value === value))) return;
  const accepted = options.map((option) => `${String(option.value)} (for "${option.label}")`).join(',');
  throw new Error(`Invalid values provided to ${meta.name}: ${JSON.stringify(given)}. Accepted values: ${accepted}`);
}

function valueShape(meta: ResilientFieldMeta, value: unknown, oldValue?: unknown): ChangeValue {
  const absent = value === null || value === undefined;
  switch (meta.input_type) {
    case 'textarea':
      if (absent) return { textarea: null };
      if (isObject(value) && 'format' in value && 'content' in value) return { textarea: { ...value } };
      // An edit keeps the format the incident's text already has.
      return { textarea: { format: isObject(oldValue) && typeof oldValue.format === 'string' ? oldValue.format : 'text', content: value } };
    case 'multiselect': {
      if (absent) return {};
      const ids = Array.isArray(value) ? value : [value];
      assertAllowed(meta, ids);
      return { ids };
    }
    case 'select':
      if (absent) return {};
      assertAllowed(meta, [value]);
      return { id: value };
    case 'datetimepicker':
    case 'datepicker':
      return typeof value === 'number' ? { date: value } : {};
    case 'boolean':
      return typeof value === 'boolean' ? { boolean: value } : {};
    case 'number':
      return typeof value === 'number' ? { object: value } : {};
    case 'text':
      return typeof value === 'string' ? { text: value } : {};
    default:
      return {};
  }
}

/** The PATCH body: one change per key the case sets (nulls were dropped: they would empty the field). */
export function formatUpdateRequest(current: Record<string, unknown>, incident: ResilientIncident, fields: ResilientFieldMeta[]): { changes: Change[] } {
  const { additionalFields, ...own } = incident;
  const updates: Record<string, unknown> = { ...(additionalFields ?? {}), ...own };
  const byName = new Map(fields.map((field) => [field.name, field]));
  const changes = Object.entries(updates)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]): Change => {
      const name = RESILIENT_NAME[key] ?? key;
      const meta = byName.get(name);
      if (!meta) throw new Error(`No metadata found for field ${name}`);
      const container = meta.prefix ? current[meta.prefix] : current;
      const oldValue = isObject(container) ? (container[name] ?? null) : null;
      return { field: { name }, old_value: valueShape(meta, oldValue), new_value: valueShape(meta, value, oldValue) };
    });
  return { changes };
}

/**
 * Additional fields on create: a field the metadata places under a prefix (custom fields live
 * in `properties`) goes there, the others at the top level. Select values are checked first.
 */
export function additionalFieldsForCreate(fields: ResilientFieldMeta[], additionalFields: Record<string, unknown>): Record<string, unknown> {
  const { properties, ...rest } = additionalFields;
  const flat = { ...(isObject(properties) ? properties : {}), ...rest };
  const byName = new Map(fields.map((field) => [field.name, field]));
  const data: Record<string, Record<string, unknown> | unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    const meta = byName.get(key);
    if (meta && (meta.input_type === 'select' || meta.input_type === 'multiselect')) assertAllowed(meta, Array.isArray(value) ? value : [value]);
    if (meta?.prefix) {
      const group = isObject(data[meta.prefix]) ? (data[meta.prefix] as Record<string, unknown>) : {};
      data[meta.prefix] = { ...group, [key]: value };
    } else {
      data[key] = value;
    }
  }
  return data;
}
