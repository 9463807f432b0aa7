import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCore } from '../core_context';
import { connectorsApi } from './connectors_api';
import { type CreateConnectorInput, type JsonObject, type UpdateConnectorInput } from './types';

/** Under the platform's `core` prefix. */
export const connectorsQueryKeys = {
  all: ['core', 'actions'] as const,
  types: ['core', 'actions', 'connector_types'] as const,
  connectors: ['core', 'actions', 'connectors'] as const,
};

export function useConnectorTypes() {
  const { http } = useCore();
  // Types are registered at server start: they do not change while the page is open.
  return useQuery({ queryKey: connectorsQueryKeys.types, queryFn: ({ signal }) => connectorsApi.listTypes(http, signal), staleTime: Infinity });
}

export function useConnectors() {
  const { http } = useCore();
  return useQuery({ queryKey: connectorsQueryKeys.connectors, queryFn: ({ signal }) => connectorsApi.list(http, signal) });
}

function useInvalidateConnectors() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: connectorsQueryKeys.connectors });
}

export function useCreateConnector() {
  const { http } = useCore();
  const invalidate = useInvalidateConnectors();
  return useMutation({ mutationFn: (input: CreateConnectorInput) => connectorsApi.create(http, input), onSuccess: invalidate });
}

export function useUpdateConnector() {
  const { http } = useCore();
  const invalidate = useInvalidateConnectors();
  return useMutation({ mutationFn: ({ id, input }: { id: string; input: UpdateConnectorInput }) => connectorsApi.update(http, id, input), onSuccess: invalidate });
}

export function useDeleteConnector() {
  const { http } = useCore();
  const invalidate = useInvalidateConnectors();
  return useMutation({ mutationFn: (id: string) => connectorsApi.delete(http, id), onSuccess: invalidate });
}

export function useExecuteConnector() {
  const { http } = useCore();
  return useMutation({ mutationFn: ({ id, params }: { id: string; params: JsonObject }) => connectorsApi.execute(http, id, params) });
}
