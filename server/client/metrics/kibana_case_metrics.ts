/** Kibana's single-case metrics features, registered at setup like any other. */
import { alertHostsHandler, alertUsersHandler } from './alert_entities_handlers';
import { alertsCountHandler } from './alerts_count_handler';
import type { CaseMetricsHandler } from './case_metrics_handler';
import { connectorsHandler } from './connectors_handler';
import { lifespanHandler } from './lifespan_handler';

export const KIBANA_CASE_METRICS: readonly CaseMetricsHandler[] = [
  alertsCountHandler,
  alertUsersHandler,
  alertHostsHandler,
  connectorsHandler,
  lifespanHandler,
];
