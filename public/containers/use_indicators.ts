import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { IndicatorsFindRequest } from '../../common/indicators/indicators_api';
import type { Case } from '../../common/types/domain/case';
import { useCore } from '../core';
import { indicatorsApi, indicatorsQueryKeys, type IndicatorSummary } from './indicators_api';
import { useInvalidateCases } from './use_invalidate_cases';

/** One page of the indicators index, for the picker; off while the picker is closed. */
export function useFindIndicators(request: IndicatorsFindRequest, enabled = true) {
  const { http } = useCore();
  return useQuery({
    queryKey: indicatorsQueryKeys.find(request),
    queryFn: ({ signal }) => indicatorsApi.find(http, request, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Attaches indicators to the case; the case (its comments, its activity) is stale afterwards. */
export function useAttachIndicators(caseData: Pick<Case, 'id' | 'owner'>) {
  const { http } = useCore();
  const invalidate = useInvalidateCases();
  return useMutation({ mutationFn: (indicators: IndicatorSummary[]) => indicatorsApi.attach(http, caseData, indicators), onSettled: invalidate });
}
