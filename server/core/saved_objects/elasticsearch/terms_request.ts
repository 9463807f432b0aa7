/**
 * A contract terms aggregation as Elasticsearch's `terms` body: size, missing and order. The
 * order is checked against the request's own sub-aggregations, since Elasticsearch can only
 * order buckets by a single-value metric computed inside them.
 */
import type { estypes } from '@elastic/elasticsearch';
import { invalidQuery } from '../errors';
import type { FilterValue, TermsOrder } from '../types';

export const DEFAULT_TERMS_SIZE = 10;

export interface TermsRequestBody {
  field: string;
  size?: number;
  missing?: FilterValue;
  order?: TermsOrder;
}

/**
 * Orders by one key. Every order but the key's own gets `_key: 'asc'` after it, so buckets
 * that tie (same count, same sum) come in key order, as SQLite returns them.
 */
function termsOrder(name: string, order: unknown, isMetric: (sub: string) => boolean): estypes.AggregationsAggregateOrder {
  const entries = order !== null && typeof order === 'object' && !Array.isArray(order) ? Object.entries(order) : [];
  if (entries.length !== 1) throw invalidQuery(`terms [${name}]: order needs exactly one key, as { _count: 'desc' }`);
  const [[key, direction]] = entries;
  if (direction !== 'asc' && direction !== 'desc') {
    throw invalidQuery(`terms [${name}]: order [${key}] must be asc or desc, got [${String(direction)}]`);
  }
  if (key === '_key') return [{ _key: direction }];
  if (key !== '_count' && !isMetric(key)) {
    throw invalidQuery(`terms [${name}]: order [${key}] is neither _count, _key nor a metric sub-aggregation of [${name}]`);
  }
  return [{ [key]: direction }, { _key: 'asc' }];
}

export function termsBody(
  name: string,
  field: string,
  request: TermsRequestBody,
  isMetric: (sub: string) => boolean,
): estypes.AggregationsTermsAggregation {
  const size = request.size ?? DEFAULT_TERMS_SIZE;
  if (!Number.isInteger(size) || size < 1) throw invalidQuery('terms size must be a positive integer');
  return {
    field,
    size,
    ...(request.missing !== undefined ? { missing: request.missing as estypes.AggregationsMissing } : {}),
    // Without an order Elasticsearch already sorts by count descending, then key ascending.
    ...(request.order !== undefined ? { order: termsOrder(name, request.order, isMetric) } : {}),
  };
}
