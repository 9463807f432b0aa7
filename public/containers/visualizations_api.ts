/**
 * The visualization query service as the browser calls it: the sources a chart may read and the
 * table of one chart's data. Paths are space-relative; the http client adds the space.
 */
import { INTERNAL_VISUALIZATION_DATA_SOURCES_URL, INTERNAL_VISUALIZATION_QUERY_URL } from '../../common/constants';
import type {
  VisualizationDataSourcesResponse,
  VisualizationQueryRequest,
  VisualizationQueryResponse,
} from '../../common/visualizations/query_api';
import type { HttpClient } from '../core';

export const visualizationsApi = {
  dataSources: (http: HttpClient, signal?: AbortSignal) =>
    http.get<VisualizationDataSourcesResponse>(INTERNAL_VISUALIZATION_DATA_SOURCES_URL, { signal }),
  query: (http: HttpClient, request: VisualizationQueryRequest, signal?: AbortSignal) =>
    http.post<VisualizationQueryResponse>(INTERNAL_VISUALIZATION_QUERY_URL, { body: request, signal }),
};

/**
 * One root for every chart's data: an alert status change on the Alerts page invalidates it
 * beside the table's keys (use_document_actions.tsx), so a chart stacked by status stays true.
 */
export const visualizationQueryKeys = {
  all: ['visualizations'] as const,
  dataSources: () => ['visualizations', 'dataSources'] as const,
  query: (request: VisualizationQueryRequest) => ['visualizations', 'query', request] as const,
};
