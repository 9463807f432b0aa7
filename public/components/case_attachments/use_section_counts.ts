/**
 * The count each section selector shows: what the case holds, or, while the Attachments tab's
 * search is active, how many of each match it. Alerts, events and files are matched by the
 * server (a case may hold 100,000 alerts; only a page is ever loaded), with the same query the
 * section's table sends asking for one row, so badge and table agree; observables and indicators
 * live on the case and are matched here, by the same filters their sections apply.
 */
import { useQuery } from '@tanstack/react-query';
import type { Case } from '../../../common/types/domain/case';
import { casesApi } from '../../containers/cases_api';
import { filesApi } from '../../containers/files_api';
import { casesQueryKeys } from '../../containers/query_keys';
import { useCore } from '../../core';
import { filterObservables } from '../case_observables/filter_observables';
import { useObservableTypes } from '../case_observables/use_observable_types';
import { attachedIndicatorsOf, filterIndicators } from '../case_indicators/attached_indicators';
import type { AttachmentSectionId } from '../case_view/use_case_view_tab';
import { caseAttachmentCounts } from './case_attachment_counts';

export type SectionCountsShown = Record<AttachmentSectionId, number | undefined>;

const ONE_ROW = { page: 1, perPage: 1, sortOrder: 'desc' as const, sortField: '@timestamp' as const };

export function useSectionCounts(caseData: Case, search: string): SectionCountsShown {
  const { http } = useCore();
  const needle = search.trim();
  const searching = needle !== '';
  const types = useObservableTypes(caseData.owner);
  const alerts = useQuery({
    queryKey: casesQueryKeys.caseAlerts(caseData.id, { ...ONE_ROW, search: needle }),
    queryFn: ({ signal }) => casesApi.caseAlerts(http, caseData.id, { ...ONE_ROW, search: needle }, signal),
    enabled: searching,
  });
  const events = useQuery({
    queryKey: casesQueryKeys.caseEvents(caseData.id, { ...ONE_ROW, search: needle }),
    queryFn: ({ signal }) => casesApi.caseEvents(http, caseData.id, { ...ONE_ROW, search: needle }, signal),
    enabled: searching,
  });
  const files = useQuery({
    queryKey: casesQueryKeys.caseFiles(caseData.id, { page: 1, perPage: 1, search: needle }),
    queryFn: ({ signal }) => filesApi.list(http, caseData.id, { page: 1, perPage: 1, search: needle }, signal),
    enabled: searching,
  });
  const held = caseAttachmentCounts(caseData);
  if (!searching) return held;
  return {
    alerts: alerts.data?.total,
    events: events.data?.total,
    files: files.data?.total,
    observables: filterObservables(caseData.observables ?? [], needle, types.labelOf).length,
    indicators: filterIndicators(attachedIndicatorsOf(caseData), needle).length,
  };
}
