/**
 * Removing one observable (Kibana's deleteObservable): the route answers 204. An unknown id is a
 * 404 (Kibana wraps its not-found into a 400; ours says what it is).
 */
import { notFound } from '../../core';
import type { CasesClientArgs } from '../types';
import { changeObservables, observableNotFound } from './apply_observables';

export async function deleteObservable(args: CasesClientArgs, caseId: string, observableId: string): Promise<void> {
  await changeObservables(args, caseId, (theCase) => {
    const existing = theCase.attributes.observables ?? [];
    const observables = existing.filter((o) => o.id !== observableId);
    if (observables.length === existing.length) throw notFound(observableNotFound(observableId));
    return { observables, count: 1, actionType: 'delete' };
  });
}
