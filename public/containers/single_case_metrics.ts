/**
 * Kibana's single-case metrics (`GET /internal/cases/metrics/{case_id}`) as the case view's
 * summary panel reads them. Each feature adds its own key; features merge into one object.
 */
export const CASE_VIEW_METRICS_FEATURES = ['alerts.count', 'alerts.users', 'alerts.hosts', 'connectors', 'lifespan'] as const;
export type SingleCaseMetricsFeature = (typeof CASE_VIEW_METRICS_FEATURES)[number];

/** The top values of one alert field, with how many of the case's alerts hold each. */
export interface AlertFieldValues {
  total: number;
  values: Array<{ name: string; id?: string; count: number }>;
}

export interface SingleCaseMetricsResponse {
  alerts?: { count?: number; users?: AlertFieldValues; hosts?: AlertFieldValues };
  connectors?: { total: number };
  lifespan?: {
    creationDate: string;
    closeDate: string | null;
    /** Milliseconds, as Kibana's lifespan replay counts them (including the time since the last change). */
    statusInfo: { openDuration: number; inProgressDuration: number; reopenDates: string[] };
  };
}
