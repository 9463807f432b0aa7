import { type FeatureSummary, type Role, type RoleInput } from '../types';
import { emptyEntry, entryFrom, type PrivilegeEntryValues, toKibanaEntry } from './role_privileges_form';

// Elasticsearch's role name rule: printable ASCII, no surrounding whitespace, at most 507.
export const ROLE_NAME_MAX_LENGTH = 507;
const ROLE_NAME = /^[\x20-\x7e]+$/;
export const ROLE_DESCRIPTION_MAX_LENGTH = 2048;

export interface RoleFormValues {
  name: string;
  description: string;
  entries: PrivilegeEntryValues[];
}

export interface RoleFormErrors {
  name?: string;
  description?: string;
  /** By entry key. */
  entries: Record<string, { spaces?: string; privileges?: string }>;
}

export function initialRoleValues(role: Role | undefined, features: FeatureSummary[]): RoleFormValues {
  if (!role) return { name: '', description: '', entries: [emptyEntry()] };
  return { name: role.name, description: role.description ?? '', entries: role.kibana.map((entry) => entryFrom(entry, features)) };
}

function grantsSomething(entry: PrivilegeEntryValues): boolean {
  return entry.base !== 'none' || Object.keys(entry.unknownFeatures).length > 0 || Object.values(entry.features).some((choice) => choice.level !== 'none' && (choice.level !== 'custom' || choice.primary !== 'none' || choice.subFeatures.length > 0));
}

export function validateRoleForm(values: RoleFormValues, { isEdit, existing }: { isEdit: boolean; existing: string[] }): RoleFormErrors {
  const errors: RoleFormErrors = { entries: {} };
  if (!isEdit) {
    if (!values.name) errors.name = 'Enter a role name.';
    else if (values.name.length > ROLE_NAME_MAX_LENGTH) errors.name = `Role name must be ${ROLE_NAME_MAX_LENGTH} characters or fewer.`;
    else if (!ROLE_NAME.test(values.name) || values.name.trim() !== values.name) {
      errors.name = 'Use printable characters, without leading or trailing spaces.';
    } else if (existing.includes(values.name)) errors.name = `Role '${values.name}' already exists.`;
  }
  if (values.description.length > ROLE_DESCRIPTION_MAX_LENGTH) {
    errors.description = `Description must be ${ROLE_DESCRIPTION_MAX_LENGTH} characters or fewer.`;
  }

  // Kibana refuses two entries that name the same space: which one would apply there?
  const seen = new Set<string>();
  for (const entry of values.entries) {
    const entryErrors: { spaces?: string; privileges?: string } = {};
    const repeated = entry.spaces.filter((space) => seen.has(space));
    if (entry.spaces.length === 0) entryErrors.spaces = 'Select at least one space.';
    else if (repeated.length > 0) entryErrors.spaces = `Already granted in another entry: ${repeated.map((space) => (space === '*' ? 'All spaces' : space)).join(', ')}.`;
    entry.spaces.forEach((space) => seen.add(space));
    if (!grantsSomething(entry)) entryErrors.privileges = 'Choose a privilege for all features, or for at least one feature.';
    if (Object.keys(entryErrors).length > 0) errors.entries[entry.key] = entryErrors;
  }
  return errors;
}

export function hasRoleErrors(errors: RoleFormErrors): boolean {
  return errors.name !== undefined || errors.description !== undefined || Object.keys(errors.entries).length > 0;
}

/**
 * The PUT body. An edit keeps what this editor does not show (the Elasticsearch part, metadata),
 * so saving a role here never strips privileges set through the API.
 */
export function toRoleInput(values: RoleFormValues, features: FeatureSummary[], role?: Role): RoleInput {
  const description = values.description.trim();
  return {
    ...(description ? { description } : {}),
    ...(role?.metadata && Object.keys(role.metadata).length > 0 ? { metadata: role.metadata } : {}),
    elasticsearch: role?.elasticsearch ?? { cluster: [], indices: [], run_as: [] },
    kibana: values.entries.map((entry) => toKibanaEntry(entry, features)),
  };
}
