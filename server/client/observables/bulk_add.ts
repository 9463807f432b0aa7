/**
 * Adding several observables (Kibana's bulkAddObservables): every type must exist and, unlike
 * Kibana's bulk path, every value must fit its type (a 400 names the first that does not), so
 * the bulk route cannot store what the single one refuses. Pairs the case already holds, and
 * repeats within the request, are skipped; what passes the cap is cut off; both silently, as
 * Kibana does. A request that adds nothing is a 400, as Kibana answers it.
 */
import type { BulkAddObservablesRequest } from '../../../common/types/api/observable';
import type { Case } from '../../../common/types/domain/case';
import { badRequest } from '../../core';
import type { CasesClientArgs } from '../types';
import { addingObservables, changeObservables, ensureValidObservables, observablesAnswer } from './apply_observables';

export const nothingAddedMessage = (max: number) =>
  `Failed to add observable: every observable in the request is already on the case, or the case holds the maximum of ${max}.`;

export async function bulkAddObservables(args: CasesClientArgs, caseId: string, request: BulkAddObservablesRequest): Promise<Case> {
  // Kibana's body names the case again; two different cases in one request is a mistake to report, not to guess at.
  if (request.caseId !== undefined && request.caseId !== caseId) throw badRequest('The caseId of the body must be the case_id of the path.');
  const written = await changeObservables(args, caseId, async (theCase) => {
    await ensureValidObservables(args, theCase.attributes.owner, request.observables);
    const change = addingObservables(args, theCase.attributes.observables ?? [], request.observables);
    if (!change) throw badRequest(nothingAddedMessage(args.config.observables.maxPerCase));
    return change;
  });
  return observablesAnswer(args, written);
}
