import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCore } from '../core_context';
import { coreQueryKeys } from './query_keys';
import { spacesApi } from './spaces_api';
import { type SpaceInput } from './types';

export function useSpaces() {
  const { http } = useCore();
  return useQuery({ queryKey: coreQueryKeys.spaces, queryFn: ({ signal }) => spacesApi.list(http, signal) });
}

export function useActiveSpace() {
  const { http } = useCore();
  return useQuery({
    queryKey: coreQueryKeys.activeSpace(http.spaceId),
    queryFn: ({ signal }) => spacesApi.getActive(http, signal),
  });
}

function useInvalidateSpaces() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['core'] });
}

export function useCreateSpace() {
  const { http } = useCore();
  const invalidate = useInvalidateSpaces();
  return useMutation({ mutationFn: (space: SpaceInput) => spacesApi.create(http, space), onSuccess: invalidate });
}

export function useUpdateSpace() {
  const { http } = useCore();
  const invalidate = useInvalidateSpaces();
  return useMutation({ mutationFn: (space: SpaceInput) => spacesApi.update(http, space), onSuccess: invalidate });
}

export function useDeleteSpace() {
  const { http } = useCore();
  const invalidate = useInvalidateSpaces();
  return useMutation({ mutationFn: (id: string) => spacesApi.delete(http, id), onSuccess: invalidate });
}
