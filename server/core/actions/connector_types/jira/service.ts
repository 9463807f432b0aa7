/**
 * Jira's REST API v2 as Kibana's `.jira` connector calls it: issues are created, edited and
 * commented under the connector's project; issue types and their fields come from the
 * create-meta endpoints (Cloud answers `issueTypes`/`fields`, Data Center `values`). Every call
 * goes through the platform's ConnectorHttp with Basic `email:apiToken`.
 */
import type { ConnectorHttp, ConnectorHttpRequest, ConnectorHttpResponse } from '../../types';
import type { Logger } from '../../../logging/types';
import { issueSearchJql } from './jql';
import { assertJsonResponse, jiraError } from './response';
import type { JiraConfig, JiraIncident, JiraSecrets } from './schema';

export interface ExternalIncidentResponse {
  id: string;
  title: string;
  url: string;
  pushedDate: string;
}

export interface JiraFieldInfo {
  required: boolean;
  allowedValues: unknown[];
  defaultValue: unknown;
  schema: unknown;
  name: string;
}

export interface IssueSummary {
  id: string;
  key: string;
  title: string | null;
}

/** An incident without `externalId`, as create and update take it. */
export type JiraIssueInput = Omit<JiraIncident, 'externalId'>;

interface Context {
  config: JiraConfig;
  secrets: JiraSecrets;
  http: ConnectorHttp;
  logger: Logger;
}

const asRecord = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});

/** Jira refuses newlines in a summary: Kibana trims each line, drops empty ones and joins with ", ". */
export function flattenSummary(summary: string): string {
  return summary
    .split(/[\n\r]/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(', ');
}

/** The issue's `fields`: the managed ones from the incident, then `otherFields` merged as given. */
export function issueFields(projectKey: string, incident: JiraIssueInput): Record<string, unknown> {
  return {
    summary: flattenSummary(incident.summary ?? ''),
    project: { key: projectKey },
    ...(incident.issueType ? { issuetype: { id: incident.issueType } } : {}),
    ...(incident.description ? { description: incident.description } : {}),
    ...(incident.labels ? { labels: incident.labels } : {}),
    ...(incident.priority ? { priority: { name: incident.priority } } : {}),
    ...(incident.parent ? { parent: { key: incident.parent } } : {}),
    ...(incident.otherFields ?? {}),
  };
}

function normalizeFields(list: unknown[]): Record<string, JiraFieldInfo> {
  const result: Record<string, JiraFieldInfo> = {};
  for (const entry of list) {
    const field = asRecord(entry);
    if (typeof field.fieldId !== 'string') continue;
    result[field.fieldId] = {
      required: field.required === true,
      allowedValues: Array.isArray(field.allowedValues) ? field.allowedValues : [],
      defaultValue: field.defaultValue ?? {},
      schema: field.schema,
      name: typeof field.name === 'string' ? field.name : field.fieldId,
    };
  }
  return result;
}

const toSummary = (issue: unknown): IssueSummary => {
  const { id, key, fields } = asRecord(issue);
  const summary = asRecord(fields).summary;
  return { id: String(id), key: String(key), title: typeof summary === 'string' ? summary : null };
};

export function createJiraService({ config, secrets, http, logger }: Context) {
  const base = config.apiUrl.endsWith('/') ? config.apiUrl.slice(0, -1) : config.apiUrl;
  const api = `${base}/rest/api/2`;
  const issueUrl = (id: string) => `${api}/issue/${encodeURIComponent(id)}`;
  const createMetaUrl = `${api}/issue/createmeta/${encodeURIComponent(config.projectKey)}/issuetypes`;
  const viewUrl = (key: string) => `${base}/browse/${key}`;

  async function call(request: Omit<ConnectorHttpRequest, 'auth'>, required?: string[]): Promise<ConnectorHttpResponse> {
    logger.debug(`[Jira] ${request.method} ${request.url}`);
    const response = await http.request({ ...request, auth: { username: secrets.email, password: secrets.apiToken } });
    assertJsonResponse(response, request, required);
    return response;
  }

  async function getIncident(id: string): Promise<Record<string, unknown> & { id: string; key: string; created?: string; updated?: string }> {
    try {
      const { data } = await call({ method: 'GET', url: issueUrl(id) }, ['id', 'key']);
      const { fields, id: incidentId, key } = asRecord(data);
      const issueFieldsOf = asRecord(fields);
      return { ...issueFieldsOf, id: String(incidentId), key: String(key), created: issueFieldsOf.created as string, updated: issueFieldsOf.updated as string };
    } catch (error) {
      throw jiraError(error, `Unable to get incident with id ${id}`);
    }
  }

  const pushed = (issue: { id: string; key: string }, date: unknown): ExternalIncidentResponse => ({
    id: issue.id,
    title: issue.key,
    url: viewUrl(issue.key),
    pushedDate: new Date(typeof date === 'string' || typeof date === 'number' ? date : NaN).toISOString(),
  });

  async function getIssueTypes(): Promise<Array<{ id: string; name: string }>> {
    try {
      const { data } = await call({ method: 'GET', url: createMetaUrl });
      // Cloud answers `issueTypes`, Data Center `values`.
      const { issueTypes, values } = asRecord(data);
      const list = Array.isArray(issueTypes) ? issueTypes : Array.isArray(values) ? values : undefined;
      if (!list) throw new Error('Response is missing at least one of the expected fields: issueTypes,values');
      return list.map((entry) => {
        const { id, name } = asRecord(entry);
        return { id: String(id), name: String(name) };
      });
    } catch (error) {
      throw jiraError(error, 'Unable to get issue types');
    }
  }

  async function getFieldsByIssueType(issueTypeId: string): Promise<Record<string, JiraFieldInfo>> {
    try {
      const { data } = await call({ method: 'GET', url: `${createMetaUrl}/${encodeURIComponent(issueTypeId)}` });
      const { fields, values } = asRecord(data);
      const list = Array.isArray(fields) ? fields : Array.isArray(values) ? values : undefined;
      if (!list) throw new Error('Response is missing at least one of the expected fields: fields,values');
      return normalizeFields(list);
    } catch (error) {
      throw jiraError(error, 'Unable to get fields');
    }
  }

  return {
    getIncident,
    getIssueTypes,
    getFieldsByIssueType,

    async createIncident(incident: JiraIssueInput): Promise<ExternalIncidentResponse> {
      // Jira needs an issue type; without one the project's first type is used, as Kibana does.
      const issueType = incident.issueType || ((await getIssueTypes())[0]?.id ?? '');
      const fields = issueFields(config.projectKey, { ...incident, issueType });
      try {
        const { data } = await call({ method: 'POST', url: `${api}/issue`, body: { fields } }, ['id']);
        const created = await getIncident(String(asRecord(data).id));
        return pushed(created, created.created);
      } catch (error) {
        throw jiraError(error, 'Unable to create incident');
      }
    },

    async updateIncident(incidentId: string, incident: JiraIssueInput): Promise<ExternalIncidentResponse> {
      // A null means "not set by the case": it must not clear the issue's value.
      const withoutNulls = Object.fromEntries(Object.entries(incident).filter(([, value]) => value !== null && value !== undefined)) as JiraIssueInput;
      const fields = issueFields(config.projectKey, withoutNulls);
      try {
        await call({ method: 'PUT', url: issueUrl(incidentId), body: { fields } });
        const updated = await getIncident(incidentId);
        return pushed(updated, updated.updated);
      } catch (error) {
        throw jiraError(error, `Unable to update incident with id ${incidentId}`);
      }
    },

    async createComment(incidentId: string, comment: { commentId: string; comment: string }): Promise<{ commentId: string; externalCommentId: string; pushedDate: string }> {
      try {
        const { data } = await call({ method: 'POST', url: `${issueUrl(incidentId)}/comment`, body: { body: comment.comment } }, ['id', 'created']);
        const { id, created } = asRecord(data);
        return { commentId: comment.commentId, externalCommentId: String(id), pushedDate: new Date(created as string).toISOString() };
      } catch (error) {
        throw jiraError(error, `Unable to create comment at incident with id ${incidentId}`);
      }
    },

    /** The fields every issue type of the project has (the case form's common fields). */
    async getFields(): Promise<Record<string, JiraFieldInfo>> {
      const issueTypes = await getIssueTypes();
      const perType = await Promise.all(issueTypes.map((type) => getFieldsByIssueType(type.id)));
      return perType.reduce<Record<string, JiraFieldInfo>>((common, fields, index) => {
        if (index === 0) return fields;
        return Object.fromEntries(Object.entries(common).filter(([fieldId]) => Object.hasOwn(fields, fieldId)));
      }, {});
    },

    async getIssues(title: string): Promise<IssueSummary[]> {
      const url = `${api}/search/jql?jql=${encodeURIComponent(issueSearchJql(config.projectKey, title))}&fields=summary,key`;
      try {
        const { data } = await call({ method: 'GET', url });
        const { issues } = asRecord(data);
        return Array.isArray(issues) ? issues.map(toSummary) : [];
      } catch (error) {
        throw jiraError(error, 'Unable to get issues');
      }
    },

    async getIssue(id: string): Promise<IssueSummary> {
      try {
        const { data } = await call({ method: 'GET', url: issueUrl(id) });
        return toSummary(data);
      } catch (error) {
        throw jiraError(error, `Unable to get issue with id ${id}`);
      }
    },
  };
}

export type JiraService = ReturnType<typeof createJiraService>;
