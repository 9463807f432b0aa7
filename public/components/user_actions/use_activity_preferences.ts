/**
 * The activity filter and sort order an analyst last chose, kept in local storage so every case
 * opens the way they read cases. Unreadable or unknown stored values fall back to the defaults
 * (everything, oldest first), as does a browser that refuses storage.
 */
import { useCallback, useState } from 'react';
import { ACTIVITY_FILTERS, type ActivityFilter } from '../../containers/use_user_action_counts';

export const ACTIVITY_FILTER_STORAGE_KEY = 'cases.caseView.activityFilter';
export const ACTIVITY_SORT_STORAGE_KEY = 'cases.caseView.activitySortOrder';

export type ActivitySortOrder = 'asc' | 'desc';

function read<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  try {
    const stored = window.localStorage.getItem(key);
    return allowed.includes(stored as T) ? (stored as T) : fallback;
  } catch {
    return fallback;
  }
}

function write(key: string, value: string) {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Private modes may refuse storage: the choice still holds for this page.
  }
}

export function useActivityPreferences() {
  const [filter, setFilterState] = useState<ActivityFilter>(() => read(ACTIVITY_FILTER_STORAGE_KEY, ACTIVITY_FILTERS, 'all'));
  const [sortOrder, setSortState] = useState<ActivitySortOrder>(() => read(ACTIVITY_SORT_STORAGE_KEY, ['asc', 'desc'] as const, 'asc'));

  const setFilter = useCallback((next: ActivityFilter, { remember = true } = {}) => {
    setFilterState(next);
    if (remember) write(ACTIVITY_FILTER_STORAGE_KEY, next);
  }, []);
  const setSortOrder = useCallback((next: ActivitySortOrder) => {
    setSortState(next);
    write(ACTIVITY_SORT_STORAGE_KEY, next);
  }, []);

  return { filter, setFilter, sortOrder, setSortOrder };
}
