/**
 * The checks a role passes before it is stored, worded as Kibana and Elasticsearch word them so
 * a script written against Kibana reads the same refusals:
 * - Kibana's schema rules on the `kibana` entries (`[request body.kibana.0]: ...`);
 * - Kibana's semantic check against the registered features;
 * - Elasticsearch's rules on role names and metadata keys.
 */
import { ALL_SPACES, BASE_PRIVILEGES, PRIMARY_FEATURE_PRIVILEGES, type KibanaFeature } from '../privileges/types';
import type { KibanaPrivilegeBody, RoleBody } from './role_body_codec';

const SPACE_ID = /^[a-z0-9_-]+$/;
const FEATURE_NAME = /^[a-zA-Z0-9_-]+$/;
const SPACE_ID_MESSAGE = `must be lower case, a-z, 0-9, '_', and '-' are allowed`;
const FEATURE_NAME_MESSAGE = `only a-z, A-Z, 0-9, '_', and '-' are allowed`;

/** Every privilege a role may grant on a feature: the primary ones, then each sub-feature id. */
export const featurePrivilegeNames = (feature: KibanaFeature): string[] => [
  ...PRIMARY_FEATURE_PRIVILEGES,
  ...feature.subFeatures.map((sub) => sub.id),
];

const at = (path: string, message: string) => `[request body.${path}]: ${message}`;

/**
 * Kibana accepts `spaces` either as exactly `['*']` or as a list of space ids; a refusal names
 * why each of the two forms failed, as config-schema's `oneOf` does.
 */
function spacesError(spaces: string[], path: string): string | undefined {
  if (spaces.every((space) => SPACE_ID.test(space))) return undefined;
  if (spaces.length === 1 && spaces[0] === ALL_SPACES) return undefined;
  const notStar = spaces.findIndex((space) => space !== ALL_SPACES);
  const asAll =
    notStar >= 0
      ? at(`${path}.0.${notStar}`, `expected value to equal [${ALL_SPACES}] but got [${spaces[notStar]}]`)
      : at(`${path}.0`, `array size is [${spaces.length}], but cannot be greater than [1]`);
  const asIds = at(`${path}.1.${spaces.findIndex((space) => !SPACE_ID.test(space))}`, SPACE_ID_MESSAGE);
  return `${at(path, 'types that failed validation:')}\n- ${asAll}\n- ${asIds}`;
}

function entryErrors(entry: KibanaPrivilegeBody, index: number): string[] {
  const path = `kibana.${index}`;
  const spaces = entry.spaces ?? [ALL_SPACES];
  const spacesProblem = spacesError(spaces, `${path}.spaces`);
  if (spacesProblem) return [spacesProblem];

  const global = spaces.length === 1 && spaces[0] === ALL_SPACES;
  const base = entry.base ?? [];
  const badBase = base.findIndex((privilege) => !(BASE_PRIVILEGES as readonly string[]).includes(privilege));
  if (badBase >= 0) {
    const kind = global ? 'global' : 'space';
    return [at(`${path}.base.${badBase}`, `unknown ${kind} privilege "${base[badBase]}", must be one of [${BASE_PRIVILEGES.join(',')}]`)];
  }

  const feature = entry.feature ?? {};
  for (const [featureId, privileges] of Object.entries(feature)) {
    if (!FEATURE_NAME.test(featureId)) return [at(`${path}.feature.key(${JSON.stringify(featureId)})`, FEATURE_NAME_MESSAGE)];
    if (privileges.some((privilege) => !FEATURE_NAME.test(privilege))) return [at(`${path}.feature.${featureId}`, FEATURE_NAME_MESSAGE)];
  }

  if (base.length === 0 && Object.values(feature).flat().length === 0) {
    return [at(path, 'either [base] or [feature] is expected, but none of them specified')];
  }
  if (base.length > 0 && Object.keys(feature).length > 0) {
    return [at(path, `definition of [feature] isn't allowed when non-empty [base] is defined.`)];
  }
  return [];
}

/** Two entries naming the same space would leave it unclear which one applies there. */
function sharedSpacesError(entries: KibanaPrivilegeBody[]): string | undefined {
  for (const [index, a] of entries.entries()) {
    const spacesA = a.spaces ?? [ALL_SPACES];
    for (const b of entries.slice(index + 1)) {
      const spacesB = new Set(b.spaces ?? [ALL_SPACES]);
      const shared = [...new Set(spacesA.filter((space) => spacesB.has(space)))];
      if (shared.length > 0) return `[request body.kibana]: more than one privilege is applied to the following spaces: [${shared.join(',')}]`;
    }
  }
  return undefined;
}

/** Kibana's schema rules on the `kibana` entries: the first failure, as config-schema reports one. */
export function kibanaPrivilegesError(entries: KibanaPrivilegeBody[] = []): string | undefined {
  for (const [index, entry] of entries.entries()) {
    const [first] = entryErrors(entry, index);
    if (first) return first;
  }
  return sharedSpacesError(entries);
}

/**
 * Kibana's check against the registered features: a privilege the feature does not offer is an
 * error; a feature nobody registered is skipped (as Kibana does: it grants nothing).
 */
export function featurePrivilegeErrors(features: readonly KibanaFeature[], entries: KibanaPrivilegeBody[] = []): string[] {
  const byId = new Map(features.map((feature) => [feature.id, feature]));
  return entries.flatMap((entry) =>
    Object.entries(entry.feature ?? {}).flatMap(([featureId, privileges]) => {
      const feature = byId.get(featureId);
      if (!feature) return [];
      const known = new Set(featurePrivilegeNames(feature));
      return privileges.filter((privilege) => !known.has(privilege)).map((privilege) => `Feature [${featureId}] does not support privilege [${privilege}].`);
    }),
  );
}

/** Elasticsearch's role name rule: printable ASCII, 1 to 507 characters, no surrounding whitespace. */
export const ROLE_NAME_MAX_LENGTH = 507;
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

export function roleNameError(name: string): string | undefined {
  const valid = name.length >= 1 && name.length <= ROLE_NAME_MAX_LENGTH && PRINTABLE_ASCII.test(name) && name.trim() === name;
  if (valid) return undefined;
  return (
    `Validation Failed: 1: Role names must be at least 1 and no more than ${ROLE_NAME_MAX_LENGTH} characters. ` +
    'They can contain alphanumeric characters (a-z, A-Z, 0-9), spaces, punctuation, and printable symbols in the Basic Latin (ASCII) block. ' +
    'Leading or trailing whitespace is not allowed.;'
  );
}

/** Elasticsearch keeps metadata keys that start with `_` for itself (`_reserved` marks the built-ins). */
export function metadataError(metadata: RoleBody['metadata']): string | undefined {
  const reserved = Object.keys(metadata ?? {}).filter((key) => key.startsWith('_'));
  return reserved.length > 0 ? `Validation Failed: 1: role metadata keys may not start with [_] but found these keys: [${reserved.join(', ')}];` : undefined;
}
