/**
 * Links back to a case from what leaves the server (pushed incidents, emails): this app's case
 * view, `<publicBaseUrl>[/s/<space>]/app/cases/<id>`. Kibana links to the owner's app
 * (Security, Observability, Stack Management); here one app shows every owner's cases.
 * Without `server.publicBaseUrl` the server does not know its public address: no link at all.
 */
/** The default space answers without the `/s/<space>` prefix (the platform's default space id). */
const DEFAULT_SPACE_ID = 'default';

export function caseViewUrl(publicBaseUrl: string | undefined, spaceId: string, caseId: string): string | undefined {
  if (!publicBaseUrl) return undefined;
  const base = publicBaseUrl.replace(/\/+$/, '');
  const space = spaceId && spaceId !== DEFAULT_SPACE_ID ? `/s/${encodeURIComponent(spaceId)}` : '';
  return `${base}${space}/app/cases/${encodeURIComponent(caseId)}`;
}

/** The case view's alerts section (`?tabId=alerts`, as the case view reads it). */
export const caseAlertsUrl = (caseUrl: string): string => `${caseUrl}?tabId=alerts`;
