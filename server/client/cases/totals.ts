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

/** One case: one query that counts its attachments by type. */
export async function totalsFor(args: CasesClientArgs, caseId: string): Promise<CaseTotals> {
  const byType = await args.services.attachments.countByType(caseId);
  return { totalComment: byType.get('user') ?? 0, totalAlerts: byType.get('alert') ?? 0 };
}
