/**
 * The four requests of Kibana's cases webhook: create (then get, for the external title), get,
 * update (then get), and comment, each URL and body rendered from the connector's templates.
 * A failure reads `[Action][Webhook - Case Management]: <what>. Error: <why>. <answer body>
 * Reason: <status text>` as Kibana words it; secret values are blanked from that text.
 */
import type { ConnectorExecutorOptions, ConnectorHttpRequest } from '../../types';
import { ConnectorError, ConnectorHttpError } from '../../errors';
import { CASES_WEBHOOK_NAME, secretValues, webhookAuth } from './auth';
import { checkResponse, stringAtPath, validateAndNormalizeUrl, validateJson } from './checks';
import { caseView, commentView, renderNoEscape, urlView } from './render';
import type { CasesWebhookConfig, CasesWebhookSecrets, WebhookIncident } from './schema';

export interface ExternalServiceIncidentResponse {
  id: string;
  title: string;
  url: string;
  pushedDate: string;
}

type Options = Omit<ConnectorExecutorOptions<CasesWebhookConfig, CasesWebhookSecrets, unknown>, 'params'>;

/** Keeps the answer of the first failure, so a wrap of a wrap (create → get) repeats it as Kibana does. */
class WebhookError extends ConnectorError {
  constructor(
    message: string,
    readonly response: { data?: unknown; statusText?: string } | undefined,
    cause: unknown,
  ) {
    super(message, { cause });
  }
}

function responseOf(error: unknown): { data?: unknown; statusText?: string } | undefined {
  if (error instanceof WebhookError) return error.response;
  if (error instanceof ConnectorHttpError && error.status !== undefined) return { data: error.data, statusText: error.statusText };
  return undefined;
}

export function createCasesWebhookService({ config, secrets, http, egress, logger, connectorId }: Options) {
  const { headers, tls } = webhookAuth(config, secrets);
  const secretTexts = secretValues(secrets);
  const blank = (text: string) => secretTexts.reduce((out, secret) => out.split(secret).join('[REDACTED]'), text);
  if (!config.getIncidentUrl || !config.createIncidentUrl || !config.viewIncidentUrl || !config.updateIncidentUrl) {
    throw new ConnectorError(`[Action]${CASES_WEBHOOK_NAME}: Wrong configuration.`, { retry: false });
  }

  function wrap(error: unknown, what: string): WebhookError {
    const response = responseOf(error);
    const body = response?.data ? JSON.stringify(response.data) : null;
    const message = error instanceof Error ? error.message : String(error);
    const text = `[Action][${CASES_WEBHOOK_NAME}]: ${what}. Error: ${message}. ${body ?? ''} ${response?.statusText != null ? `Reason: ${response.statusText}` : ''}`;
    return new WebhookError(blank(text), response, error);
  }

  async function send(method: string, url: string, body?: string) {
    const request: ConnectorHttpRequest = { method: method.toUpperCase() as ConnectorHttpRequest['method'], url, headers, ...(body !== undefined ? { body } : {}), ...(tls ? { tls } : {}) };
    return http.request(request);
  }

  function viewUrl(id: string, title: string): string {
    return validateAndNormalizeUrl(renderNoEscape(config.viewIncidentUrl, urlView(id, title)), egress, 'View case URL');
  }

  async function getIncident(id: string): Promise<{ id: string; title: string }> {
    try {
      const url = validateAndNormalizeUrl(renderNoEscape(config.getIncidentUrl, urlView(id)), egress, 'Get case URL');
      const json = config.getIncidentMethod === 'post' && config.getIncidentJson ? renderNoEscape(config.getIncidentJson, { external: { system: { id: JSON.stringify(id) } } }) : undefined;
      if (json !== undefined) validateJson(json, 'Get case JSON body');
      const res = await send(config.getIncidentMethod, url, json);
      checkResponse(res, config.getIncidentMethod, url, [config.getIncidentResponseExternalTitleKey]);
      return { id, title: stringAtPath(res.data, config.getIncidentResponseExternalTitleKey) as string };
    } catch (e) {
      throw wrap(e, `Unable to get case with id ${id}`);
    }
  }

  async function createIncident(incident: WebhookIncident): Promise<ExternalServiceIncidentResponse> {
    try {
      const url = validateAndNormalizeUrl(normalizeTrailingSlash(config.createIncidentUrl), egress, 'Create case URL');
      const json = renderNoEscape(config.createIncidentJson, caseView(incident));
      validateJson(json, 'Create case JSON body');
      const res = await send(config.createIncidentMethod, url, json);
      checkResponse(res, config.createIncidentMethod, url, [config.createIncidentResponseKey]);
      const externalId = stringAtPath(res.data, config.createIncidentResponseKey) as string;
      const inserted = await getIncident(externalId);
      logger.debug(`response from webhook action "${connectorId}": [HTTP ${res.status}] ${res.statusText}`);
      return { id: externalId, title: inserted.title, url: viewUrl(externalId, inserted.title), pushedDate: new Date().toISOString() };
    } catch (e) {
      throw wrap(e, 'Unable to create case');
    }
  }

  async function updateIncident(incidentId: string, incident: WebhookIncident): Promise<ExternalServiceIncidentResponse> {
    try {
      const url = validateAndNormalizeUrl(renderNoEscape(config.updateIncidentUrl, urlView(incidentId)), egress, 'Update case URL');
      const json = renderNoEscape(config.updateIncidentJson, { ...caseView(incident), external: { system: { id: JSON.stringify(incidentId) } } });
      validateJson(json, 'Update case JSON body');
      const res = await send(config.updateIncidentMethod, url, json);
      checkResponse(res, config.updateIncidentMethod, url);
      const updated = await getIncident(incidentId);
      return { id: incidentId, title: updated.title, url: viewUrl(incidentId, updated.title), pushedDate: new Date().toISOString() };
    } catch (e) {
      throw wrap(e, `Unable to update case with id ${incidentId}`);
    }
  }

  /** Skipped, as in Kibana, when the comment request is not fully configured. */
  async function createComment(incidentId: string, comment: string): Promise<void> {
    const { createCommentUrl, createCommentJson, createCommentMethod } = config;
    if (!createCommentUrl || !createCommentJson || !createCommentMethod) return;
    try {
      const url = validateAndNormalizeUrl(renderNoEscape(createCommentUrl, urlView(incidentId)), egress, 'Create comment URL');
      const json = renderNoEscape(createCommentJson, commentView(comment, incidentId));
      validateJson(json, 'Create comment JSON body');
      const res = await send(createCommentMethod, url, json);
      checkResponse(res, createCommentMethod, url);
    } catch (e) {
      throw wrap(e, `Unable to create comment at case with id ${incidentId}`);
    }
  }

  return { getIncident, createIncident, updateIncident, createComment };
}

/** Kibana removes one trailing slash from the create URL before its checks. */
const normalizeTrailingSlash = (url: string) => (url.endsWith('/') ? url.slice(0, -1) : url);
