/** Comment and alert totals of cases, counted at read time from the attachments themselves. */
import type { CasesClientArgs } from '../types';
import type { CaseTotals } from './to_case';

export async function totalsOf(args: CasesClientArgs, caseIds: string[]): Promise<Map<string, CaseTotals>> {
  const [comments, alerts] = await Promise.all([
    args.services.attachments.countByCase(caseIds, 'user'),
    args.services.attachments.countByCase(caseIds, 'alert'),
  ]);
  return new Map(caseIds.map((id) => [id, { totalComment: comments.get(id) ?? 0, totalAlerts: alerts.get(id) ?? 0 }]));
}

export const totalsFor = async (args: CasesClientArgs, caseId: string): Promise<CaseTotals> =>
  (await totalsOf(args, [caseId])).get(caseId)!;
