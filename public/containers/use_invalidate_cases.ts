import { useQueryClient } from '@tanstack/react-query';
import { casesQueryKeys } from './query_keys';

/** After any write every cases query is stale: lists, counts, tags, the case itself. */
export function useInvalidateCases() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: casesQueryKeys.all });
}
