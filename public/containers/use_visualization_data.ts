import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { VisualizationQueryRequest } from '../../common/visualizations/query_api';
import { useCore } from '../core';
import { visualizationQueryKeys, visualizationsApi } from './visualizations_api';

/** The sources the user may chart in this space; they change only with a deployment's settings. */
export function useVisualizationDataSources({ enabled = true }: { enabled?: boolean } = {}) {
  const { http } = useCore();
  return useQuery({
    queryKey: visualizationQueryKeys.dataSources(),
    queryFn: ({ signal }) => visualizationsApi.dataSources(http, signal),
    staleTime: 5 * 60_000,
    enabled,
  });
}

/**
 * One chart's table; null asks nothing (a chart not yet scrolled into view, an editor with no
 * metric). The previous table stays while an edited chart reloads, so a preview never blinks.
 */
export function useVisualizationQuery(request: VisualizationQueryRequest | null) {
  const { http } = useCore();
  return useQuery({
    queryKey: visualizationQueryKeys.query(request as VisualizationQueryRequest),
    queryFn: ({ signal }) => visualizationsApi.query(http, request as VisualizationQueryRequest, signal),
    placeholderData: keepPreviousData,
    enabled: request !== null,
    // A chart in a case shows an absolute range: its data changes only with new documents.
    staleTime: 60_000,
  });
}
