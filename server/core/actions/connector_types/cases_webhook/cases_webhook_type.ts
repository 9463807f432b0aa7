/**
 * `.cases-webhook` ("Webhook - Case Management"): pushes a case to any REST ticketing API
 * described by the connector's URLs and mustache JSON templates. Only `pushToService`: the
 * case keeps no fields for this type, so the form has nothing to look up.
 */
import type { ConnectorTypeDefinition, EgressRules } from '../../types';
import { ConnectorValidationError } from '../../errors';
import { subActionConnector, type SubActionParams } from '../../sub_actions';
import { CASES_WEBHOOK_NAME, OAUTH2_NOT_SUPPORTED } from './auth';
import { AUTH_OAUTH2, CasesWebhookConfigRt, CasesWebhookSecretsRt, PushToServiceParamsRt, type CasesWebhookConfig, type CasesWebhookSecrets, type PushParams } from './schema';
import { createCasesWebhookService, type ExternalServiceIncidentResponse } from './service';

type PushResult = ExternalServiceIncidentResponse & { comments?: Array<{ commentId: string; pushedDate: string }> };

const { params, execute } = subActionConnector<CasesWebhookConfig, CasesWebhookSecrets>({
  pushToService: {
    params: PushToServiceParamsRt,
    async run(options, { incident, comments }: PushParams): Promise<PushResult> {
      const service = createCasesWebhookService(options);
      const { externalId, ...fields } = incident;
      const res: PushResult = externalId != null ? await service.updateIncident(externalId, fields) : await service.createIncident(fields);
      for (const comment of comments ?? []) {
        if (!comment.comment) continue;
        await service.createComment(res.id, comment.comment);
        res.comments = [...(res.comments ?? []), { commentId: comment.commentId, pushedDate: res.pushedDate }];
      }
      options.logger.debug(`response push to service for case id: ${res.id}`);
      return res;
    },
  },
});

/** Every URL must parse and point at an allowed host, in Kibana's words. */
function validateConfig(config: CasesWebhookConfig, egress: EgressRules): void {
  if (config.authType === AUTH_OAUTH2) throw new ConnectorValidationError(OAUTH2_NOT_SUPPORTED);
  for (const url of [config.createIncidentUrl, config.createCommentUrl, config.viewIncidentUrl, config.getIncidentUrl, config.updateIncidentUrl]) {
    if (!url) continue;
    try {
      new URL(url);
    } catch (e) {
      throw new ConnectorValidationError(`error configuring cases webhook action: unable to parse ${url}: ${String(e)}`);
    }
    try {
      egress.assertUrlAllowed(url);
    } catch (e) {
      throw new ConnectorValidationError(`error configuring cases webhook action: ${(e as Error).message}`);
    }
  }
}

/** Kibana's accepted combinations: user and password; crt and key; pfx; clientSecret; or nothing. */
function validateSecrets(secrets: CasesWebhookSecrets): void {
  const { user, password, crt, key, pfx, clientSecret } = secrets;
  const none = !password && !user && !crt && !key && !pfx && !clientSecret;
  const basic = password && user && !crt && !key && !pfx && !clientSecret;
  const certificate = crt && key && !user && !pfx && !clientSecret;
  const bundle = !crt && !key && !user && pfx && !clientSecret;
  const oauth = !password && !user && !crt && !key && !pfx && clientSecret;
  if (none || basic || certificate || bundle || oauth) return;
  throw new ConnectorValidationError(
    'must specify one of the following schemas: user and password; crt and key (with optional password); pfx (with optional password); or clientSecret (for OAuth2)',
  );
}

export const casesWebhookConnectorType: ConnectorTypeDefinition<CasesWebhookConfig, CasesWebhookSecrets, SubActionParams> = {
  id: '.cases-webhook',
  name: CASES_WEBHOOK_NAME,
  minimumLicenseRequired: 'gold',
  supportedFeatureIds: ['cases'],
  description: 'Send a request to a case management web service.',
  schema: { config: CasesWebhookConfigRt, secrets: CasesWebhookSecretsRt, params },
  validate: {
    config: (config, { egress }) => validateConfig(config, egress),
    secrets: (secrets) => validateSecrets(secrets),
    // With authentication on, at least one secret must be given (Kibana: "must specify a secrets configuration").
    connector: (config, secrets) => (config.hasAuth && Object.values(secrets).every((v) => v === null || v === undefined || v === '') ? 'must specify a secrets configuration' : null),
  },
  execute,
};
