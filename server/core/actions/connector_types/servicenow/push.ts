/**
 * `pushToService` for both types (Kibana's lib/servicenow/api.ts and servicenow_sir/api.ts):
 * update the incident named by `externalId`, or create one opened by the connector's user;
 * then one update per comment with the comment in `work_notes` (ServiceNow has no comment
 * endpoint). SecOps sends its observables apart in import-set mode, as the Elastic app wants.
 */
import { OBSERVABLE_TYPES } from './config';
import type { PushComments, ServiceNowSecrets, SirIncident } from './schema';
import { pushedDateOf, type ExternalIncident, type IncidentFields, type ServiceNowService } from './service';
import { serviceNowError } from './service_error';

export interface PushResult extends ExternalIncident {
  comments?: Array<{ commentId: string; pushedDate: string }>;
}

export interface PushParams {
  incident: IncidentFields & { externalId?: string | null };
  comments?: PushComments;
}

export async function pushIncident(service: ServiceNowService, secrets: ServiceNowSecrets, params: PushParams): Promise<PushResult> {
  const { externalId, ...incident } = params.incident;
  const res: PushResult =
    externalId != null
      ? await service.updateIncident(externalId, incident)
      : await service.createIncident({ ...incident, caller_id: secrets.username, opened_by: secrets.username });

  const comments = params.comments ?? [];
  if (comments.length > 0) {
    res.comments = [];
    for (const comment of comments) {
      await service.updateIncident(res.id, { ...incident, [service.commentFieldKey]: comment.comment });
      // Kibana reports the incident's push date for each comment, not the comment update's.
      res.comments.push({ commentId: comment.commentId, pushedDate: res.pushedDate });
    }
  }
  return res;
}

const OBSERVABLE_SEPARATORS = /[ ,|\r\n\t]+/;
type ObservableInput = SirIncident['dest_ip'];

/** ServiceNow took observables as one string with separators before the app took arrays. */
const asArray = (value: ObservableInput): string[] => (value == null || value === '' ? [] : typeof value === 'string' ? value.split(OBSERVABLE_SEPARATORS) : value);

const toObservables = (values: string[], type: string) => [...new Set(values)].filter((value) => value !== '').map((value) => ({ value, type }));

const joinObservables = (value: ObservableInput): string | null => (Array.isArray(value) ? value.join(',') : (value ?? null));

export async function pushSecurityIncident(service: ServiceNowService, secrets: ServiceNowSecrets, params: PushParams & { incident: Partial<SirIncident> }): Promise<PushResult> {
  const { dest_ip: destIp, source_ip: sourceIp, malware_hash: malwareHash, malware_url: malwareUrl } = params.incident;
  // Table mode writes observables as comma-joined columns; the app wants them null there and posted apart.
  const observableFields = service.useTableApi
    ? { dest_ip: joinObservables(destIp), source_ip: joinObservables(sourceIp), malware_hash: joinObservables(malwareHash), malware_url: joinObservables(malwareUrl) }
    : { dest_ip: null, source_ip: null, malware_hash: null, malware_url: null };
  const res = await pushIncident(service, secrets, { ...params, incident: { ...params.incident, ...observableFields } });

  if (!service.useTableApi) {
    const observables = [
      ...toObservables([...asArray(destIp), ...asArray(sourceIp)], OBSERVABLE_TYPES.ipv4),
      ...toObservables(asArray(malwareHash), OBSERVABLE_TYPES.sha256),
      ...toObservables(asArray(malwareUrl), OBSERVABLE_TYPES.url),
    ];
    if (observables.length > 0) await service.bulkAddObservables(observables, res.id);
  }
  return res;
}

/** ITSM `closeIncident` (alerting's recovery): state 7, closed by the caller; null when there is nothing to close. */
export async function closeIncident(service: ServiceNowService, params: { externalId?: string | null; correlation_id?: string | null }): Promise<ExternalIncident | null> {
  const { externalId, correlation_id: correlationId } = params;
  try {
    if (externalId == null && correlationId == null) throw new Error('No correlationId or incidentId found.');
    const record = externalId ? await service.getIncident(externalId) : await service.getIncidentByCorrelationId(correlationId as string);
    if (record == null || Object.keys(record).length === 0) return null;
    if (record.state === '7') return { title: record.number, id: record.sys_id, pushedDate: pushedDateOf(record.sys_updated_on), url: service.viewUrl(record.sys_id) };
    return await service.updateIncident(record.sys_id, { state: '7', close_code: 'Closed/Resolved by Caller', close_notes: 'Closed by Caller' });
  } catch (e) {
    // As Kibana: an incident that is gone needs no closing.
    if ((e as { status?: number }).status === 404) return null;
    throw serviceNowError(e, 'Unable to close incident', service.updateContext);
  }
}
