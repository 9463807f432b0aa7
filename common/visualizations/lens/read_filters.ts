/**
 * Kibana's filter pills (`state.filters`) read into FilterSpecs. A pill carries its meaning
 * twice: in `meta` (type, key, params, negate) and as query DSL; `meta` is what Kibana's filter
 * editor shows, so it is read first and the DSL only fills what an older pill left out of `meta`.
 * A disabled pill does not filter and is skipped; a pill of another kind (custom DSL, combined,
 * spatial...) is a problem, never dropped silently, since dropping it would widen the chart.
 */
import type { FilterSpec } from '../definition';
import { asRecord, asString, isRecord, isScalar, type UnknownRecord } from './unknown_value';

export interface FiltersReading {
  filters: FilterSpec[];
  problems: string[];
}

const RANGE_KEYS = ['gte', 'gt', 'lte', 'lt'] as const;

/** The value of a `match_phrase` (or an older `match` with type phrase) on `key`. */
function phraseFromQuery(query: UnknownRecord, key: string): unknown {
  const phrase = asRecord(query.match_phrase)[key] ?? asRecord(query.match)[key];
  return isRecord(phrase) ? phrase.query : phrase;
}

type BetweenRange = Extract<FilterSpec, { operator: 'between' }>['range'];

/** How a problem names a pill: its custom label, else its field. */
function describe(meta: UnknownRecord): string {
  const alias = asString(meta.alias);
  if (alias) return `Filter '${alias}'`;
  const key = asString(meta.key);
  return key ? `Filter on '${key}'` : 'A filter';
}

/** Bounds from `meta.params`, else from the DSL; null when neither holds one. */
function readRange(params: unknown, dsl: unknown): BetweenRange | null {
  const source = isRecord(params) && RANGE_KEYS.some((k) => k in params) ? params : asRecord(dsl);
  const range: BetweenRange = {};
  for (const k of RANGE_KEYS) {
    const value = source[k];
    if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) range[k] = value;
  }
  return Object.keys(range).length > 0 ? range : null;
}

function readFilter(raw: unknown): { filter?: FilterSpec; problem?: string } {
  if (!isRecord(raw)) return { problem: 'A filter is not an object' };
  const meta = asRecord(raw.meta);
  if (meta.disabled === true) return {};
  const query = asRecord(raw.query);
  const negate = meta.negate === true;
  const type = asString(meta.type);
  const key = asString(meta.key);
  const kind = type ?? 'custom';
  const unsupported = () => ({ problem: `${describe(meta)} of type ${kind} is not supported` });
  if (!key || !['phrase', 'phrases', 'exists', 'range'].includes(kind)) return unsupported();
  const withNegate = <F extends FilterSpec>(filter: F): F => (negate ? { ...filter, negate: true } : filter);

  switch (kind) {
    case 'phrase': {
      const value = isRecord(meta.params) ? meta.params.query : phraseFromQuery(query, key);
      if (!isScalar(value)) return unsupported();
      return { filter: withNegate({ field: key, operator: 'is', value }) };
    }
    case 'phrases': {
      const fromMeta = Array.isArray(meta.params) ? meta.params : undefined;
      const fromQuery = Array.isArray(asRecord(query.bool).should)
        ? (asRecord(query.bool).should as unknown[]).map((clause) => phraseFromQuery(asRecord(clause), key))
        : undefined;
      const values = fromMeta ?? fromQuery;
      if (!values || values.length === 0 || !values.every(isScalar)) return unsupported();
      return { filter: withNegate({ field: key, operator: 'is_one_of', values }) };
    }
    case 'exists':
      return { filter: withNegate({ field: key, operator: 'exists' }) };
    default: {
      const dsl = asRecord(query.range)[key] ?? asRecord(raw.range)[key];
      const range = readRange(meta.params, dsl);
      if (!range) return unsupported();
      return { filter: withNegate({ field: key, operator: 'between', range }) };
    }
  }
}

export function readFilters(raw: unknown): FiltersReading {
  const filters: FilterSpec[] = [];
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { filters, problems };
  if (!Array.isArray(raw)) return { filters, problems: ['The filters are not a list'] };
  for (const item of raw) {
    const { filter, problem } = readFilter(item);
    if (filter) filters.push(filter);
    if (problem) problems.push(problem);
  }
  return { filters, problems };
}
