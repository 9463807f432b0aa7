import { useMutation, useQueryClient } from '@tanstack/react-query';
import { NONE_CONNECTOR_ID } from '../../common/constants';
import type { ConfigurationPatchRequest, ConfigurationRequest } from '../../common/types/api/configure';
import type {
  Configuration,
  CustomFieldConfiguration,
  ObservableTypeConfiguration,
  TemplateConfiguration,
} from '../../common/types/domain/configure';
import { useCore } from '../core';
import { configureApi } from './configure_api';
import { casesQueryKeys } from './query_keys';

/**
 * What the Settings page changes; every list is sent whole, as Kibana's page sends it. In the
 * configuration's own (read) types: the page sends back entries it read, which the server
 * accepted when they were saved, plus new ones its flyouts checked by the same rules.
 */
export interface ConfigurationChanges {
  closure_type?: Configuration['closure_type'];
  connector?: Configuration['connector'];
  customFields?: CustomFieldConfiguration[];
  templates?: TemplateConfiguration[];
  observableTypes?: ObservableTypeConfiguration[];
}

export interface PersistConfigurationInput {
  /** The configuration the change was made against: `null` until the owner's first save. */
  current: Configuration | null;
  changes: ConfigurationChanges;
}

/**
 * Saves the owner's case settings: POST the first time (with Kibana's defaults for what the
 * page does not set), PATCH with the read `version` afterwards. A stale version rejects with an
 * HttpFetchError of statusCode 409, which the page turns into a reload and a callout.
 */
export function usePersistCaseConfiguration(owner: string) {
  const { http } = useCore();
  const queryClient = useQueryClient();
  const key = casesQueryKeys.configuration(owner);
  return useMutation({
    mutationFn: ({ current, changes }: PersistConfigurationInput): Promise<Configuration> =>
      current
        ? configureApi.update(http, current.id, { version: current.version, ...changes } as ConfigurationPatchRequest)
        : configureApi.create(http, {
            owner,
            connector: { id: NONE_CONNECTOR_ID, name: 'none', type: '.none', fields: null },
            closure_type: 'close-by-user',
            ...changes,
          } as ConfigurationRequest),
    // The answer carries the new version at once, so a second save right after does not meet
    // our own first one as a conflict.
    onSuccess: (saved) => queryClient.setQueryData(key, saved),
  });
}
