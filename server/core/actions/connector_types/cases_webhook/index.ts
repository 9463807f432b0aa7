export { casesWebhookConnectorType } from './cases_webhook_type';
