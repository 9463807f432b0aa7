/**
 * The resolved caps on an owner's configuration lists. They are the same for every owner, yet
 * answered only to a caller who may read some owner's settings, as `GET /api/cases/configure`.
 */
import type { ConfigurationLimits } from '../../../common/types/api/configure_limits';
import { authorizedOwners, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';

export async function getConfigurationLimits(args: CasesClientArgs): Promise<ConfigurationLimits> {
  await authorizedOwners(args, Operations.findConfigurations);
  const { maxCustomFields, maxTemplates, maxObservableTypes } = args.config.configure;
  const { maxSize, maxImageSize, maxPerCase } = args.config.files;
  return {
    customFields: maxCustomFields,
    templates: maxTemplates,
    observableTypes: maxObservableTypes,
    observablesPerCase: args.config.observables.maxPerCase,
    files: { maxSize, maxImageSize, maxPerCase },
  };
}
