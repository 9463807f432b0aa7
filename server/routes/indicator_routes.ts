/** The indicators source's routes: ingest (as alerts': a JSON array or NDJSON) and the picker's find. */
import { MAX_INGEST_BYTES } from '../../common/constants';
import { INDICATORS_INGEST_URL, INTERNAL_INDICATORS_FIND_URL, IndicatorsFindRequestRt } from '../../common/indicators/indicators_api';
import { IngestRequestRt } from '../../common/types/api/alerts';
import type { RouteDeps } from './types';

export function registerIndicatorRoutes({ router, getClient }: RouteDeps): void {
  router.post(
    { path: INDICATORS_INGEST_URL, validate: { body: IngestRequestRt }, options: { access: 'public', maxBytes: MAX_INGEST_BYTES } },
    async (ctx, req, res) => res.ok({ body: await getClient(ctx).indicators.ingest(req.body) }),
  );

  router.post({ path: INTERNAL_INDICATORS_FIND_URL, validate: { body: IndicatorsFindRequestRt }, options: { access: 'internal' } }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).indicators.find(req.body) }),
  );
}
