/**
 * What Kibana's Jira connector checks in every answer and how it words a failure. Jira answers
 * errors as `{errorMessages: [...], errors: {field: message}}`; the connector's message names
 * the step, the HTTP error and that reason, so a user sees why Jira refused a push.
 */
import { ConnectorError, ConnectorHttpError } from '../../errors';
import type { ConnectorHttpResponse } from '../../types';

const JSON_CONTENT_TYPE = 'application/json';

const isObjectLike = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const isEmptyValue = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (isObjectLike(value) && Object.keys(value).length === 0);

/**
 * Refuses an answer that is not JSON, or lacks the attributes the next step reads. A 204 carries
 * no body (Jira's answer to an update), so there is nothing to check.
 */
export function assertJsonResponse(response: ConnectorHttpResponse, request: { method: string; url: string }, required: string[] = []): void {
  if (response.status === 204) return;
  const contentType = response.headers['content-type'] ?? 'undefined';
  if (!contentType.includes(JSON_CONTENT_TYPE)) {
    throw new Error(`Unsupported content type: ${contentType} in ${request.method.toLowerCase()} ${request.url}. Supported content types: ${JSON_CONTENT_TYPE}`);
  }
  const { data } = response;
  if (!isEmptyValue(data) && !isObjectLike(data)) throw new Error('Response is not a valid JSON');
  if (required.length === 0) return;
  const missing = new Error(`Response is missing at least one of the expected fields: ${required.join(',')}`);
  if (!isObjectLike(data) || required.some((attribute) => data[attribute] === undefined)) throw missing;
}

/** Jira's reason: its `errorMessages`, else the values of `errors`, as Kibana joins them. */
export function jiraReason(data: unknown): string {
  if (data === undefined || data === null) return 'unknown: errorResponse was null';
  const { errorMessages, errors } = (isObjectLike(data) ? data : {}) as { errorMessages?: unknown; errors?: unknown };
  if (Array.isArray(errorMessages) && errorMessages.length > 0) return errorMessages.join(', ');
  if (errors === undefined || errors === null) return 'unknown: errorResponse.errors was null';
  return isObjectLike(errors) ? Object.values(errors).map(String).join(' ') : String(errors);
}

/** `[Action][Jira]: <what>. Error: <error>. Reason: <Jira's reason>`. */
export function jiraError(error: unknown, what: string): ConnectorError {
  const message = error instanceof Error ? error.message : String(error);
  const data = error instanceof ConnectorHttpError ? error.data : undefined;
  return new ConnectorError(`[Action][Jira]: ${what}. Error: ${message}. Reason: ${jiraReason(data)}`, { cause: error });
}
