/**
 * `.servicenow-sir` (ServiceNow SecOps): security incidents in `sn_si_incident`, with the
 * case's observables (IPs, malware hashes and URLs) sent to the Elastic app's bulk endpoint.
 */
import { subActionConnector, type SubActionParams } from '../../sub_actions';
import type { ConnectorTypeDefinition } from '../../types';
import { SERVICENOW_SIR_ID } from './config';
import { pushSecurityIncident } from './push';
import { pushParamsRt, ServiceNowConfigRt, ServiceNowSecretsRt, SirIncidentRt, type ServiceNowConfig, type ServiceNowSecrets } from './schema';
import { commonSubActions, serviceFor } from './sub_action_table';
import { validateServiceNowConfig, validateServiceNowConnector, validateServiceNowSecrets } from './validators';

const { params, execute } = subActionConnector<ServiceNowConfig, ServiceNowSecrets>({
  ...commonSubActions(SERVICENOW_SIR_ID),
  pushToService: {
    params: pushParamsRt(SirIncidentRt),
    run: async (options, pushParams) => {
      const res = await pushSecurityIncident(serviceFor(SERVICENOW_SIR_ID, options), options.secrets, pushParams);
      options.logger.debug(`response push to service for incident id: ${res.id}`);
      return res;
    },
  },
});

export const serviceNowSirConnectorType: ConnectorTypeDefinition<ServiceNowConfig, ServiceNowSecrets, SubActionParams> = {
  id: SERVICENOW_SIR_ID,
  name: 'ServiceNow SecOps',
  minimumLicenseRequired: 'platinum',
  supportedFeatureIds: ['alerting', 'cases', 'siem'],
  description: 'Create a security incident in ServiceNow SecOps.',
  schema: { config: ServiceNowConfigRt, secrets: ServiceNowSecretsRt, params },
  validate: { config: validateServiceNowConfig, secrets: validateServiceNowSecrets, connector: validateServiceNowConnector },
  // Connectors without the Elastic app's import set (created before 7.16) are deprecated.
  isDeprecated: (config) => config.usesTableApi !== false,
  execute,
};
