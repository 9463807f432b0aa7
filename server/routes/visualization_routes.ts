/** The visualization query service: the sources a chart may read, and one chart's table. */
import { INTERNAL_VISUALIZATION_DATA_SOURCES_URL, INTERNAL_VISUALIZATION_QUERY_URL } from '../../common/constants';
import { VisualizationQueryRequestRt } from '../../common/visualizations/query_api';
import type { RouteDeps } from './types';

export function registerVisualizationRoutes({ router, getClient }: RouteDeps): void {
  const internal = { access: 'internal' as const };

  router.get({ path: INTERNAL_VISUALIZATION_DATA_SOURCES_URL, validate: false, options: internal }, async (ctx, _req, res) =>
    res.ok({ body: await getClient(ctx).visualizations.dataSources() }),
  );

  router.post({ path: INTERNAL_VISUALIZATION_QUERY_URL, validate: { body: VisualizationQueryRequestRt }, options: internal }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).visualizations.query(req.body) }),
  );
}
