import { useQuery } from '@tanstack/react-query';
import { useCore } from '../core';
import { casesApi } from './cases_api';
import { casesQueryKeys } from './query_keys';
import { CASE_VIEW_METRICS_FEATURES } from './single_case_metrics';

/** The case view's summary: every feature in one request, apart from the case's own read. */
export function useSingleCaseMetrics(caseId: string) {
  const { http } = useCore();
  return useQuery({
    queryKey: casesQueryKeys.caseMetrics(caseId, CASE_VIEW_METRICS_FEATURES),
    queryFn: ({ signal }) => casesApi.caseMetrics(http, caseId, CASE_VIEW_METRICS_FEATURES, signal),
  });
}
