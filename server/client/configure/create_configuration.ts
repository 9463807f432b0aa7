/**
 * `POST /api/cases/configure`. As in Kibana, posting replaces the owner's configuration in the
 * space: the old one(s) are deleted and the new one created in one unit of work, so a reader
 * sees the old configuration or the new one, never none and never two.
 */
import type { ConfigurationRequest } from '../../../common/types/api/configure';
import type { Configuration, ConfigurationAttributes } from '../../../common/types/domain/configure';
import { isNotFound } from '../../core';
import { ensureAuthorized, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';
import { toUser } from '../user';
import { ensurePushableConnector } from './ensure_connector';
import { alignTemplateCustomFields } from './template_custom_fields';
import { toConfiguration } from './to_configuration';
import { ensureTemplatesMatchCustomFields, validateConfigurationLists } from './validate_configuration';

/** A racing POST may delete the configuration this one meant to replace; read again and retry. */
const MAX_REPLACE_ATTEMPTS = 3;

export async function createConfiguration(args: CasesClientArgs, request: ConfigurationRequest): Promise<Configuration> {
  ensurePushableConnector(args, request.connector);
  const customFields = request.customFields ?? [];
  validateConfigurationLists(args.config, request);
  ensureTemplatesMatchCustomFields(request.templates, customFields);
  await ensureAuthorized(args, Operations.createConfiguration, [request.owner]);

  const attributes: ConfigurationAttributes = {
    connector: request.connector,
    closure_type: request.closure_type,
    customFields,
    templates: alignTemplateCustomFields(request.templates ?? [], customFields),
    observableTypes: request.observableTypes ?? [],
    owner: request.owner,
    created_at: args.now().toISOString(),
    created_by: toUser(args.user),
    updated_at: null,
    updated_by: null,
  };
  const { configure } = args.services;
  const id = configure.newId();
  for (let attempt = 1; ; attempt++) {
    const replaced = await configure.findByOwners([request.owner]);
    try {
      const results = await configure.commit([...replaced.map((so) => configure.deleteOperation(so.id)), configure.createOperation(id, attributes)]);
      return toConfiguration(args)(configure.configurationsOf(results)[0]);
    } catch (e) {
      if (!isNotFound(e) || attempt >= MAX_REPLACE_ATTEMPTS) throw e;
    }
  }
}
