/**
 * Connectors as the cases UI uses them: which ones a case can be pushed to, where the case
 * stands with each, the push itself, and the live lookups (issue types, choices) a connector's
 * fields editor fills its selects from. Paths are space-relative; the http client adds the space.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { CASE_FIND_CONNECTORS_URL, CASE_PUSH_URL, INTERNAL_CONNECTORS_URL } from '../../common/constants';
import type { ExecuteConnectorResponse } from '../../common/core/actions_api';
import type { CaseConnectorListItem, GetCaseConnectorsResponse } from '../../common/types/api/connector';
import type { Case } from '../../common/types/domain/case';
import { useCore, type HttpClient } from '../core';
import { casesQueryKeys } from './query_keys';
import { useInvalidateCases } from './use_invalidate_cases';

const segment = (value: string) => encodeURIComponent(value);

export const connectorsApi = {
  findCaseConnectors: (http: HttpClient, signal?: AbortSignal) => http.get<CaseConnectorListItem[]>(CASE_FIND_CONNECTORS_URL, { signal }),
  getCaseConnectors: (http: HttpClient, caseId: string, signal?: AbortSignal) =>
    http.get<GetCaseConnectorsResponse>(INTERNAL_CONNECTORS_URL.replace('{case_id}', segment(caseId)), { signal }),
  push: (http: HttpClient, caseId: string, connectorId: string) =>
    http.post<Case>(CASE_PUSH_URL.replace('{case_id}', segment(caseId)).replace('{connector_id}', segment(connectorId)), { body: {} }),
  execute: (http: HttpClient, connectorId: string, params: Record<string, unknown>, signal?: AbortSignal) =>
    http.post<ExecuteConnectorResponse>(`/api/actions/connector/${segment(connectorId)}/_execute`, { body: { params }, signal }),
};

/** The connectors a case can be pushed to (not email, not the `.case` action). */
export function useFindCaseConnectors() {
  const { http } = useCore();
  return useQuery({ queryKey: casesQueryKeys.caseConnectorsList, queryFn: ({ signal }) => connectorsApi.findCaseConnectors(http, signal) });
}

/** Per connector ever set on the case: its fields, whether it was pushed, whether it needs a push. */
export function useGetCaseConnectors(caseId: string) {
  const { http } = useCore();
  return useQuery({ queryKey: casesQueryKeys.caseConnectors(caseId), queryFn: ({ signal }) => connectorsApi.getCaseConnectors(http, caseId, signal) });
}

export interface PushCaseVariables {
  caseId: string;
  connectorId: string;
}

/**
 * Pushes the case to a connector. Success or not, the case, its activity and its push state
 * are read again: a push may have closed the case, and a failed one may have been half done
 * on the external side while the case itself stayed as it was.
 */
export function usePushCase() {
  const { http } = useCore();
  const invalidate = useInvalidateCases();
  return useMutation({ mutationFn: ({ caseId, connectorId }: PushCaseVariables) => connectorsApi.push(http, caseId, connectorId), onSettled: invalidate });
}

/** An `_execute` that answered `status: 'error'`: the external system's words when it gave any. */
export class ConnectorLookupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConnectorLookupError';
  }
}

/** Kibana answers 200 for both outcomes; the error one becomes a rejected query with its message. */
export async function runConnectorLookup<T>(http: HttpClient, connectorId: string, params: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  const result = await connectorsApi.execute(http, connectorId, params, signal);
  if (result.status === 'error') throw new ConnectorLookupError(result.service_message ?? result.message);
  return result.data as T;
}

/** What the external system offers does not change while a form is open: no refetch on focus. */
const LOOKUP_STALE_MS = 5 * 60 * 1000;

/**
 * One sub-action of a connector run for the form (`issueTypes`, `getChoices`…). `error` holds
 * the failed lookup's message (the form falls back to a text input); `data` the answer.
 */
export function useConnectorLookup<T>(connectorId: string, subAction: string, subActionParams: Record<string, unknown>, enabled = true) {
  const { http } = useCore();
  return useQuery({
    queryKey: casesQueryKeys.connectorLookup(connectorId, subAction, subActionParams),
    queryFn: ({ signal }) => runConnectorLookup<T>(http, connectorId, { subAction, subActionParams }, signal),
    enabled: enabled && connectorId !== '',
    staleTime: LOOKUP_STALE_MS,
    refetchOnWindowFocus: false,
    // A refused lookup (bad credentials, unknown project) will not succeed on a second try.
    retry: false,
  });
}
