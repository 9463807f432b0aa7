/**
 * Adding, editing and deleting a case's observables. Add and update answer the case, which goes
 * straight into the cache (the table shows the change before any refetch); then every cases
 * query is stale: the activity has a new entry, and other cases' "similar" and "seen in" counts
 * may have changed.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Case } from '../../common/types/domain/case';
import { useCore } from '../core';
import { observablesApi, type ObservablePatch, type ObservablePost } from './observables_api';
import { casesQueryKeys } from './query_keys';

function useOnCaseAnswer(caseId: string) {
  const queryClient = useQueryClient();
  return {
    onSuccess: (updated: Case | void) => {
      if (!updated) return;
      // The observable routes answer the case without its comments (Kibana's): keep the ones on screen.
      queryClient.setQueryData<Case>(casesQueryKeys.case(caseId), (current) => ({ ...updated, comments: updated.comments ?? current?.comments ?? [] }));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: casesQueryKeys.all }),
  };
}

export function useAddObservable(caseId: string) {
  const { http } = useCore();
  return useMutation({ mutationFn: (observable: ObservablePost) => observablesApi.add(http, caseId, observable), ...useOnCaseAnswer(caseId) });
}

export function useUpdateObservable(caseId: string) {
  const { http } = useCore();
  return useMutation({
    mutationFn: ({ id, observable }: { id: string; observable: ObservablePatch }) => observablesApi.update(http, caseId, id, observable),
    ...useOnCaseAnswer(caseId),
  });
}

export function useDeleteObservable(caseId: string) {
  const { http } = useCore();
  return useMutation({ mutationFn: (observableId: string) => observablesApi.delete(http, caseId, observableId), ...useOnCaseAnswer(caseId) });
}
