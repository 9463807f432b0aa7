/**
 * Adding one observable (Kibana's addObservable): its type must exist for the case's owner and
 * its value fit the type; a full case or a pair the case already holds is a 400, where bulk add
 * and extraction skip them silently.
 */
import type { AddObservableRequest } from '../../../common/types/api/observable';
import type { Case } from '../../../common/types/domain/case';
import { badRequest } from '../../core';
import type { CasesClientArgs } from '../types';
import {
  addingObservables,
  changeObservables,
  DUPLICATED_OBSERVABLES_MESSAGE,
  ensureValidObservables,
  maxObservablesMessage,
  observablesAnswer,
} from './apply_observables';

export async function addObservable(args: CasesClientArgs, caseId: string, request: AddObservableRequest): Promise<Case> {
  const max = args.config.observables.maxPerCase;
  const written = await changeObservables(args, caseId, async (theCase) => {
    await ensureValidObservables(args, theCase.attributes.owner, [request.observable]);
    const existing = theCase.attributes.observables ?? [];
    if (existing.length >= max) throw badRequest(maxObservablesMessage(max));
    const change = addingObservables(args, existing, [request.observable]);
    if (!change) throw badRequest(DUPLICATED_OBSERVABLES_MESSAGE);
    return change;
  });
  return observablesAnswer(args, written);
}
