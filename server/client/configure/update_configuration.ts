/**
 * `PATCH /api/cases/configure/{configuration_id}`: changes what the request sends, at the
 * version the caller read. The write carries that version, so of two admins saving the same
 * version one wins and the other gets Kibana's 409, however close together they arrive.
 *
 * Templates follow the custom fields in force, as Kibana keeps them: values for removed fields
 * are dropped and new fields are added with their defaults, whether the request sends
 * templates or only changes the custom fields. Cases keep the values they hold.
 */
import type { ConfigurationPatchRequest } from '../../../common/types/api/configure';
import type { Configuration, ConfigurationAttributes } from '../../../common/types/domain/configure';
import { conflict, isConflict } from '../../core';
import { ensureAuthorizedOn, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';
import { toUser } from '../user';
import { ensurePushableConnector } from './ensure_connector';
import { alignTemplateCustomFields } from './template_custom_fields';
import { toConfiguration } from './to_configuration';
import { ensureTemplatesMatchCustomFields, validateConfigurationLists } from './validate_configuration';

/** Kibana's words, which its UI shows as they are. */
const staleConfiguration = () => conflict('This configuration has been updated. Please refresh before saving additional updates.');

export async function updateConfiguration(args: CasesClientArgs, configurationId: string, request: ConfigurationPatchRequest): Promise<Configuration> {
  ensurePushableConnector(args, request.connector);
  const { configure } = args.services;
  const original = await configure.get(configurationId);
  validateConfigurationLists(args.config, request, original.attributes);
  const customFields = request.customFields ?? original.attributes.customFields;
  const templates =
    request.templates || request.customFields ? alignTemplateCustomFields(request.templates ?? original.attributes.templates, customFields) : undefined;
  ensureTemplatesMatchCustomFields(templates, customFields);
  await ensureAuthorizedOn(args, Operations.updateConfiguration, [{ id: original.id, owner: original.attributes.owner }]);
  if (request.version !== original.version) throw staleConfiguration();

  const { version, ...changes } = request;
  const attributes: Partial<ConfigurationAttributes> = {
    ...changes,
    ...(templates ? { templates } : {}),
    updated_at: args.now().toISOString(),
    updated_by: toUser(args.user),
  };
  try {
    const results = await configure.commit([configure.patchOperation(configurationId, version, attributes)]);
    return toConfiguration(args)(configure.configurationsOf(results)[0]);
  } catch (e) {
    throw isConflict(e) ? staleConfiguration() : e;
  }
}
