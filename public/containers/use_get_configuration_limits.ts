import { useQuery } from '@tanstack/react-query';
import {
  MAX_CUSTOM_FIELDS_PER_OWNER,
  MAX_FILE_SIZE,
  MAX_FILES_PER_CASE,
  MAX_IMAGE_FILE_SIZE,
  MAX_OBSERVABLE_TYPES_PER_OWNER,
  MAX_OBSERVABLES_PER_CASE,
  MAX_TEMPLATES_PER_OWNER,
} from '../../common/constants';
import type { ConfigurationLimits } from '../../common/types/api/configure_limits';
import { useCore } from '../core';
import { configureApi } from './configure_api';
import { casesQueryKeys } from './query_keys';

/** Kibana's caps: what the Settings page holds to until the server says otherwise. */
export const DEFAULT_CONFIGURATION_LIMITS: ConfigurationLimits = {
  customFields: MAX_CUSTOM_FIELDS_PER_OWNER,
  templates: MAX_TEMPLATES_PER_OWNER,
  observableTypes: MAX_OBSERVABLE_TYPES_PER_OWNER,
  observablesPerCase: MAX_OBSERVABLES_PER_CASE,
  files: { maxSize: MAX_FILE_SIZE, maxImageSize: MAX_IMAGE_FILE_SIZE, maxPerCase: MAX_FILES_PER_CASE },
};

/**
 * How many custom fields, templates and observable types a configuration may hold on this server
 * (`xpack.cases.configure.*`). Kibana's defaults while loading or should the read fail: the
 * server checks the real caps on save anyway.
 */
export function useGetConfigurationLimits(): ConfigurationLimits {
  const { http } = useCore();
  const { data } = useQuery({
    queryKey: casesQueryKeys.configurationLimits,
    queryFn: ({ signal }) => configureApi.limits(http, signal),
    // Set at the server's start: it does not change under a running page.
    staleTime: Infinity,
  });
  return data ?? DEFAULT_CONFIGURATION_LIMITS;
}
