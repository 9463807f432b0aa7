/**
 * Kibana's resolve: the case reached by an id that may be a legacy alias. Ids here are never
 * rewritten (no space ever converts a case to a multi-space object), so every hit is an exact
 * match; a missing case is a 404, as GET answers.
 */
import type { CaseResolveResponse } from '../../../common/types/api/case';
import type { CasesClientArgs } from '../types';
import { getCase } from './get';

export async function resolveCase(args: CasesClientArgs, caseId: string, includeComments = true): Promise<CaseResolveResponse> {
  return { case: await getCase(args, caseId, includeComments), outcome: 'exactMatch' };
}
