/**
 * Kibana's `.email` connector type: SMTP through nodemailer. The SMTP host is checked against
 * xpack.actions.allowedHosts when the connector is saved and again before every send (the
 * setting may have changed, and preconfigured connectors are never saved). Microsoft Exchange
 * (`exchange_server`) sends through the Graph API with an OAuth client; it is refused here,
 * with a message that says to use the Exchange server's SMTP endpoint instead.
 */
import nodemailer from 'nodemailer';
import { ConnectorError, ConnectorValidationError, EgressRefusedError } from '../../errors';
import type { ConnectorTypeDefinition, EgressRules } from '../../types';
import { EmailConfigRt, EmailParamsRt, EmailSecretsRt, type EmailConfig, type EmailParams, type EmailSecrets } from './schema';
import { htmlOfText, withFooter } from './message_body';
import { DEFAULT_SMTP_TIMEOUTS, EXCHANGE_SERVICE, OTHER_SERVICE, smtpHostOf, transportOptions, type SmtpTimeouts } from './transport';

export const EMAIL_CONNECTOR_TYPE_ID = '.email';

export const EXCHANGE_NOT_SUPPORTED =
  "[service]: 'exchange_server' (Microsoft Graph API with OAuth) is not supported; use service 'other' with your Exchange server's SMTP host and port";

/** Kibana's validateConfig, in its order and words; the allowedHosts check goes through the platform's egress rules. */
function validateConfig(config: EmailConfig, egress: EgressRules): void {
  if (config.service === EXCHANGE_SERVICE) throw new ConnectorValidationError(EXCHANGE_NOT_SUPPORTED);
  if (config.service === OTHER_SERVICE) {
    if (config.host === null && config.port === null) throw new ConnectorValidationError('[host]/[port] is required');
    if (config.host === null) throw new ConnectorValidationError('[host] is required');
    if (config.port === null) throw new ConnectorValidationError('[port] is required');
    if (!hostAllowed(egress, config.host)) throw new ConnectorValidationError(`[host] value '${config.host}' is not in the allowedHosts configuration`);
    return;
  }
  const host = smtpHostOf(config);
  if (host === null) throw new ConnectorValidationError(`[service] value '${config.service}' is not valid`);
  if (!hostAllowed(egress, host)) {
    throw new ConnectorValidationError(`[service] value '${config.service}' resolves to host '${host}' which is not in the allowedHosts configuration`);
  }
}

function hostAllowed(egress: EgressRules, host: string): boolean {
  try {
    egress.assertHostAllowed(host);
    return true;
  } catch (error) {
    if (error instanceof EgressRefusedError) return false;
    throw error;
  }
}

/** Kibana's validateConnector: with `hasAuth`, both user and password. */
function validateConnector(config: EmailConfig, secrets: EmailSecrets): string | null {
  if (!config.hasAuth) return null;
  if (secrets.user === null) return '[user] is required';
  if (secrets.password === null) return '[password] is required';
  return null;
}

/**
 * Whether a later try can succeed: the server's reply code decides (4xx is temporary, 5xx is
 * final); without one, a refused login is final and a network failure or timeout is not.
 */
function isRetryable(error: { code?: string; responseCode?: number }): boolean {
  if (error.responseCode !== undefined) return error.responseCode < 500;
  return error.code !== 'EAUTH';
}

/** An SMTP server may echo what it was sent; secrets never leave in an error. */
function redacted(message: string, secrets: EmailSecrets): string {
  return [secrets.password, secrets.user].reduce<string>((text, secret) => (secret ? text.split(secret).join('[REDACTED]') : text), message);
}

function sendFailure(error: unknown, secrets: EmailSecrets): ConnectorError {
  const details = (error ?? {}) as { message?: string; code?: string; responseCode?: number };
  return new ConnectorError(redacted(details.message ?? String(error), secrets), { retry: isRetryable(details) });
}

/** Before connecting: the same rules as at save time, since a preconfigured connector or a changed allowedHosts skipped them. */
function assertSendable(config: EmailConfig, egress: EgressRules): void {
  try {
    validateConfig(config, egress);
  } catch (error) {
    throw new ConnectorError((error as Error).message, { retry: false });
  }
}

async function send(config: EmailConfig, secrets: EmailSecrets, params: EmailParams, options: SmtpTimeouts, hostSettings: Parameters<typeof transportOptions>[2]) {
  const text = withFooter(params.message);
  const transport = nodemailer.createTransport(transportOptions(config, secrets, hostSettings, options));
  try {
    const info = await transport.sendMail({
      from: config.from,
      to: params.to,
      cc: params.cc,
      bcc: params.bcc,
      subject: params.subject,
      text,
      html: params.messageHTML ?? htmlOfText(text),
    });
    // Kibana answers nodemailer's info as the result's data; its per-recipient Error objects do not serialize.
    const { rejectedErrors: _ignored, ...data } = info as typeof info & { rejectedErrors?: unknown };
    return data;
  } catch (error) {
    throw sendFailure(error, secrets);
  } finally {
    transport.close();
  }
}

/** The type; tests shorten the SMTP timeouts. */
export function createEmailConnectorType(timeouts: SmtpTimeouts = DEFAULT_SMTP_TIMEOUTS): ConnectorTypeDefinition<EmailConfig, EmailSecrets, EmailParams> {
  return {
    id: EMAIL_CONNECTOR_TYPE_ID,
    name: 'Email',
    minimumLicenseRequired: 'gold',
    // Kibana 8's AlertingConnectorFeatureId, UptimeConnectorFeatureId, SecurityConnectorFeatureId.
    supportedFeatureIds: ['alerting', 'uptime', 'siem'],
    description: 'Send email from your server.',
    schema: { config: EmailConfigRt, secrets: EmailSecretsRt, params: EmailParamsRt },
    validate: {
      config: (config, { egress }) => validateConfig(config, egress),
      connector: validateConnector,
    },
    async execute({ config, secrets, params, egress, hostSettings }) {
      assertSendable(config, egress);
      return send(config, secrets, params, timeouts, hostSettings);
    },
  };
}

export const emailConnectorType = createEmailConnectorType();
