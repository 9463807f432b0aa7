import { useQuery } from '@tanstack/react-query';
import type { Configuration } from '../../common/types/domain/configure';
import { useCore } from '../core';
import { configureApi } from './configure_api';
import { casesQueryKeys } from './query_keys';

/**
 * The owner's case settings, or `undefined` when none were ever saved (then there are no custom
 * fields, templates or custom observable types, and closure is by hand). The newest wins should
 * two exist, as on the server.
 */
export function useGetCaseConfiguration(owner: string) {
  const { http } = useCore();
  return useQuery({
    queryKey: casesQueryKeys.configuration(owner),
    queryFn: async ({ signal }): Promise<Configuration | null> => {
      const found = await configureApi.get(http, owner, signal);
      return found[found.length - 1] ?? null;
    },
  });
}
