import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCore } from '../core';
import { casesApi, type CasesSearchRequest } from './cases_api';
import { casesQueryKeys } from './query_keys';

const hasCustomFieldFilter = (params: CasesSearchRequest) => Object.keys(params.customFields ?? {}).length > 0;
/** `_search` also finds the cases holding an observable whose value is the whole search text. */
const hasSearchText = (params: CasesSearchRequest) => (params.search ?? '').trim().length > 0;
const needsSearchRoute = (params: CasesSearchRequest) => hasCustomFieldFilter(params) || hasSearchText(params);

/**
 * A page of cases; the previous page stays on screen while the next one loads. A custom field
 * filter can only travel in `_search`'s body, as in Kibana, and only `_search` matches a search
 * text against observable values ("where else have we seen 203.0.113.7?"); without either the
 * list keeps `_find`.
 * `enabled: false` holds the request while what it depends on (the custom field definitions a
 * filter in the URL names) is still loading, so no unfiltered page flashes first.
 */
export function useFindCases(params: CasesSearchRequest, options: { enabled?: boolean } = {}) {
  const { http } = useCore();
  return useQuery({
    // The custom field filter is part of the params, so it is part of the key.
    queryKey: casesQueryKeys.find(params),
    queryFn: ({ signal }) => (needsSearchRoute(params) ? casesApi.search(http, params, signal) : casesApi.find(http, params, signal)),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
