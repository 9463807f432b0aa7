/** Kibana's `.jira` connector type, registered by the platform (connector_types/index.ts). */
export { jiraConnectorType, JIRA_CONNECTOR_TYPE_ID } from './jira_type';
