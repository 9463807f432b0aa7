/**
 * The case view's tab lives in the URL (`?tabId=alerts`, as Kibana's), so a link, a reload or
 * the back button opens the same tab. Activity is the default and leaves the URL clean.
 */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

export const CASE_VIEW_TABS = ['activity', 'alerts', 'events'] as const;
export type CaseViewTabId = (typeof CASE_VIEW_TABS)[number];

const isTab = (value: string | null): value is CaseViewTabId => CASE_VIEW_TABS.includes(value as CaseViewTabId);

export function useCaseViewTab(): [CaseViewTabId, (tab: CaseViewTabId) => void] {
  const [params, setParams] = useSearchParams();
  const requested = params.get('tabId');
  const tab = isTab(requested) ? requested : 'activity';
  const setTab = useCallback(
    (next: CaseViewTabId) =>
      setParams((current) => {
        const updated = new URLSearchParams(current);
        if (next === 'activity') updated.delete('tabId');
        else updated.set('tabId', next);
        return updated;
      }),
    [setParams],
  );
  return [tab, setTab];
}
