/** The configure API as the browser calls it: the owner's case settings. */
import { CASE_CONFIGURE_DETAILS_URL, CASE_CONFIGURE_URL, INTERNAL_CONFIGURE_LIMITS_URL, INTERNAL_CUSTOM_FIELD_USAGE_URL } from '../../common/constants';
import type { ConfigurationPatchRequest, ConfigurationRequest } from '../../common/types/api/configure';
import type { ConfigurationLimits } from '../../common/types/api/configure_limits';
import type { Configuration } from '../../common/types/domain/configure';
import type { HttpClient } from '../core';

export const configureApi = {
  /** Kibana answers an array: empty until an admin saves the owner's settings once. */
  get: (http: HttpClient, owner: string, signal?: AbortSignal) =>
    http.get<Configuration[]>(CASE_CONFIGURE_URL, { query: { owner }, signal }),
  create: (http: HttpClient, request: ConfigurationRequest) => http.post<Configuration>(CASE_CONFIGURE_URL, { body: request }),
  update: (http: HttpClient, id: string, request: ConfigurationPatchRequest) =>
    http.patch<Configuration>(CASE_CONFIGURE_DETAILS_URL.replace('{configuration_id}', encodeURIComponent(id)), { body: request }),
  /** How many of the owner's cases hold a value for a custom field: the Settings page names it before a deletion. */
  customFieldUsage: (http: HttpClient, owner: string, key: string, signal?: AbortSignal) =>
    http.get<{ cases: number }>(INTERNAL_CUSTOM_FIELD_USAGE_URL.replace('{key}', encodeURIComponent(key)), { query: { owner }, signal }),
  /** The caps on the lists, which an admin may have raised in the server's settings. */
  limits: (http: HttpClient, signal?: AbortSignal) => http.get<ConfigurationLimits>(INTERNAL_CONFIGURE_LIMITS_URL, { signal }),
};
