/**
 * The rules a schema cannot say, with Kibana's words (lib/servicenow/validators.ts): the
 * instance URL must be an allowed host; basic or OAuth, never half of one nor both.
 */
import { ConnectorValidationError } from '../../errors';
import type { ConnectorValidationContext } from '../../types';
import type { ServiceNowConfig, ServiceNowSecrets } from './schema';

const missingField = (field: string, isOAuth: boolean) => `${field} must be provided when isOAuth = ${isOAuth ? 'true' : 'false'}`;
const populatedField = (field: string, isOAuth: boolean) => `${field} should not be provided with isOAuth = ${isOAuth ? 'true' : 'false'}`;

export function validateServiceNowConfig(config: ServiceNowConfig, { egress }: ConnectorValidationContext): void {
  try {
    egress.assertUrlAllowed(config.apiUrl);
  } catch (e) {
    throw new ConnectorValidationError(`error configuring connector action: ${(e as Error).message}`);
  }
  if (config.isOAuth) {
    for (const field of ['userIdentifierValue', 'clientId', 'jwtKeyId'] as const) {
      if (config[field] == null) throw new ConnectorValidationError(missingField(field, true));
    }
  }
}

export function validateServiceNowSecrets(secrets: ServiceNowSecrets): void {
  const { username, password, clientSecret, privateKey } = secrets;
  if (!username && !password && !clientSecret && !privateKey) throw new ConnectorValidationError('Either basic auth or OAuth credentials must be specified');
  if (username || password) {
    if (!username || !password) throw new ConnectorValidationError('username and password must both be specified');
  } else if (!clientSecret || !privateKey) {
    throw new ConnectorValidationError('clientSecret and privateKey must both be specified');
  }
}

/** Config and secrets together: the chosen mode has all it needs and nothing of the other. */
export function validateServiceNowConnector(config: ServiceNowConfig, secrets: ServiceNowSecrets): string | null {
  const { isOAuth, userIdentifierValue, clientId, jwtKeyId } = config;
  const { username, password, clientSecret, privateKey } = secrets;
  if (isOAuth) {
    const required = { userIdentifierValue, clientId, jwtKeyId, clientSecret, privateKey };
    const missing = Object.entries(required).find(([, value]) => value == null);
    if (missing) return missingField(missing[0], true);
    if (username || password) return populatedField('Username and password', true);
    return null;
  }
  if (username == null) return missingField('username', false);
  if (password == null) return missingField('password', false);
  if (clientSecret || clientId || userIdentifierValue || jwtKeyId || privateKey) {
    return populatedField('clientId, clientSecret, userIdentifierValue, jwtKeyId and privateKey', false);
  }
  return null;
}
