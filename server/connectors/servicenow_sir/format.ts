/**
 * ServiceNow SecOps: besides the choice fields, the observables the analyst switched on (source
 * and destination IPs, malware hashes and URLs) are read from the case's alerts, each value once.
 */
import type { CasePushFormat, PushAlertDocument } from '../types';
import { fieldOf } from '../connector_fields';
import { CORRELATION_DISPLAY } from '../servicenow_itsm/format';

/** Case toggle → the alert field read and the SecOps incident field filled. */
const OBSERVABLE_TOGGLES = [
  { toggle: 'destIp', alertPath: 'destination.ip', target: 'dest_ip' },
  { toggle: 'sourceIp', alertPath: 'source.ip', target: 'source_ip' },
  { toggle: 'malwareHash', alertPath: 'file.hash.sha256', target: 'malware_hash' },
  { toggle: 'malwareUrl', alertPath: 'url.full', target: 'malware_url' },
] as const;

/** Alerts are stored nested or with dotted keys (as Kibana writes them): both are read. */
export function valuesAt(document: PushAlertDocument, path: string): string[] {
  const direct = document[path];
  const value =
    direct !== undefined
      ? direct
      : path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), document);
  const values = Array.isArray(value) ? value : [value];
  return values.filter((v): v is string | number => (typeof v === 'string' && v !== '') || typeof v === 'number').map(String);
}

function observables(alerts: PushAlertDocument[], alertPath: string): string[] {
  return [...new Set(alerts.flatMap((alert) => valuesAt(alert, alertPath)))];
}

export const serviceNowSirFormat: CasePushFormat = {
  type: '.servicenow-sir',
  mapping: { title: 'short_description', description: 'description', comments: 'work_notes' },
  readsAlerts: true,
  format: (theCase, alerts) => ({
    ...Object.fromEntries(
      OBSERVABLE_TOGGLES.map(({ toggle, alertPath, target }) => [target, fieldOf<boolean>(theCase, toggle) === true ? observables(alerts, alertPath) : []]),
    ),
    category: fieldOf(theCase, 'category'),
    subcategory: fieldOf(theCase, 'subcategory'),
    priority: fieldOf(theCase, 'priority'),
    correlation_id: theCase.id,
    correlation_display: CORRELATION_DISPLAY,
  }),
};
