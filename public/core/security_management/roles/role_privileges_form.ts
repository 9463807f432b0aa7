/**
 * The role editor's model and its translation to and from Kibana's role body. Kibana's rules
 * (see common15's privilege resolution): an entry grants either a base privilege (every
 * feature's `all` or `read`) or feature privileges, never both; `all`/`read` of a feature
 * include the sub-feature privileges whose `includeIn` says so; `minimal_all`/`minimal_read` are
 * the primary part alone, to which sub-feature privileges are added one by one.
 */
import { type FeatureSummary, type RoleKibanaEntry, type SubFeaturePrivilegeSummary } from '../types';

export const ALL_SPACES = '*';

export type BaseLevel = 'none' | 'read' | 'all';
export type FeatureLevel = 'none' | 'read' | 'all' | 'custom';
export type PrimaryPrivilege = 'none' | 'minimal_read' | 'minimal_all';

export interface FeatureChoice {
  level: FeatureLevel;
  /** Used when `level` is custom. */
  primary: PrimaryPrivilege;
  /** Sub-feature privilege ids, used when `level` is custom. */
  subFeatures: string[];
}

export interface PrivilegeEntryValues {
  /** A stable React key: entries are added and removed in any order. */
  key: string;
  spaces: string[];
  base: BaseLevel;
  features: Record<string, FeatureChoice>;
  /** Privileges of features this server does not list (a plugin switched off): kept as they were. */
  unknownFeatures: Record<string, string[]>;
}

export const NO_FEATURE_PRIVILEGE: FeatureChoice = { level: 'none', primary: 'none', subFeatures: [] };

export function subFeaturePrivilegesOf(feature: FeatureSummary): SubFeaturePrivilegeSummary[] {
  return feature.subFeatures.flatMap((subFeature) => subFeature.privilegeGroups.flatMap((group) => group.privileges));
}

/** The sub-feature privileges `all` (or `read`) brings with it. */
function includedSubFeatures(feature: FeatureSummary, primary: 'all' | 'read'): string[] {
  const includeIn = primary === 'all' ? ['all', 'read'] : ['read'];
  return subFeaturePrivilegesOf(feature)
    .filter((privilege) => includeIn.includes(privilege.includeIn))
    .map((privilege) => privilege.id);
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((item) => b.includes(item));

/** Reads a role's privilege list for one feature as the editor shows it. */
export function featureChoiceFrom(privileges: string[], feature: FeatureSummary): FeatureChoice {
  const known = subFeaturePrivilegesOf(feature).map((privilege) => privilege.id);
  const hasAll = privileges.includes('all');
  const hasRead = privileges.includes('read');
  const primary: PrimaryPrivilege =
    hasAll || privileges.includes('minimal_all') ? 'minimal_all' : hasRead || privileges.includes('minimal_read') ? 'minimal_read' : 'none';
  // Kept in the feature's order, so the body is the same whatever order the role listed them in.
  const implied = new Set([
    ...privileges.filter((privilege) => known.includes(privilege)),
    ...(hasAll ? includedSubFeatures(feature, 'all') : hasRead ? includedSubFeatures(feature, 'read') : []),
  ]);
  const subFeatures = known.filter((id) => implied.has(id));

  if (primary === 'minimal_all' && sameSet(subFeatures, includedSubFeatures(feature, 'all'))) return { level: 'all', primary, subFeatures };
  if (primary === 'minimal_read' && sameSet(subFeatures, includedSubFeatures(feature, 'read'))) return { level: 'read', primary, subFeatures };
  if (primary === 'none' && subFeatures.length === 0) return NO_FEATURE_PRIVILEGE;
  return { level: 'custom', primary, subFeatures };
}

/** The editor's choice for one feature as Kibana's privilege list (empty: the feature is left out). */
export function featurePrivilegesOf(choice: FeatureChoice, feature: FeatureSummary): string[] {
  if (choice.level === 'none') return [];
  if (choice.level === 'all' || choice.level === 'read') return [choice.level];
  const order = subFeaturePrivilegesOf(feature).map((privilege) => privilege.id);
  const subFeatures = order.filter((id) => choice.subFeatures.includes(id));
  return [...(choice.primary === 'none' ? [] : [choice.primary]), ...subFeatures];
}

/** What switching a feature to a level starts from: custom keeps what the previous level granted. */
export function choiceForLevel(level: FeatureLevel, previous: FeatureChoice, feature: FeatureSummary): FeatureChoice {
  if (level === 'none') return NO_FEATURE_PRIVILEGE;
  if (level === 'all') return { level, primary: 'minimal_all', subFeatures: includedSubFeatures(feature, 'all') };
  if (level === 'read') return { level, primary: 'minimal_read', subFeatures: includedSubFeatures(feature, 'read') };
  return { ...previous, level: 'custom' };
}

let entryCounter = 0;
const nextKey = () => `privilegeEntry${++entryCounter}`;

export function emptyEntry(spaces: string[] = []): PrivilegeEntryValues {
  return { key: nextKey(), spaces, base: 'none', features: {}, unknownFeatures: {} };
}

export function entryFrom(entry: RoleKibanaEntry, features: FeatureSummary[]): PrivilegeEntryValues {
  const given = entry.base ?? [];
  const base: BaseLevel = given.includes('all') ? 'all' : given.includes('read') ? 'read' : 'none';
  const byId = new Map(features.map((feature) => [feature.id, feature]));
  const choices: Record<string, FeatureChoice> = {};
  const unknownFeatures: Record<string, string[]> = {};
  for (const [id, privileges] of Object.entries(entry.feature ?? {})) {
    const feature = byId.get(id);
    if (feature) choices[id] = featureChoiceFrom(privileges, feature);
    else unknownFeatures[id] = privileges;
  }
  return { key: nextKey(), spaces: entry.spaces ?? [ALL_SPACES], base, features: choices, unknownFeatures };
}

/** One entry of Kibana's `kibana` array. A base privilege wins: Kibana refuses both in one entry. */
export function toKibanaEntry(values: PrivilegeEntryValues, features: FeatureSummary[]): RoleKibanaEntry {
  if (values.base !== 'none') return { base: [values.base], feature: {}, spaces: values.spaces };
  const feature: Record<string, string[]> = { ...values.unknownFeatures };
  for (const definition of features) {
    const privileges = featurePrivilegesOf(values.features[definition.id] ?? NO_FEATURE_PRIVILEGE, definition);
    if (privileges.length > 0) feature[definition.id] = privileges;
  }
  return { base: [], feature, spaces: values.spaces };
}

/** Kibana's rule: `*` stands alone, so picking it replaces the list and picking a space drops it. */
export function nextSpaces(previous: string[], selected: string[]): string[] {
  const added = selected.filter((space) => !previous.includes(space));
  if (added.includes(ALL_SPACES)) return [ALL_SPACES];
  return selected.length > 1 ? selected.filter((space) => space !== ALL_SPACES) : selected;
}
