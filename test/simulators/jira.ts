/**
 * A Jira (REST API v2) stand-in: one project with Task, Bug and Sub-task issue types. It checks
 * Basic `email:apiToken`, refuses what Jira refuses (unknown body keys, fields not on the issue
 * type's screen, a bad issue type, priority or parent, labels with spaces, newlines in a summary)
 * with Jira's `{errorMessages, errors}` bodies, and answers with Jira's shapes: 201 `{id, key,
 * self}` on create, 204 on edit, issues with `fields.created/updated`, comments `{id, created}`.
 * The create-meta endpoints answer the Cloud shape, or Data Center's with `flavor: 'datacenter'`.
 */
import { randomBytes } from 'node:crypto';
import { basicCredentials, startSimulatorServer, type SimulatorReply, type SimulatorRequest } from './simulator_server';
import type { ConnectorFixture, Simulator } from './types';

export interface JiraSimulatorOptions {
  email?: string;
  apiToken?: string;
  projectKey?: string;
  flavor?: 'cloud' | 'datacenter';
}

export interface JiraSimulator extends Simulator {
  options: Required<JiraSimulatorOptions>;
}

type Json = Record<string, unknown>;
type Issue = { id: string; key: string; self: string; fields: Json };

export const JIRA_ISSUE_TYPES = [
  { id: '10001', name: 'Task', subtask: false },
  { id: '10002', name: 'Bug', subtask: false },
  { id: '10003', name: 'Sub-task', subtask: true },
];
export const JIRA_PRIORITIES = ['Highest', 'High', 'Medium', 'Low', 'Lowest'].map((name, i) => ({ id: String(i + 1), name }));

/** The fields on each issue type's create and edit screens. */
const SCREEN: Record<string, string[]> = {
  '10001': ['summary', 'issuetype', 'project', 'description', 'labels', 'priority', 'duedate'],
  '10002': ['summary', 'issuetype', 'project', 'description', 'labels', 'priority', 'duedate', 'environment'],
  '10003': ['summary', 'issuetype', 'project', 'parent', 'description', 'labels', 'priority'],
};
const REQUIRED: Record<string, string[]> = { '10001': ['summary', 'issuetype', 'project'], '10002': ['summary', 'issuetype', 'project'], '10003': ['summary', 'issuetype', 'project', 'parent'] };
const FIELD_SCHEMA: Record<string, { name: string; schema: Json }> = {
  summary: { name: 'Summary', schema: { type: 'string', system: 'summary' } },
  issuetype: { name: 'Issue Type', schema: { type: 'issuetype', system: 'issuetype' } },
  project: { name: 'Project', schema: { type: 'project', system: 'project' } },
  parent: { name: 'Parent', schema: { type: 'issuelink', system: 'parent' } },
  description: { name: 'Description', schema: { type: 'string', system: 'description' } },
  labels: { name: 'Labels', schema: { type: 'array', items: 'string', system: 'labels' } },
  priority: { name: 'Priority', schema: { type: 'priority', system: 'priority' } },
  duedate: { name: 'Due date', schema: { type: 'date', system: 'duedate' } },
  environment: { name: 'Environment', schema: { type: 'string', system: 'environment' } },
};

const jiraDate = (date = new Date()) => date.toISOString().replace('Z', '+0000');
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const jiraErrors = (status: number, errors: Json, errorMessages: string[] = []): SimulatorReply => ({ status, body: { errorMessages, errors } });
const notOnScreen = (field: string) => `Field '${field}' cannot be set. It is not on the appropriate screen, or unknown.`;
/** Jira's JSON binding refuses keys its beans do not declare. */
const unrecognized = (key: string, bean: string): SimulatorReply => jiraErrors(400, {}, [`Unrecognized field "${key}" (Class com.atlassian.jira.rest.v2.issue.${bean}), not marked as ignorable`]);

export async function startJiraSimulator(options: JiraSimulatorOptions = {}): Promise<JiraSimulator> {
  const settings: Required<JiraSimulatorOptions> = {
    email: options.email ?? 'jira-bot@example.com',
    apiToken: options.apiToken ?? `jira-token-${randomBytes(12).toString('hex')}`,
    projectKey: options.projectKey ?? 'CASES',
    flavor: options.flavor ?? 'cloud',
  };
  let base = '';
  let sequence = 10_000;
  let commentSequence = 50_000;

  const handler = (request: SimulatorRequest, { records, comments }: Pick<Simulator, 'records' | 'comments'>): SimulatorReply => {
    const credentials = basicCredentials(request);
    if (!credentials || credentials.username !== settings.email || credentials.password !== settings.apiToken) {
      return jiraErrors(401, {}, ['You are not authenticated. Authentication required to perform this operation.']);
    }
    if ((request.method === 'POST' || request.method === 'PUT') && !String(request.headers['content-type'] ?? '').includes('application/json')) {
      return { status: 415, body: 'Unsupported Media Type' };
    }
    const issues = records as unknown as Map<string, Issue>;
    const find = (idOrKey: string) => issues.get(idOrKey) ?? [...issues.values()].find((i) => i.key === idOrKey);
    const path = request.path.replace(/^\/rest\/api\/2/, '');
    if (path === request.path) return { status: 404, body: 'Not Found' };

    const meta = /^\/issue\/createmeta\/([^/]+)\/issuetypes(?:\/([^/]+))?$/.exec(path);
    if (request.method === 'GET' && meta) return createMeta(decodeURIComponent(meta[1]), meta[2] && decodeURIComponent(meta[2]));
    if (request.method === 'GET' && path === '/search/jql') return search(request.query.get('jql') ?? '', issues);
    if (request.method === 'POST' && path === '/issue') return createIssue(request.body, issues, find);

    const issueMatch = /^\/issue\/([^/]+)(\/comment)?$/.exec(path);
    if (!issueMatch) return jiraErrors(404, {}, ['Not found']);
    const issue = find(decodeURIComponent(issueMatch[1]));
    if (!issue) return jiraErrors(404, {}, ['Issue does not exist or you do not have permission to see it.']);
    if (issueMatch[2]) {
      if (request.method !== 'POST') return { status: 405, body: 'Method Not Allowed' };
      return addComment(request.body, issue, comments);
    }
    if (request.method === 'GET') return { status: 200, body: issue };
    if (request.method === 'PUT') return editIssue(request.body, issue, find);
    return { status: 405, body: 'Method Not Allowed' };
  };

  function createMeta(projectKey: string, issueTypeId: string | undefined): SimulatorReply {
    if (projectKey !== settings.projectKey) return jiraErrors(404, {}, [`No project could be found with key '${projectKey}'.`]);
    const listKey = settings.flavor === 'cloud' ? (issueTypeId ? 'fields' : 'issueTypes') : 'values';
    if (!issueTypeId) {
      const list = JIRA_ISSUE_TYPES.map((t) => ({ self: `${base}/rest/api/2/issuetype/${t.id}`, id: t.id, name: t.name, description: '', subtask: t.subtask }));
      return { status: 200, body: { startAt: 0, maxResults: 50, total: list.length, [listKey]: list } };
    }
    const screen = SCREEN[issueTypeId];
    if (!screen) return jiraErrors(404, {}, [`Issue type with id '${issueTypeId}' does not exist or is not available for project '${projectKey}'.`]);
    const list = screen.map((fieldId) => ({
      fieldId,
      key: fieldId,
      ...FIELD_SCHEMA[fieldId],
      required: REQUIRED[issueTypeId].includes(fieldId),
      hasDefaultValue: fieldId === 'priority',
      operations: ['set'],
      ...(fieldId === 'priority' ? { allowedValues: JIRA_PRIORITIES.map((p) => ({ self: `${base}/rest/api/2/priority/${p.id}`, ...p })), defaultValue: { id: '3', name: 'Medium' } } : {}),
    }));
    return { status: 200, body: { startAt: 0, maxResults: 50, total: list.length, [listKey]: list } };
  }

  /** Checks each field as Jira's screens and field types do; returns the stored values or the errors. */
  function checkFields(fields: Json, issueTypeId: string, find: (k: string) => Issue | undefined, current?: Issue): { errors: Json; values: Json } {
    const errors: Json = {};
    const values: Json = {};
    const screen = SCREEN[issueTypeId] ?? [];
    for (const [name, value] of Object.entries(fields)) {
      if (!screen.includes(name)) {
        errors[name] = notOnScreen(name);
        continue;
      }
      const error = checkField(name, value, find, current);
      if (typeof error === 'string') errors[name] = error;
      else values[name] = error.value;
    }
    return { errors, values };
  }

  function checkField(name: string, value: unknown, find: (k: string) => Issue | undefined, current?: Issue): string | { value: unknown } {
    switch (name) {
      case 'summary':
        if (typeof value !== 'string' || value.trim() === '') return 'You must specify a summary of the issue.';
        if (/[\r\n]/.test(value)) return 'The summary is invalid because it contains newline characters.';
        return value.length > 255 ? 'Summary must be less than 255 characters.' : { value };
      case 'description':
      case 'environment':
        return typeof value === 'string' || value === null ? { value } : `Operation value must be a string`;
      case 'labels': {
        if (!Array.isArray(value) || value.some((l) => typeof l !== 'string')) return 'Operation value must be a string';
        const spaced = (value as string[]).find((l) => /\s/.test(l));
        return spaced === undefined ? { value } : `The label '${spaced}' contains spaces which is invalid.`;
      }
      case 'priority': {
        if (!isObject(value) || (typeof value.name !== 'string' && typeof value.id !== 'string')) return "Could not find valid 'id' or 'name' in priority object.";
        const priority = JIRA_PRIORITIES.find((p) => p.name === value.name || p.id === value.id);
        return priority ? { value: { self: `${base}/rest/api/2/priority/${priority.id}`, ...priority } } : `Priority name '${String(value.name ?? value.id)}' is not valid`;
      }
      case 'parent': {
        const parent = isObject(value) ? find(String(value.key ?? value.id)) : undefined;
        if (!parent || parent === current) return 'Could not find issue by id or key.';
        return { value: { id: parent.id, key: parent.key, fields: { summary: parent.fields.summary } } };
      }
      case 'duedate':
        return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? { value } : `Error parsing date string: ${String(value)}`;
      case 'project':
        if (!isObject(value) || (value.key !== settings.projectKey && value.id !== '10000')) return current ? notOnScreen('project') : 'Specify a valid project ID or key';
        return { value: { id: '10000', key: settings.projectKey, name: 'Cases' } };
      case 'issuetype': {
        const type = isObject(value) ? JIRA_ISSUE_TYPES.find((t) => t.id === value.id || t.name === value.name) : undefined;
        return type ? { value: { self: `${base}/rest/api/2/issuetype/${type.id}`, ...type } } : 'The issue type selected is invalid.';
      }
      default:
        return notOnScreen(name);
    }
  }

  function issueBody(body: unknown): { fields: Json } | SimulatorReply {
    if (!isObject(body)) return jiraErrors(400, {}, ['Can not deserialize instance of com.atlassian.jira.rest.v2.issue.IssueUpdateBean out of START_ARRAY token']);
    const unknown = Object.keys(body).find((k) => !['fields', 'update', 'properties'].includes(k));
    if (unknown) return unrecognized(unknown, 'IssueUpdateBean');
    if (!isObject(body.fields)) return jiraErrors(400, {}, ['Issue must have fields']);
    return { fields: body.fields };
  }

  function createIssue(body: unknown, issues: Map<string, Issue>, find: (k: string) => Issue | undefined): SimulatorReply {
    const parsed = issueBody(body);
    if (!('fields' in parsed)) return parsed;
    const { fields } = parsed;
    if (!isObject(fields.project) || (fields.project.key !== settings.projectKey && fields.project.id !== '10000')) return jiraErrors(400, { project: 'Specify a valid project ID or key' });
    const type = isObject(fields.issuetype) ? JIRA_ISSUE_TYPES.find((t) => t.id === (fields.issuetype as Json).id || t.name === (fields.issuetype as Json).name) : undefined;
    if (!type) return jiraErrors(400, { issuetype: fields.issuetype === undefined ? 'Specify an issue type' : 'The issue type selected is invalid.' });
    const { errors, values } = checkFields(fields, type.id, find);
    for (const required of REQUIRED[type.id]) if (fields[required] === undefined && errors[required] === undefined) errors[required] = required === 'parent' ? 'Sub-task issues must have a parent.' : `${FIELD_SCHEMA[required].name} is required.`;
    if (Object.keys(errors).length > 0) return jiraErrors(400, errors);
    sequence += 1;
    const id = String(sequence);
    const key = `${settings.projectKey}-${sequence - 10_000}`;
    const now = jiraDate();
    const issue: Issue = { id, key, self: `${base}/rest/api/2/issue/${id}`, fields: { labels: [], description: null, priority: values.priority ?? { self: `${base}/rest/api/2/priority/3`, id: '3', name: 'Medium' }, ...values, created: now, updated: now } };
    issues.set(id, issue);
    return { status: 201, body: { id, key, self: issue.self } };
  }

  function editIssue(body: unknown, issue: Issue, find: (k: string) => Issue | undefined): SimulatorReply {
    const parsed = issueBody(body);
    if (!('fields' in parsed)) return parsed;
    const currentType = (issue.fields.issuetype as Json).id as string;
    const typeId = isObject(parsed.fields.issuetype) ? String(parsed.fields.issuetype.id ?? currentType) : currentType;
    const { errors, values } = checkFields(parsed.fields, SCREEN[typeId] ? typeId : currentType, find, issue);
    if (Object.keys(errors).length > 0) return jiraErrors(400, errors);
    // Jira's clock has millisecond precision; an edit always moves `updated` forward.
    const previous = Date.parse(String(issue.fields.updated));
    issue.fields = { ...issue.fields, ...values, updated: jiraDate(new Date(Math.max(Date.now(), previous + 1))) };
    return { status: 204 };
  }

  function addComment(body: unknown, issue: Issue, comments: Map<string, string[]>): SimulatorReply {
    if (!isObject(body)) return jiraErrors(400, {}, ['Can not deserialize instance of com.atlassian.jira.rest.v2.issue.CommentJsonBean']);
    const unknown = Object.keys(body).find((k) => !['body', 'visibility', 'properties'].includes(k));
    if (unknown) return unrecognized(unknown, 'CommentJsonBean');
    if (typeof body.body !== 'string' || body.body.trim() === '') return jiraErrors(400, { comment: 'Comment body can not be empty!' });
    commentSequence += 1;
    comments.set(issue.id, [...(comments.get(issue.id) ?? []), body.body]);
    const created = jiraDate();
    return { status: 201, body: { self: `${issue.self}/comment/${commentSequence}`, id: String(commentSequence), body: body.body, created, updated: created } };
  }

  function search(jql: string, issues: Map<string, Issue>): SimulatorReply {
    const match = /^project\s*=\s*"([^"]*)"\s+and\s+summary\s*~\s*"((?:[^"\\]|\\.)*)"$/i.exec(jql.trim());
    if (!match) return jiraErrors(400, {}, [`Error in the JQL Query: the query '${jql}' could not be parsed.`]);
    if (match[1] !== settings.projectKey) return jiraErrors(400, {}, [`The value '${match[1]}' does not exist for the field 'project'.`]);
    // Jira's `~` is a word search: every word of the text must start a word of the summary.
    const words = (s: string) => s.replaceAll('\\', '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const wanted = words(match[2]);
    const found = [...issues.values()].filter((issue) => {
      const summaryWords = words(String(issue.fields.summary));
      return wanted.every((w) => summaryWords.some((s) => s.startsWith(w)));
    });
    return { status: 200, body: { isLast: true, issues: found.map((i) => ({ id: i.id, key: i.key, self: i.self, fields: { summary: i.fields.summary } })) } };
  }

  const server = await startSimulatorServer(handler);
  base = server.url;
  return Object.assign(server, { options: settings });
}

/** A `.jira` connector for the simulator, and case fields it accepts (a Bug with High priority). */
export function jiraConnectorFixture(sim: JiraSimulator): ConnectorFixture {
  return {
    connector_type_id: '.jira',
    name: 'Jira simulator',
    config: { apiUrl: sim.url, projectKey: sim.options.projectKey },
    secrets: { email: sim.options.email, apiToken: sim.options.apiToken },
    caseFields: { issueType: '10002', priority: 'High', parent: null },
    plainSecrets: [sim.options.apiToken],
  };
}
