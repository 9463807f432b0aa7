/** Kibana's cases metrics features, registered at setup like any other. */
import type { CasesMetricsHandler } from './metrics_handler';
import { mttrHandler } from './mttr_handler';
import { statusHandler } from './status_handler';

export const KIBANA_CASES_METRICS: readonly CasesMetricsHandler[] = [mttrHandler, statusHandler];
