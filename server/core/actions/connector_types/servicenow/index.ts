/** ServiceNow ITSM and SecOps, one library for both (Kibana's lib/servicenow). */
export { serviceNowItsmConnectorType } from './servicenow_itsm_type';
export { serviceNowSirConnectorType } from './servicenow_sir_type';
export { SERVICENOW_ITSM_ID, SERVICENOW_SIR_ID } from './config';
