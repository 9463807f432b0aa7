/** Reading a case's stored connector fields, whose values the server keeps loosely typed. */
import type { ConnectorFields } from './types';

export function stringField(fields: ConnectorFields, key: string): string | null {
  const value = fields?.[key];
  return typeof value === 'string' && value !== '' ? value : null;
}

export function booleanField(fields: ConnectorFields, key: string): boolean {
  return fields?.[key] === true;
}

export function stringListField(fields: ConnectorFields, key: string): string[] {
  const value = fields?.[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Every key the type stores, so that a value set by another form (the API) is kept, not dropped. */
export function withField(empty: ConnectorFields, fields: ConnectorFields, patch: Record<string, unknown>): Record<string, unknown> {
  return { ...(empty ?? {}), ...(fields ?? {}), ...patch };
}
