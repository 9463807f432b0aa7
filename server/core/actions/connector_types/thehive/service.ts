/**
 * TheHive's v1 case API as Kibana's `.thehive` calls it: create (`POST /api/v1/case`), update
 * (`PATCH /api/v1/case/<id>`) and comment (`POST /api/v1/case/<id>/comment`), authenticated
 * with a Bearer API key in an organisation. Kibana's sub-action framework words every failure
 * `Status code: <status>. Message: API Error: <type> - <message>` (TheHive's error body), and
 * checks the create and comment answers against TheHive's response shapes.
 */
import type { ConnectorExecutorOptions } from '../../types';
import { ConnectorError, ConnectorHttpError } from '../../errors';
import type { TheHiveConfig, TheHiveIncident, TheHiveSecrets } from './schema';
import { checkCaseResponse, checkCommentResponse } from './response';

export interface ExternalServiceIncidentResponse {
  id: string;
  title: string;
  url: string;
  pushedDate: string;
}

type Options = Omit<ConnectorExecutorOptions<TheHiveConfig, TheHiveSecrets, unknown>, 'params'>;

const VALID_PROTOCOLS = ['http:', 'https:'];

/**
 * Kibana's `Status code: N. Message: API Error: <type> - <message>` for an HTTP failure
 * (`Unknown API Error` when nothing answered); other errors keep their own words.
 */
function failure(error: unknown): unknown {
  if (!(error instanceof ConnectorHttpError)) return error;
  const data = (error.data ?? {}) as { type?: unknown; message?: unknown };
  const reason = error.status ? `API Error: ${String(data.type)} - ${String(data.message)}` : 'Unknown API Error';
  return new ConnectorError(`Status code: ${String(error.status)}. Message: ${reason}`, { cause: error });
}

export function createTheHiveService({ config, secrets, http, egress }: Options) {
  const base = config.url;
  const viewBase = base.endsWith('/') ? base.slice(0, -1) : base;
  // The organisation header is left out when none is configured: TheHive then uses the key's default.
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Authorization: `Bearer ${secrets.apiKey}`, ...(config.organisation ? { 'X-Organisation': config.organisation } : {}) };

  async function request(method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown) {
    // As Kibana's sub-action framework: a usable URL on an allowed host, trailing and double slashes removed.
    try {
      const parsed = new URL(url);
      if (!parsed.hostname) throw new Error('URL must contain hostname');
      if (!VALID_PROTOCOLS.includes(parsed.protocol)) throw new Error('Invalid protocol');
    } catch (e) {
      throw new ConnectorError(`URL Error: ${(e as Error).message}`, { retry: false });
    }
    try {
      egress.assertUrlAllowed(url);
    } catch (e) {
      throw new ConnectorError(`error configuring connector action: ${(e as Error).message}`, { retry: false });
    }
    const normalized = (url.endsWith('/') ? url.slice(0, -1) : url).replace(/([^:]\/)\/+/g, '$1');
    try {
      return (await http.request({ method, url: normalized, headers, body })).data;
    } catch (e) {
      throw failure(e);
    }
  }

  return {
    async createIncident(incident: TheHiveIncident): Promise<ExternalServiceIncidentResponse> {
      const data = checkCaseResponse(await request('POST', `${base}/api/v1/case`, withoutNulls(incident)));
      return { id: data._id, title: data.title, url: `${viewBase}/cases/${data._id}/details`, pushedDate: new Date(data._createdAt).toISOString() };
    },

    /** TheHive answers an update without the case, so the title sent is the title returned. */
    async updateIncident(incidentId: string, incident: TheHiveIncident): Promise<ExternalServiceIncidentResponse> {
      await request('PATCH', `${base}/api/v1/case/${encodeURIComponent(incidentId)}`, withoutNulls(incident));
      return { id: incidentId, title: incident.title, url: `${viewBase}/cases/${incidentId}/details`, pushedDate: new Date().toISOString() };
    },

    async addComment(incidentId: string, comment: string): Promise<void> {
      checkCommentResponse(await request('POST', `${base}/api/v1/case/${encodeURIComponent(incidentId)}/comment`, { message: comment }));
    },
  };
}

/** TheHive refuses `null` for optional attributes (`tags: null`); absent means unset. */
function withoutNulls(incident: TheHiveIncident): Record<string, unknown> {
  return Object.fromEntries(Object.entries(incident).filter(([, value]) => value !== null && value !== undefined));
}
