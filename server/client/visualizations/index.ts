/**
 * The visualization query service of the CasesClient: the sources a chart may read in the
 * request's space, and one chart's table. The caller's privileges decide both: a source the
 * caller may not read is not listed and its query is a 403; the cases source only ever counts
 * cases of the owners the caller may read.
 */
import type { VisualizationDataSourcesResponse, VisualizationQueryRequest, VisualizationQueryResponse } from '../../../common/visualizations/query_api';
import type { CasesClientArgs } from '../types';
import { openSource, readableSources } from './data_sources';
import { planQuery } from './query_plan';
import { runQuery } from './run_query';

export function createVisualizationsClient(args: CasesClientArgs) {
  return {
    dataSources: async (): Promise<VisualizationDataSourcesResponse> => ({ sources: await readableSources(args) }),
    query: async (request: VisualizationQueryRequest): Promise<VisualizationQueryResponse> => {
      const { source, search } = await openSource(args, request.source);
      return runQuery(planQuery(request, source), search);
    },
  };
}
