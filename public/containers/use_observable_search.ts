import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCore } from '../core';
import { observablesApi, type ObservablesSearchQuery } from './observables_api';
import { casesQueryKeys } from './query_keys';

/** The cases of the space holding a value; nothing is asked until there is a value. */
export function useObservableSearch(query: ObservablesSearchQuery) {
  const { http } = useCore();
  return useQuery({
    queryKey: casesQueryKeys.observablesSearch(query),
    queryFn: ({ signal }) => observablesApi.search(http, query, signal),
    enabled: query.value !== '',
    placeholderData: keepPreviousData,
  });
}

/**
 * How many other cases hold each of a case's observable values, one request for the whole table.
 * The values are sorted and deduplicated so that reordering the table does not ask again.
 */
export function useObservableCounts(caseId: string, values: readonly string[]) {
  const { http } = useCore();
  const distinct = [...new Set(values)].sort();
  return useQuery({
    queryKey: casesQueryKeys.observableCounts(caseId, distinct),
    queryFn: ({ signal }) => observablesApi.counts(http, caseId, distinct, signal),
    enabled: distinct.length > 0,
  });
}
