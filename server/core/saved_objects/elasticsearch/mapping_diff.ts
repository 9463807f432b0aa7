/**
 * Compares the mappings the registered types want with what the index has, and says what it
 * takes to get there. Elasticsearch echoes mappings normalised (no `type: object`, `dynamic` as
 * a string, no defaults), so values are compared through that normalisation, never as JSON.
 *
 * - `none`: nothing to do.
 * - `compatible`: PUT _mapping can express it (new types, new fields, new multi-fields, a new
 *   `ignore_above` or `dynamic`); documents already stored are then re-indexed in place, by type.
 * - `incompatible`: an existing field changed in a way PUT _mapping refuses with a 400 (its type,
 *   `index`, `enabled`, `format`, a multi-field's type): only a reindex into a new index fixes it.
 */
import type { estypes } from '@elastic/elasticsearch';

type EsProperty = estypes.MappingProperty;
type Properties = Record<string, EsProperty>;

export interface MappingPlan {
  kind: 'none' | 'compatible' | 'incompatible';
  /** Top-level properties to PUT (a changed type is sent whole: PUT _mapping merges). */
  put: Properties;
  /** Types whose stored documents must be re-indexed to see the change; `all` for a root field. */
  reindexTypes: string[] | 'all';
  /** Readable reasons, for the log and for errors. */
  changes: string[];
}

/** Parameters PUT _mapping refuses to change on an existing field. */
const FIXED_PARAMS = ['index', 'enabled', 'format'] as const;
/** Parameters it accepts, which still only apply to documents written afterwards. */
const UPDATABLE_PARAMS = ['ignore_above', 'dynamic'] as const;
const DEFAULTS: Record<string, string> = { index: 'true', enabled: 'true' };

const fieldType = (p: EsProperty): string => (p as { type?: string }).type ?? 'object';
const param = (p: EsProperty, name: string): string | undefined => {
  const value = (p as Record<string, unknown>)[name];
  return value === undefined ? DEFAULTS[name] : String(value);
};
const childrenOf = (p: EsProperty, key: 'properties' | 'fields'): Properties =>
  ((p as Record<string, unknown>)[key] as Properties | undefined) ?? {};

interface FieldDiff {
  incompatible: string[];
  compatible: string[];
}

/** Walks one field and its children, collecting what differs under `path`. */
function diffField(path: string, want: EsProperty, have: EsProperty, out: FieldDiff): void {
  if (fieldType(want) !== fieldType(have)) {
    out.incompatible.push(`${path}: type ${fieldType(have)} -> ${fieldType(want)}`);
    return;
  }
  for (const name of FIXED_PARAMS) {
    const wanted = param(want, name);
    if (wanted !== undefined && wanted !== param(have, name)) out.incompatible.push(`${path}: ${name} ${param(have, name)} -> ${wanted}`);
  }
  for (const name of UPDATABLE_PARAMS) {
    const wanted = param(want, name);
    if (wanted !== undefined && wanted !== param(have, name)) out.compatible.push(`${path}: ${name} ${param(have, name)} -> ${wanted}`);
  }
  for (const key of ['properties', 'fields'] as const) {
    const haveChildren = childrenOf(have, key);
    for (const [name, child] of Object.entries(childrenOf(want, key))) {
      const childPath = `${path}.${name}`;
      if (!haveChildren[name]) out.compatible.push(`${childPath}: added`);
      else diffField(childPath, child, haveChildren[name], out);
    }
  }
}

/**
 * `rootNames` are the fixed root fields (id, namespace, ...): a change there concerns every
 * document, while a change under a type's property concerns that type's documents only.
 */
export function diffMappings(desired: Properties, existing: Properties, rootNames: ReadonlySet<string>): MappingPlan {
  const plan: MappingPlan = { kind: 'none', put: {}, reindexTypes: [], changes: [] };
  const touched = new Set<string>();
  let incompatible = false;
  for (const [name, want] of Object.entries(desired)) {
    const have = existing[name];
    if (!have) {
      // A type (or root field) new to the index: no stored document can hold it yet.
      plan.put[name] = want;
      plan.changes.push(`${name}: added`);
      continue;
    }
    const diff: FieldDiff = { incompatible: [], compatible: [] };
    diffField(name, want, have, diff);
    if (diff.incompatible.length > 0) incompatible = true;
    if (diff.incompatible.length + diff.compatible.length === 0) continue;
    plan.put[name] = want;
    plan.changes.push(...diff.incompatible, ...diff.compatible);
    touched.add(name);
  }
  if (plan.changes.length > 0) plan.kind = incompatible ? 'incompatible' : 'compatible';
  const names = [...touched];
  plan.reindexTypes = names.some((n) => rootNames.has(n)) ? 'all' : names;
  return plan;
}
