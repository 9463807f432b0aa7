import { type Query, type QueryClient } from '@tanstack/react-query';
import { type AppMountParameters } from '../core';
import { parseAllCasesState, toFindRequest } from '../components/all_cases/url_state';
import { casesCapabilitiesFor } from '../components/capabilities/use_cases_capabilities';
import { CREATE_CASE_OWNER } from '../components/create/case_form';
import { casesApi } from '../containers/cases_api';
import { casesQueryKeys } from '../containers/query_keys';

/**
 * The list's first search costs a round trip and a query that does not depend on the page's
 * code: started here, at mount, it runs while the app's chunks download and the shell looks up
 * the user and the space, instead of after them.
 */

/** Long enough to cover the page chunks' download on a slow link; after that the list refetches as usual. */
export const PREFETCH_FRESH_MS = 10_000;

const isListPath = (pathname: string, appBasePath: string) => pathname === appBasePath || pathname === `${appBasePath}/`;

/**
 * The prefetched page counts as fresh for the list that mounts right after, so the list shows it
 * instead of asking again; any later mount, or an invalidation, fetches as before.
 */
function keepPrefetchFresh(queryClient: QueryClient, prefetchedHash: string) {
  queryClient.setQueryDefaults(casesQueryKeys.find({}).slice(0, 2), {
    staleTime: (query: Query) =>
      query.queryHash === prefetchedHash && query.state.dataUpdateCount === 1 && Date.now() - query.state.dataUpdatedAt < PREFETCH_FRESH_MS
        ? PREFETCH_FRESH_MS
        : 0,
  });
}

/** Starts the list's first find when the app opens on the list; a no-op on any other page. */
export function prefetchListPage(queryClient: QueryClient, { appBasePath, core }: Pick<AppMountParameters, 'appBasePath' | 'core'>) {
  if (!isListPath(window.location.pathname, appBasePath)) return;
  // Without read there is no list, only the "no access" prompt: a search would just be refused.
  if (!casesCapabilitiesFor(core.capabilities, CREATE_CASE_OWNER).read) return;
  // The same parser, request and key as the list page, so the list finds this entry in the cache.
  const params = toFindRequest(parseAllCasesState(new URLSearchParams(window.location.search)));
  const queryKey = casesQueryKeys.find(params);
  void queryClient.prefetchQuery({ queryKey, queryFn: ({ signal }) => casesApi.find(core.http, params, signal) });
  const query = queryClient.getQueryCache().find({ queryKey, exact: true });
  if (query) keepPrefetchFresh(queryClient, query.queryHash);
}
