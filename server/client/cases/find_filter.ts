/** The filter of the find API's parameters, shared by the page and by the status counts. */
import { NO_ASSIGNEES_FILTER } from '../../../common/constants';
import type { CasesFindRequest } from '../../../common/types/api/case';
import { badRequest, f, type FilterNode } from '../../core';
import { parseDateMath } from './date_math';

function assigneesFilter(assignees: string[]): FilterNode | undefined {
  if (assignees.length === 0) return undefined;
  const uids = assignees.filter((a) => a !== NO_ASSIGNEES_FILTER);
  const nodes: FilterNode[] = [];
  if (assignees.includes(NO_ASSIGNEES_FILTER)) nodes.push(f.not(f.exists('assignees.uid')));
  if (uids.length > 0) nodes.push(f.terms('assignees.uid', uids));
  return nodes.length === 1 ? nodes[0] : f.or(...nodes);
}

function dateRange(query: CasesFindRequest, now: Date): FilterNode | undefined {
  if (query.from === undefined && query.to === undefined) return undefined;
  const from = query.from !== undefined ? parseDateMath(query.from, now) : undefined;
  const to = query.to !== undefined ? parseDateMath(query.to, now) : undefined;
  if ((query.from !== undefined && !from) || (query.to !== undefined && !to)) {
    throw badRequest('Invalid "from" and/or "to" query parameters');
  }
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
