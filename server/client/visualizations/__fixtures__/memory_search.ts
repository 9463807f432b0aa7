/**
 * Test-only: a source search over documents in memory, answering the platform's aggregation
 * contract as the stores do (filters, nested terms and UTC date histograms, metrics), so the
 * query service's translation can be checked against numbers worked out by hand, and every
 * request it sends is recorded.
 */
import type { AggregationRequest, AggregationResult, FilterNode, FilterValue } from '../../../core';
import type { SourceSearch, SourceSearchRequest } from '../data_sources';

export type Doc = Record<string, unknown>;

function valuesOf(doc: Doc, field: string): FilterValue[] {
  const direct = doc[field];
  const value = direct !== undefined ? direct : field.split('.').reduce<unknown>((at, part) => (at && typeof at === 'object' ? (at as Doc)[part] : undefined), doc);
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]) as FilterValue[];
}

const compare = (a: FilterValue, b: FilterValue): number => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0);

export function matches(doc: Doc, node: FilterNode | undefined): boolean {
  if (!node) return true;
  switch (node.op) {
    case 'and':
      return node.nodes.every((child) => matches(doc, child));
    case 'or':
      return node.nodes.some((child) => matches(doc, child));
    case 'not':
      return !matches(doc, node.node);
    case 'term':
      return valuesOf(doc, node.field).some((v) => v === node.value);
    case 'terms':
      return valuesOf(doc, node.field).some((v) => node.values.includes(v));
    case 'exists':
      return valuesOf(doc, node.field).length > 0;
    case 'prefix':
      return valuesOf(doc, node.field).some((v) => String(v).startsWith(node.value));
    case 'range':
      return valuesOf(doc, node.field).some(
        (v) =>
          (node.gt === undefined || compare(v, node.gt) > 0) &&
          (node.gte === undefined || compare(v, node.gte) >= 0) &&
          (node.lt === undefined || compare(v, node.lt) < 0) &&
          (node.lte === undefined || compare(v, node.lte) <= 0),
      );
  }
}

const FIXED: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const CALENDAR: Record<string, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };

function intervalMs(request: { calendar_interval?: string; fixed_interval?: string }): number {
  if (request.calendar_interval) {
    const ms = CALENDAR[request.calendar_interval];
    if (!ms) throw new Error(`the memory search buckets by minute, hour and day only, not ${request.calendar_interval}`);
    return ms;
  }
  const [, amount, unit] = /^(\d+)(ms|s|m|h|d)$/.exec(request.fixed_interval ?? '') ?? [];
  return Number(amount) * FIXED[unit];
}

function metric(kind: string, docs: Doc[], field: string): number | null {
  const values = docs.flatMap((doc) => valuesOf(doc, field));
  if (kind === 'cardinality') return new Set(values).size;
  const numbers = values.map(Number);
  if (kind === 'sum') return numbers.reduce((a, b) => a + b, 0);
  if (numbers.length === 0) return null;
  if (kind === 'avg') return numbers.reduce((a, b) => a + b, 0) / numbers.length;
  return kind === 'min' ? Math.min(...numbers) : Math.max(...numbers);
}

function aggregate(docs: Doc[], aggs: Record<string, AggregationRequest> | undefined): Record<string, AggregationResult> {
  const out: Record<string, AggregationResult> = {};
  for (const [name, request] of Object.entries(aggs ?? {})) {
    const subs = 'aggs' in request ? request.aggs : undefined;
    if ('terms' in request) {
      const { field, size = 10, order = { _count: 'desc' } } = request.terms;
      const groups = new Map<FilterValue, Doc[]>();
      for (const doc of docs) for (const value of new Set(valuesOf(doc, field))) groups.set(value, [...(groups.get(value) ?? []), doc]);
      const buckets = [...groups].map(([key, inBucket]) => ({ key, doc_count: inBucket.length, ...aggregate(inBucket, subs) }));
      const [[by, direction]] = Object.entries(order);
      const sortValue = (b: (typeof buckets)[number]) => (by === '_count' ? b.doc_count : by === '_key' ? b.key : ((b as unknown as Record<string, { value: number }>)[by].value ?? -Infinity));
      buckets.sort((a, b) => (direction === 'asc' ? 1 : -1) * compare(sortValue(a), sortValue(b)) || compare(a.key, b.key));
      out[name] = { buckets: buckets.slice(0, size) };
    } else if ('date_histogram' in request) {
      const histogram = request.date_histogram;
      if ((histogram.time_zone ?? 'UTC') !== 'UTC') throw new Error('the memory search buckets dates in UTC only');
      const step = intervalMs(histogram);
      const keyOf = (ms: number) => Math.floor(ms / step) * step;
      const groups = new Map<number, Doc[]>();
      for (const doc of docs) {
        for (const value of valuesOf(doc, histogram.field)) {
          const key = keyOf(Date.parse(String(value)));
          groups.set(key, [...(groups.get(key) ?? []), doc]);
        }
      }
      const keys = [...groups.keys()];
      const bounds = histogram.extended_bounds;
      const first = Math.min(...keys, ...(bounds ? [keyOf(bounds.min)] : []));
      const last = Math.max(...keys, ...(bounds ? [keyOf(bounds.max)] : []));
      const buckets = [];
      for (let key = first; Number.isFinite(first) && key <= last; key += step) {
        const inBucket = groups.get(key) ?? [];
        buckets.push({ key, key_as_string: new Date(key).toISOString(), doc_count: inBucket.length, ...aggregate(inBucket, subs) });
      }
      out[name] = { buckets };
    } else {
      const [[kind, body]] = Object.entries(request) as Array<[string, { field: string }]>;
      out[name] = { value: metric(kind, docs, body.field) };
    }
  }
  return out;
}

export interface MemorySearch {
  search: SourceSearch;
  /** Every request, in order. */
  requests: SourceSearchRequest[];
}

/** `search` words are matched against `text` of each document, every word required. */
export function memorySearch(docs: Doc[]): MemorySearch {
  const requests: SourceSearchRequest[] = [];
  const search: SourceSearch = async (request) => {
    requests.push(request);
    const words = request.search?.split(/\s+/).filter(Boolean) ?? [];
    const found = docs.filter((doc) => matches(doc, request.filter) && words.every((word) => String(doc.text ?? '').includes(word)));
    return { total: found.length, ...(request.aggs ? { aggregations: aggregate(found, request.aggs) } : {}) };
  };
  return { search, requests };
}
