/**
 * `alerts.count`: the alert ids attached to the case, as Kibana counts them (distinct ids over
 * the case's alert attachments). The store counts the mapped id field itself, so a case with
 * 100,000 alerts never has its ids read into memory. Which attachment types point at alerts,
 * and under which field, is the attachment registry's answer.
 */
import type { CaseMetricsHandler } from './case_metrics_handler';

export const alertsCountHandler: CaseMetricsHandler = {
  id: 'alerts.count',
  async compute(args, theCase) {
    const typesByField = new Map<string, string[]>();
    for (const { type, documents } of args.registries.attachments.list()) {
      if (documents?.family !== 'alerts') continue;
      typesByField.set(documents.idField, [...(typesByField.get(documents.idField) ?? []), type]);
    }
    const counts = await Promise.all(
      [...typesByField].map(([field, types]) => args.services.attachments.distinctCount(theCase.id, types, field)),
    );
    return { alerts: { count: counts.reduce((sum, n) => sum + n, 0) } };
  },
};
