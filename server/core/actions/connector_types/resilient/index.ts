/** Kibana's `.resilient` connector type, registered by the platform (connector_types/index.ts). */
export { resilientConnectorType, RESILIENT_CONNECTOR_TYPE_ID } from './resilient_type';
