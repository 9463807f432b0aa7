/**
 * The sub-actions both ServiceNow types share: the case form's lookups (`getFields`,
 * `getChoices`, `getIncident`) and `handshake`. Each execution builds its own service, so an
 * OAuth token never outlives the execution that asked for it.
 */
import type { ConnectorExecutorOptions } from '../../types';
import type { SubActionDefinition, SubActionTable } from '../../sub_actions';
import { SERVICENOW_PRODUCTS, type SERVICENOW_ITSM_ID, type SERVICENOW_SIR_ID } from './config';
import { EmptyParamsRt, GetChoicesParamsRt, GetIncidentParamsRt, type ServiceNowConfig, type ServiceNowSecrets } from './schema';
import { createServiceNowService, type ServiceNowService } from './service';

export type ServiceNowRunOptions = Omit<ConnectorExecutorOptions<ServiceNowConfig, ServiceNowSecrets, unknown>, 'params'>;
export type ServiceNowSubAction<P> = SubActionDefinition<ServiceNowConfig, ServiceNowSecrets, P>;

export const serviceFor = (typeId: typeof SERVICENOW_ITSM_ID | typeof SERVICENOW_SIR_ID, options: ServiceNowRunOptions): ServiceNowService =>
  createServiceNowService(options.http, options.config, options.secrets, SERVICENOW_PRODUCTS[typeId]);

export function commonSubActions(typeId: typeof SERVICENOW_ITSM_ID | typeof SERVICENOW_SIR_ID): SubActionTable<ServiceNowConfig, ServiceNowSecrets> {
  return {
    getFields: { params: EmptyParamsRt, run: (options) => serviceFor(typeId, options).getFields() },
    getChoices: { params: GetChoicesParamsRt, run: (options, params) => serviceFor(typeId, options).getChoices(params.fields) },
    getIncident: { params: GetIncidentParamsRt, run: (options, params) => serviceFor(typeId, options).getIncident(params.externalId) },
    // Kibana's handshake only checks that the connector's credentials are complete.
    handshake: {
      params: EmptyParamsRt,
      run: async (options) => {
        serviceFor(typeId, options);
        return {};
      },
    },
  };
}
