/**
 * A stored configuration as the API returns it. `mappings` are Kibana's connector mappings of
 * the configuration's connector type (none for `.none`), derived from its push format rather
 * than stored, so they always say what a push does; `error` is Kibana's field for a mapping
 * that could not be read, which a derived mapping never is.
 */
import type { Configuration } from '../../../common/types/domain/configure';
import { connectorMappings } from '../../connectors/connector_mappings';
import type { ConfigurationSavedObject } from '../../services/configure_service';
import type { CasesClientArgs } from '../types';

export const toConfiguration =
  (args: Pick<CasesClientArgs, 'registries'>) =>
  (so: ConfigurationSavedObject): Configuration => ({
    ...so.attributes,
    id: so.id,
    version: so.version,
    error: null,
    mappings: connectorMappings(args.registries.pushFormats.get(so.attributes.connector.type)),
  });
