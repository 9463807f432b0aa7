import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { DEFAULT_STATE, NO_FILTERS, parseAllCasesState, serializeAllCasesState, type AllCasesState } from './url_state';

type Patch = Partial<AllCasesState>;

/**
 * The view read from and written to the URL. Any change but paging goes back to page 1, since
 * the old page number means nothing under a new filter or sort.
 */
export function useAllCasesState() {
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => parseAllCasesState(searchParams), [searchParams]);

  const update = useCallback(
    (patch: Patch) => {
      setSearchParams(
        (current) => {
          const previous = parseAllCasesState(current);
          const resetsPage = Object.keys(patch).some((key) => key !== 'page');
          const next = { ...previous, ...(resetsPage ? { page: 1 } : {}), ...patch };
          return serializeAllCasesState(next);
        },
        // Typing in the search box should not push one history entry per pause in typing.
        { replace: Object.keys(patch).length === 1 && 'search' in patch },
      );
    },
    [setSearchParams],
  );

  const clearFilters = useCallback(() => update(NO_FILTERS), [update]);

  return { state, update, clearFilters, defaults: DEFAULT_STATE };
}
