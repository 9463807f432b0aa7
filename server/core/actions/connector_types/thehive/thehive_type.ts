/**
 * `.thehive`: pushes a case as a TheHive v1 case (title, description, severity, TLP, tags) and
 * its comments. Kibana's type also has `createAlert`, which alerting rules use to raise TheHive
 * alerts; cases never call it, so it is left out until alerting exists here.
 */
import type { ConnectorTypeDefinition } from '../../types';
import { ConnectorValidationError } from '../../errors';
import { subActionConnector, type SubActionParams } from '../../sub_actions';
import { PushToServiceParamsRt, TheHiveConfigRt, TheHiveSecretsRt, type PushParams, type TheHiveConfig, type TheHiveSecrets } from './schema';
import { createTheHiveService, type ExternalServiceIncidentResponse } from './service';

type PushResult = ExternalServiceIncidentResponse & { comments?: Array<{ commentId: string; pushedDate: string }> };

const { params, execute } = subActionConnector<TheHiveConfig, TheHiveSecrets>({
  pushToService: {
    params: PushToServiceParamsRt,
    async run(options, { incident, comments }: PushParams): Promise<PushResult> {
      const service = createTheHiveService(options);
      const { externalId, ...fields } = incident;
      const res: PushResult = externalId != null ? await service.updateIncident(externalId, fields) : await service.createIncident(fields);
      for (const comment of comments ?? []) {
        if (!comment.comment) continue;
        await service.addComment(res.id, comment.comment);
        // Kibana dates each comment with the incident's push date.
        res.comments = [...(res.comments ?? []), { commentId: comment.commentId, pushedDate: res.pushedDate }];
      }
      return res;
    },
  },
});

export const theHiveConnectorType: ConnectorTypeDefinition<TheHiveConfig, TheHiveSecrets, SubActionParams> = {
  id: '.thehive',
  name: 'TheHive',
  minimumLicenseRequired: 'platinum',
  supportedFeatureIds: ['alerting', 'siem', 'uptime', 'cases'],
  description: 'Create cases in TheHive.',
  schema: { config: TheHiveConfigRt, secrets: TheHiveSecretsRt, params },
  validate: {
    config(config, { egress }) {
      try {
        egress.assertUrlAllowed(config.url);
      } catch (e) {
        // Kibana's sub-action connectors word this `error validating url: …`.
        throw new ConnectorValidationError(`error validating url: ${(e as Error).message}`);
      }
    },
  },
  execute,
};
