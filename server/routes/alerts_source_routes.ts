/**
 * The alerts source's routes: ingest of alerts and events (a JSON array or NDJSON), the Alerts
 * and Events pages' find, Kibana's detection-engine status route, and sample data.
 */
import {
  ALERTS_INGEST_URL,
  DETECTION_ENGINE_SIGNALS_STATUS_URL,
  EVENTS_INGEST_URL,
  INTERNAL_ALERTS_FIND_URL,
  INTERNAL_ALERTS_SAMPLE_DATA_URL,
  INTERNAL_EVENTS_FIND_URL,
  MAX_INGEST_BYTES,
} from '../../common/constants';
import { AlertsFindRequestRt, EventsFindRequestRt, IngestRequestRt, SampleDataRequestRt, SetAlertsStatusRequestRt } from '../../common/types/api/alerts';
import type { RouteDeps } from './types';

export function registerAlertsSourceRoutes({ router, getClient }: RouteDeps): void {
  const ingest = { access: 'public' as const, maxBytes: MAX_INGEST_BYTES };
  const internal = { access: 'internal' as const };

  router.post({ path: ALERTS_INGEST_URL, validate: { body: IngestRequestRt }, options: ingest }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).alertsSource.ingestAlerts(req.body) }),
  );

  router.post({ path: EVENTS_INGEST_URL, validate: { body: IngestRequestRt }, options: ingest }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).alertsSource.ingestEvents(req.body) }),
  );

  router.post({ path: INTERNAL_ALERTS_FIND_URL, validate: { body: AlertsFindRequestRt }, options: internal }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).alertsSource.findAlerts(req.body) }),
  );

  router.post({ path: INTERNAL_EVENTS_FIND_URL, validate: { body: EventsFindRequestRt }, options: internal }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).alertsSource.findEvents(req.body) }),
  );

  router.post(
    { path: DETECTION_ENGINE_SIGNALS_STATUS_URL, validate: { body: SetAlertsStatusRequestRt }, options: { access: 'public' } },
    async (ctx, req, res) => res.ok({ body: await getClient(ctx).alertsSource.setStatus(req.body) }),
  );

  router.post({ path: INTERNAL_ALERTS_SAMPLE_DATA_URL, validate: { body: SampleDataRequestRt }, options: internal }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).alertsSource.loadSampleData(req.body) }),
  );
}
