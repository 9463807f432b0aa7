/** The filter of the find API's parameters (and `_search`'s custom fields), shared by the page and by the status counts. */
import { MAX_QUERY_DATE, MIN_QUERY_DATE, NO_ASSIGNEES_FILTER } from '../../../common/constants';
import type { CasesFindRequest } from '../../../common/types/api/case';
import { badRequest, f, type FilterNode } from '../../core';
import { customFieldValueTerm } from '../../services/derived_fields';
import { parseDateMath } from './date_math';

function assigneesFilter(assignees: string[]): FilterNode | undefined {
  if (assignees.length === 0) return undefined;
  const uids = assignees.filter((a) => a !== NO_ASSIGNEES_FILTER);
  const nodes: FilterNode[] = [];
  if (assignees.includes(NO_ASSIGNEES_FILTER)) nodes.push(f.not(f.exists('assignees.uid')));
  if (uids.length > 0) nodes.push(f.terms('assignees.uid', uids));
  return nodes.length === 1 ? nodes[0] : f.or(...nodes);
}

/**
 * Kibana answers every bad date with 'Invalid "from" and/or "to" query parameters'; the
 * same words lead here, followed by which parameter it was and why.
 */
function dateParameter(name: 'from' | 'to', text: string | undefined, now: Date): string | undefined {
  if (text === undefined) return undefined;
  const parsed = parseDateMath(text, now);
  if ('iso' in parsed) return parsed.iso;
  const why =
    parsed.invalid === 'range'
      ? `"${name}" must lie between ${MIN_QUERY_DATE} and ${MAX_QUERY_DATE}`
      : `"${name}" must be an ISO date, epoch milliseconds or date math such as now-7d`;
  throw badRequest(`Invalid "from" and/or "to" query parameters: ${why}`);
}

function dateRange(query: CasesFindRequest, now: Date): FilterNode | undefined {
  const from = dateParameter('from', query.from, now);
  const to = dateParameter('to', query.to, now);
  if (from === undefined && to === undefined) return undefined;
  return f.range('created_at', { ...(from ? { gte: from } : {}), ...(to ? { lte: to } : {}) });
}

/** Everything but `status`, which the counts leave out; `owners` are the authorized ones. */
export function buildCasesFilter(query: CasesFindRequest, owners: string[], now: Date): FilterNode {
  const nodes: Array<FilterNode | undefined> = [
    f.terms('owner', owners),
    query.tags?.length ? f.terms('tags', query.tags) : undefined,
    query.severity?.length ? f.terms('severity', query.severity) : undefined,
    query.category?.length ? f.terms('category', query.category) : undefined,
    query.reporters?.length
      ? f.or(f.terms('created_by.username', query.reporters), f.terms('created_by.profile_uid', query.reporters))
      : undefined,
    assigneesFilter(query.assignees ?? []),
    dateRange(query, now),
  ];
  return f.and(...nodes.filter((n): n is FilterNode => n !== undefined));
}

/**
 * `_search`'s `customFields` on the index field derived_fields.ts writes: values of one key
 * are ORed, keys ANDed, each a term of `custom_field_values` (so that with owner, severity and
 * status they are one facet range). `null` is Kibana's: a case that holds the field without a
 * value; one stored before the field was defined does not hold it. An empty list, as in
 * Kibana, matches cases that hold the key at all. Validated beforehand (search.ts): every key
 * is a filterable (toggle) field and every value a boolean or null.
 */
export function customFieldsFilter(customFields: Record<string, Array<boolean | null>>): FilterNode | undefined {
  const nodes = Object.entries(customFields).map(([key, values]) => {
    if (values.length === 0) return f.terms('custom_field_values', [true, false, null].map((v) => customFieldValueTerm(key, v)));
    // As Kibana: `null` matches a case that holds the field without a value, not one that never had it.
    return f.terms('custom_field_values', [...new Set(values)].map((v) => customFieldValueTerm(key, v)));
  });
  return nodes.length === 0 ? undefined : f.and(...nodes);
}
