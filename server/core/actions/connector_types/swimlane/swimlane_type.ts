/**
 * `.swimlane`: pushes a case as a record of one Swimlane application, its values placed under
 * the field ids the connector maps, and its comments into the mapped comments field. Kibana
 * offers only `pushToService` for this type (the case form has nothing to look up).
 */
import type { ConnectorTypeDefinition } from '../../types';
import { ConnectorValidationError } from '../../errors';
import { subActionConnector, type SubActionParams } from '../../sub_actions';
import { PushToServiceParamsRt, SwimlaneConfigRt, SwimlaneSecretsRt, type PushParams, type SwimlaneConfig, type SwimlaneSecrets } from './schema';
import { createSwimlaneService, SWIMLANE_NAME, type ExternalServiceIncidentResponse } from './service';

type PushResult = ExternalServiceIncidentResponse & { comments?: Array<{ commentId: string; pushedDate: string }> };

const { params, execute } = subActionConnector<SwimlaneConfig, SwimlaneSecrets>({
  pushToService: {
    params: PushToServiceParamsRt,
    async run(options, { incident, comments }: PushParams): Promise<PushResult> {
      const service = createSwimlaneService(options);
      const { externalId, ...fields } = incident;
      const res: PushResult = externalId != null ? await service.updateRecord(externalId, fields) : await service.createRecord(fields);
      // One date for every comment of a push, as Kibana sends them.
      const createdDate = new Date().toISOString();
      for (const comment of comments ?? []) {
        if (!comment.comment) continue;
        res.comments = [...(res.comments ?? []), await service.createComment(res.id, comment, createdDate)];
      }
      options.logger.debug(`response push to service for incident id: ${res.id}`);
      return res;
    },
  },
});

export const swimlaneConnectorType: ConnectorTypeDefinition<SwimlaneConfig, SwimlaneSecrets, SubActionParams> = {
  id: '.swimlane',
  name: SWIMLANE_NAME,
  minimumLicenseRequired: 'gold',
  supportedFeatureIds: ['alerting', 'cases', 'siem'],
  description: 'Create records in a Swimlane application.',
  schema: { config: SwimlaneConfigRt, secrets: SwimlaneSecretsRt, params },
  validate: {
    config(config, { egress }) {
      try {
        egress.assertUrlAllowed(config.apiUrl);
      } catch (e) {
        throw new ConnectorValidationError(`error configuring connector action: ${(e as Error).message}`);
      }
    },
  },
  execute,
};
