/** The `.email` connector type, for BUILT_IN_CONNECTOR_TYPES. */
export { emailConnectorType, createEmailConnectorType, EMAIL_CONNECTOR_TYPE_ID } from './email_type';
export type { EmailConfig, EmailParams, EmailSecrets } from './schema';
