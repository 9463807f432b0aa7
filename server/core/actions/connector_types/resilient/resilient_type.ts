/**
 * Kibana's `.resilient` connector type (IBM Resilient, now QRadar SOAR): push a case as an org
 * incident (create, or edit the incident of an earlier push, then one comment per case
 * comment), and the incident types and severities the case form offers.
 */
import { ConnectorValidationError } from '../../errors';
import { subActionConnector, type SubActionParams, type SubActionTable } from '../../sub_actions';
import type { ConnectorTypeDefinition, ConnectorValidationContext } from '../../types';
import { EmptyParamsRt, PushToServiceParamsRt, ResilientConfigRt, ResilientSecretsRt, type PushToServiceParams, type ResilientConfig, type ResilientSecrets } from './schema';
import { createResilientService, type ExternalIncidentResponse, type ResilientService } from './service';

export const RESILIENT_CONNECTOR_TYPE_ID = '.resilient';

export interface PushToServiceResult extends ExternalIncidentResponse {
  comments?: Array<{ commentId: string; pushedDate: string }>;
}

/** Update when the case was pushed to this connector before, else create; comments carry the push date (Resilient's comment answer is not read). */
export async function pushToService(service: ResilientService, { incident, comments }: PushToServiceParams): Promise<PushToServiceResult> {
  const { externalId, additionalFields, additional_fields: legacyAdditionalFields, ...rest } = incident;
  const fields = { ...rest, additionalFields: additionalFields ?? legacyAdditionalFields ?? null };
  const result: PushToServiceResult = externalId != null ? await service.updateIncident(externalId, fields) : await service.createIncident(fields);
  if (comments && comments.length > 0) {
    result.comments = [];
    for (const comment of comments) {
      if (!comment.comment) continue;
      await service.addComment(result.id, comment.comment);
      result.comments.push({ commentId: comment.commentId, pushedDate: result.pushedDate });
    }
  }
  return result;
}

/** The sub-action framework's URL check when the connector is saved: allowed hosts, then a usable http(s) URL. */
function validateConfig(config: ResilientConfig, { egress }: ConnectorValidationContext): void {
  try {
    egress.assertUrlAllowed(config.apiUrl);
  } catch (error) {
    throw new ConnectorValidationError(`error validating url: ${(error as Error).message}`);
  }
  let protocol: string;
  try {
    protocol = new URL(config.apiUrl).protocol;
  } catch {
    throw new ConnectorValidationError('error validating url: URL Error: Invalid URL');
  }
  if (protocol !== 'http:' && protocol !== 'https:') throw new ConnectorValidationError('error validating url: URL Error: Invalid protocol');
}

type Table = SubActionTable<ResilientConfig, ResilientSecrets>;
const service = (options: Parameters<Table[string]['run']>[0]) => createResilientService(options);

const SUB_ACTIONS: Table = {
  pushToService: { params: PushToServiceParamsRt, run: (options, params: PushToServiceParams) => pushToService(service(options), params) },
  incidentTypes: { params: EmptyParamsRt, run: (options) => service(options).getIncidentTypes() },
  severity: { params: EmptyParamsRt, run: (options) => service(options).getSeverity() },
  getFields: { params: EmptyParamsRt, run: (options) => service(options).getFields() },
};

const { params, execute } = subActionConnector(SUB_ACTIONS);

export const resilientConnectorType: ConnectorTypeDefinition<ResilientConfig, ResilientSecrets, SubActionParams> = {
  id: RESILIENT_CONNECTOR_TYPE_ID,
  name: 'IBM Resilient',
  description: 'Create IBM Resilient incidents.',
  minimumLicenseRequired: 'platinum',
  supportedFeatureIds: ['alerting', 'cases', 'siem'],
  schema: { config: ResilientConfigRt, secrets: ResilientSecretsRt, params },
  validate: { config: validateConfig },
  execute,
};
