/**
 * Comment and alert totals of cases, counted at read time from the attachments themselves. Which
 * types count toward which total is each attachment type's declaration in the registry.
 */
import type { StoredAttachmentAttributes } from '../../../common/types/domain/attachment';
import type { CaseTotalField } from '../../attachment_framework/types';
import type { CasesClientArgs } from '../types';
import type { CaseTotals } from './to_case';

const TOTAL_FIELDS: CaseTotalField[] = ['totalComment', 'totalAlerts'];

export async function totalsOf(args: CasesClientArgs, caseIds: string[]): Promise<Map<string, CaseTotals>> {
  const registry = args.registries.attachments;
  const counts = await Promise.all(TOTAL_FIELDS.map((field) => args.services.attachments.countByCase(caseIds, registry.typesCountedIn(field))));
  const [comments, alerts] = counts;
  return new Map(caseIds.map((id) => [id, { totalComment: comments.get(id) ?? 0, totalAlerts: alerts.get(id) ?? 0 }]));
}

/** Totals from counts per attachment type. */
export function totalsFromTypeCounts(args: CasesClientArgs, byType: Map<string, number>): CaseTotals {
  const registry = args.registries.attachments;
  const sum = (field: CaseTotalField) => registry.typesCountedIn(field).reduce((total, type) => total + (byType.get(type) ?? 0), 0);
  return { totalComment: sum('totalComment'), totalAlerts: sum('totalAlerts') };
}

/** Totals of attachments already read. */
export function totalsOfAttachments(args: CasesClientArgs, attachments: StoredAttachmentAttributes[]): CaseTotals {
  const byType = new Map<string, number>();
  for (const { type } of attachments) byType.set(type, (byType.get(type) ?? 0) + 1);
  return totalsFromTypeCounts(args, byType);
}

/** One case: one query that counts its attachments by type. */
export async function totalsFor(args: CasesClientArgs, caseId: string): Promise<CaseTotals> {
  return totalsFromTypeCounts(args, await args.services.attachments.countByType(caseId));
}
