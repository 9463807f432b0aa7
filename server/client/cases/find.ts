/**
 * Finding cases: every filter of Kibana's find API, the page, and the open / in-progress /
 * closed counts of the same filters without the status one.
 */
import { DEFAULT_PAGE, DEFAULT_PER_PAGE } from '../../../common/constants';
import { CASE_SEARCH_FIELDS, type CaseSortField, type CasesFindRequest, type CasesFindResponse } from '../../../common/types/api/case';
import { f, type FilterNode, type FindOptions, type FindResult, type SortClause } from '../../core';
import { authorizedOwners, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';
import { buildCasesFilter } from './find_filter';
import { statusCountsAggregation, statusCountsOf } from './status_counts';
import { toCase } from './to_case';
import { totalsOf } from './totals';

const SORT_FIELDS: Record<CaseSortField, string> = {
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  closedAt: 'closed_at',
  title: 'title.keyword',
  category: 'category',
  status: 'status_rank',
  severity: 'severity_rank',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A UUID finds the case of that id and, as in Kibana, every case whose searched text holds
 * it: the id joins the search fields as a keyword, so one query serves both and pages stay
 * exact. `#42` is case number 42 (the `#` is how the UI shows it), so it searches as `42`.
 */
function searchOptions(query: CasesFindRequest): Pick<FindOptions, 'search' | 'searchFields' | 'defaultSearchOperator'> {
  const search = query.search?.trim();
  if (!search) return {};
  const searchFields: string[] = [...(query.searchFields ?? CASE_SEARCH_FIELDS)];
  if (UUID.test(search)) return { search, searchFields: [...searchFields, 'id'], defaultSearchOperator: 'OR' };
  return {
    search: search.replace(/(^|\s)#(\d+)(?=\s|$)/g, '$1$2'),
    searchFields,
    defaultSearchOperator: query.defaultSearchOperator ?? 'OR',
  };
}

function statusCounts(found: FindResult<unknown>) {
  const counts = statusCountsOf(found);
  return { count_open_cases: counts.open, count_in_progress_cases: counts['in-progress'], count_closed_cases: counts.closed };
}

/**
 * `narrow`: a filter the find API has no parameter for (`_search`'s custom fields), applied to
 * the page and the counts alike, so `_search` answers exactly as `_find` with it added.
 */
export async function findCases(args: CasesClientArgs, query: CasesFindRequest, narrow?: FilterNode): Promise<CasesFindResponse> {
  const owners = await authorizedOwners(args, Operations.findCases, query.owner);
  const search = searchOptions(query);
  const filtered = buildCasesFilter(query, owners, args.now());
  const base = narrow ? f.and(filtered, narrow) : filtered;
  const statuses = query.status?.length ? query.status : undefined;
  const filter = statuses ? f.and(base, f.terms('status', statuses)) : base;
  const page = query.page ?? DEFAULT_PAGE;
  const perPage = query.perPage ?? DEFAULT_PER_PAGE;
  const sort: SortClause[] = [{ field: SORT_FIELDS[query.sortField ?? 'createdAt'], order: query.sortOrder ?? 'desc' }];

  // Without a status filter the page and the counts share one filter: one find serves both,
  // and the matches are counted once, not twice.
  const [found, counted] = await Promise.all([
    args.services.cases.find({ ...search, filter, sort, page, perPage, ...(statuses ? {} : { aggs: statusCountsAggregation() }) }),
    statuses ? args.services.cases.find({ ...search, filter: base, perPage: 0, aggs: statusCountsAggregation() }) : undefined,
  ]);
  const totals = await totalsOf(args, found.saved_objects.map((so) => so.id));
  return {
    cases: found.saved_objects.map((so) => toCase(so, totals.get(so.id)!)),
    page,
    per_page: perPage,
    total: found.total,
    ...statusCounts(counted ?? found),
  };
}

