/**
 * Kibana's notifications plugin, its email half: plugins send mail through one preconfigured
 * `.email` connector named by `notifications.connectors.default.email`, never through a
 * connector a user created. Without that setting there is no email service, and plugins skip
 * their mails (cases logs that assignees were not notified).
 */
import type { Logger } from '../logging/types';
import type { ActionsClient, EmailService, NotificationsStart } from '../actions/types';

export const EMAIL_CONNECTOR_TYPE_ID = '.email';

export interface NotificationsDeps {
  /** `notifications.connectors.default.email`. */
  defaultEmailConnectorId?: string;
  /** Preconfigured connectors exist in every space; the default space's client reaches them. */
  actions: () => ActionsClient;
  /** True when the id names a preconfigured `.email` connector (checked once, at start). */
  isPreconfiguredEmailConnector(id: string): boolean;
  logger: Logger;
}

export function createNotificationsStart({ defaultEmailConnectorId, actions, isPreconfiguredEmailConnector, logger }: NotificationsDeps): NotificationsStart {
  if (defaultEmailConnectorId === undefined) return {};
  if (!isPreconfiguredEmailConnector(defaultEmailConnectorId)) {
    // Kibana's notifications plugin refuses the same way: a mail sender must be preconfigured.
    logger.warn(
      { 'event.action': 'notifications-email-disabled' },
      `Email notifications are disabled: notifications.connectors.default.email names "${defaultEmailConnectorId}", which is not a preconfigured ${EMAIL_CONNECTOR_TYPE_ID} connector`,
    );
    return {};
  }
  const email: EmailService = {
    async sendPlainTextEmail({ to, subject, message, messageHTML, context }) {
      const result = await actions().execute(
        defaultEmailConnectorId,
        { to, cc: [], bcc: [], subject, message, ...(messageHTML === undefined ? {} : { messageHTML }) },
        context?.relatedObjects?.[0] ? { source: { type: context.relatedObjects[0].type, id: context.relatedObjects[0].id } } : {},
      );
      if (result.status === 'error') throw new Error(result.serviceMessage ?? result.message);
    },
  };
  return { email };
}
