/**
 * A stored configuration as the API returns it. `mappings` and `error` belong to connectors:
 * until connectors exist a configuration's connector is `.none`, which maps nothing and cannot
 * fail, so both are constant here rather than stored.
 */
import type { Configuration } from '../../../common/types/domain/configure';
import type { ConfigurationSavedObject } from '../../services/configure_service';

export const toConfiguration = (so: ConfigurationSavedObject): Configuration => ({
  ...so.attributes,
  id: so.id,
  version: so.version,
  error: null,
  mappings: [],
});
