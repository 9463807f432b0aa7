/**
 * `alerts.users` and `alerts.hosts`: who and which machines the case's alerts involve, as
 * Kibana's case summary shows them: the distinct count and the ten most frequent, read live from
 * the alert documents that list the case in `kibana.alert.case_ids`. The store aggregates; no
 * alert is read, except one per listed host for its name.
 */
import { ALERT_FIELDS, readDocumentField } from '../../../common/alerts/alert_fields';
import type { AlertHostsMetrics, AlertUsersMetrics } from '../../../common/types/api/metrics';
import { f, termsBuckets, type DocumentSearchResult } from '../../core';
import type { CasesClientArgs } from '../types';
import type { CaseMetricsHandler } from './case_metrics_handler';

/** Kibana's display limit. */
const TOP_VALUES = 10;

const ofCase = (caseId: string) => f.term(ALERT_FIELDS.caseIds, caseId);

/** The top values of `field` among the case's alerts, and how many distinct values there are. */
async function topValues(args: CasesClientArgs, caseId: string, field: string): Promise<{ total: number; buckets: Array<{ key: string; count: number }> }> {
  const found = await args.documents.alerts.search({
    filter: ofCase(caseId),
    perPage: 0,
    aggs: { top: { terms: { field, size: TOP_VALUES } }, total: { cardinality: { field } } },
  });
  const buckets = termsBuckets(found.aggregations, 'top').map((b) => ({ key: String(b.key), count: b.doc_count }));
  return { total: cardinalityOf(found), buckets };
}

const cardinalityOf = (found: DocumentSearchResult): number => {
  const total = found.aggregations?.total;
  return total && 'value' in total ? (total.value ?? 0) : 0;
};

export const alertUsersHandler: CaseMetricsHandler = {
  id: 'alerts.users',
  async compute(args, theCase) {
    const { total, buckets } = await topValues(args, theCase.id, ALERT_FIELDS.userName);
    const users: AlertUsersMetrics = total > 0 ? { total, values: buckets.map(({ key, count }) => ({ name: key, count })) } : { total: 0, values: [] };
    return { alerts: { users } };
  },
};

/** A host's name is the one on its latest alert in the case, as Kibana reads it. */
async function latestHostName(args: CasesClientArgs, caseId: string, hostId: string): Promise<string | undefined> {
  const found = await args.documents.alerts.search({
    filter: f.and(ofCase(caseId), f.term(ALERT_FIELDS.hostId, hostId)),
    sort: [{ field: ALERT_FIELDS.timestamp, order: 'desc' }],
    perPage: 1,
  });
  const value = readDocumentField(found.hits[0]?._source, ALERT_FIELDS.hostName);
  const name = Array.isArray(value) ? value[0] : value;
  return typeof name === 'string' ? name : undefined;
}

export const alertHostsHandler: CaseMetricsHandler = {
  id: 'alerts.hosts',
  async compute(args, theCase) {
    // Hosts are told apart by id, as in Kibana: two machines may share a name.
    const { total, buckets } = await topValues(args, theCase.id, ALERT_FIELDS.hostId);
    if (total === 0) return { alerts: { hosts: { total: 0, values: [] } } };
    const names = await Promise.all(buckets.map(({ key }) => latestHostName(args, theCase.id, key)));
    const hosts: AlertHostsMetrics = {
      total,
      values: buckets.map(({ key, count }, i) => ({ ...(names[i] === undefined ? {} : { name: names[i] }), id: key, count })),
    };
    return { alerts: { hosts } };
  },
};
