/**
 * Changing one observable's value and description (Kibana's updateObservable). Its type stays;
 * the new value must fit it, and must not make it the twin of another observable of the case.
 * An unknown id is a 404 (Kibana wraps its not-found into a 400; ours says what it is).
 */
import type { UpdateObservableRequest } from '../../../common/types/api/observable';
import type { Case } from '../../../common/types/domain/case';
import { observableKey } from '../../../common/types/domain/observable';
import { validateObservableValue } from '../../../common/observables/validators';
import { badRequest, notFound } from '../../core';
import type { CasesClientArgs } from '../types';
import { changeObservables, DUPLICATED_OBSERVABLES_MESSAGE, observableNotFound, observablesAnswer } from './apply_observables';

export async function updateObservable(args: CasesClientArgs, caseId: string, observableId: string, request: UpdateObservableRequest): Promise<Case> {
  const { value, description } = request.observable;
  const written = await changeObservables(args, caseId, (theCase) => {
    const existing = theCase.attributes.observables ?? [];
    const target = existing.find((o) => o.id === observableId);
    if (!target) throw notFound(observableNotFound(observableId));
    const message = validateObservableValue(target.typeKey, value);
    if (message) throw badRequest(message);
    const key = observableKey(target.typeKey, value);
    if (existing.some((o) => o.id !== observableId && observableKey(o.typeKey, o.value) === key)) throw badRequest(DUPLICATED_OBSERVABLES_MESSAGE);
    // Kibana writes (and logs) even an unchanged value: the edit is the user's act, and updatedAt says when.
    const updatedAt = args.now().toISOString();
    const observables = existing.map((o) => (o.id === observableId ? { ...o, value, description, updatedAt } : o));
    return { observables, count: 1, actionType: 'update' };
  });
  return observablesAnswer(args, written);
}
