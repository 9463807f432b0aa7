/**
 * Kibana's `.jira` connector type: push a case as a Jira issue (create, or update the issue of an
 * earlier push, then one comment per case comment) and the lookups the case form makes live:
 * issue types, the fields of an issue type, and the parent-issue search.
 */
import { ConnectorValidationError } from '../../errors';
import { subActionConnector, type SubActionParams, type SubActionTable } from '../../sub_actions';
import type { ConnectorTypeDefinition, ConnectorValidationContext } from '../../types';
import {
  EmptyParamsRt,
  FieldsByIssueTypeParamsRt,
  GetIncidentParamsRt,
  IssueParamsRt,
  IssuesParamsRt,
  JiraConfigRt,
  JiraSecretsRt,
  PushToServiceParamsRt,
  type JiraConfig,
  type JiraSecrets,
  type PushToServiceParams,
} from './schema';
import { createJiraService, type ExternalIncidentResponse, type JiraService } from './service';

export const JIRA_CONNECTOR_TYPE_ID = '.jira';

export interface PushToServiceResult extends ExternalIncidentResponse {
  comments?: Array<{ commentId: string; pushedDate: string }>;
}

/** Update when the case was pushed to this connector before (it knows the issue), else create. */
export async function pushToService(service: JiraService, { incident, comments }: PushToServiceParams): Promise<PushToServiceResult> {
  const { externalId, ...fields } = incident;
  const result: PushToServiceResult = externalId != null ? await service.updateIncident(externalId, fields) : await service.createIncident(fields);
  if (comments && comments.length > 0) {
    result.comments = [];
    for (const comment of comments) {
      if (!comment.comment) continue;
      const created = await service.createComment(result.id, comment);
      result.comments.push({ commentId: created.commentId, pushedDate: created.pushedDate });
    }
  }
  return result;
}

/** Kibana checks the URL against xpack.actions.allowedHosts when the connector is saved. */
function validateConfig(config: JiraConfig, { egress }: ConnectorValidationContext): void {
  try {
    egress.assertUrlAllowed(config.apiUrl);
  } catch (error) {
    throw new ConnectorValidationError(`error configuring connector action: ${(error as Error).message}`);
  }
  let protocol: string;
  try {
    protocol = new URL(config.apiUrl).protocol;
  } catch {
    throw new ConnectorValidationError('error configuring connector action: URL Error: Invalid URL');
  }
  if (protocol !== 'http:' && protocol !== 'https:') throw new ConnectorValidationError('error configuring connector action: URL Error: Invalid protocol');
}

type Table = SubActionTable<JiraConfig, JiraSecrets>;
const service = (options: Parameters<Table[string]['run']>[0]) => createJiraService(options);

const SUB_ACTIONS: Table = {
  pushToService: { params: PushToServiceParamsRt, run: (options, params: PushToServiceParams) => pushToService(service(options), params) },
  getIncident: { params: GetIncidentParamsRt, run: (options, { externalId }: { externalId: string }) => service(options).getIncident(externalId) },
  // Kibana declares `handshake` and does nothing with it; it stays accepted for old callers.
  handshake: { params: EmptyParamsRt, run: async () => ({}) },
  issueTypes: { params: EmptyParamsRt, run: (options) => service(options).getIssueTypes() },
  fieldsByIssueType: { params: FieldsByIssueTypeParamsRt, run: (options, { id }: { id: string }) => service(options).getFieldsByIssueType(id) },
  getFields: { params: EmptyParamsRt, run: (options) => service(options).getFields() },
  issues: { params: IssuesParamsRt, run: (options, { title }: { title: string }) => service(options).getIssues(title) },
  issue: { params: IssueParamsRt, run: (options, { id }: { id: string }) => service(options).getIssue(id) },
};

const { params, execute } = subActionConnector(SUB_ACTIONS);

export const jiraConnectorType: ConnectorTypeDefinition<JiraConfig, JiraSecrets, SubActionParams> = {
  id: JIRA_CONNECTOR_TYPE_ID,
  name: 'Jira',
  description: 'Create and manage Jira issues.',
  minimumLicenseRequired: 'gold',
  supportedFeatureIds: ['alerting', 'cases', 'uptime', 'siem'],
  schema: { config: JiraConfigRt, secrets: JiraSecretsRt, params },
  validate: { config: validateConfig },
  execute,
};
