/**
 * `.servicenow` (ServiceNow ITSM): incidents in the `incident` table, through the Elastic app's
 * import set, or the table API for connectors created before the app (deprecated).
 */
import { subActionConnector, type SubActionParams } from '../../sub_actions';
import type { ConnectorTypeDefinition } from '../../types';
import { SERVICENOW_ITSM_ID } from './config';
import { closeIncident, pushIncident } from './push';
import { CloseIncidentParamsRt, ItsmIncidentRt, pushParamsRt, ServiceNowConfigRt, ServiceNowSecretsRt, type ServiceNowConfig, type ServiceNowSecrets } from './schema';
import { commonSubActions, serviceFor } from './sub_action_table';
import { validateServiceNowConfig, validateServiceNowConnector, validateServiceNowSecrets } from './validators';

const { params, execute } = subActionConnector<ServiceNowConfig, ServiceNowSecrets>({
  ...commonSubActions(SERVICENOW_ITSM_ID),
  pushToService: {
    params: pushParamsRt(ItsmIncidentRt),
    run: async (options, pushParams) => {
      const res = await pushIncident(serviceFor(SERVICENOW_ITSM_ID, options), options.secrets, pushParams);
      options.logger.debug(`response push to service for incident id: ${res.id}`);
      return res;
    },
  },
  closeIncident: {
    params: CloseIncidentParamsRt,
    // Kibana answers `{}` when there was nothing to close.
    run: async (options, closeParams) => (await closeIncident(serviceFor(SERVICENOW_ITSM_ID, options), closeParams.incident)) ?? {},
  },
});

export const serviceNowItsmConnectorType: ConnectorTypeDefinition<ServiceNowConfig, ServiceNowSecrets, SubActionParams> = {
  id: SERVICENOW_ITSM_ID,
  name: 'ServiceNow ITSM',
  minimumLicenseRequired: 'platinum',
  supportedFeatureIds: ['alerting', 'cases', 'uptime', 'siem'],
  description: 'Create an incident in ServiceNow ITSM.',
  schema: { config: ServiceNowConfigRt, secrets: ServiceNowSecretsRt, params },
  validate: { config: validateServiceNowConfig, secrets: validateServiceNowSecrets, connector: validateServiceNowConnector },
  // Connectors without the Elastic app's import set (created before 7.16) are deprecated.
  isDeprecated: (config) => config.usesTableApi !== false,
  execute,
};
