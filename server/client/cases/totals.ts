/**
 * Comment, alert and event totals of cases, counted at read time from the attachments
 * themselves, as Kibana's attachment stats do: `totalComment` counts user comments,
 * `totalAlerts` and `totalEvents` count distinct alert and event ids (a type that points at
 * documents counts its ids; any other type counts its attachments). Which types count toward
 * which total is each attachment type's declaration in the registry.
 */
import type { StoredAttachmentAttributes } from '../../../common/types/domain/attachment';
import type { AttachmentTypeDefinition, CaseTotalField } from '../../attachment_framework/types';
import { asArray } from '../alerts/document_refs';
import type { CasesClientArgs } from '../types';
import type { CaseTotals } from './to_case';

const TOTAL_FIELDS: CaseTotalField[] = ['totalComment', 'totalAlerts', 'totalEvents'];

export const emptyTotals = (): CaseTotals => ({ totalComment: 0, totalAlerts: 0, totalEvents: 0 });

const countedIn = (args: CasesClientArgs, field: CaseTotalField): AttachmentTypeDefinition[] =>
  args.registries.attachments.list().filter((d) => d.total === field);

/** One total over several cases: one aggregation for plain types; a distinct count per case that has documents. */
async function totalOf(args: CasesClientArgs, caseIds: string[], field: CaseTotalField): Promise<Map<string, number>> {
  const types = countedIn(args, field);
  const { attachments } = args.services;
  const totals = await attachments.countByCase(caseIds, types.filter((d) => !d.documents).map((d) => d.type));
  for (const definition of types.filter((d) => d.documents)) {
    const holding = await attachments.countByCase(caseIds, [definition.type]);
    const distinct = await Promise.all(
      [...holding.keys()].map(async (id) => [id, await attachments.distinctCount(id, [definition.type], definition.documents!.idField)] as const),
    );
    for (const [id, count] of distinct) totals.set(id, (totals.get(id) ?? 0) + count);
  }
  return totals;
}

export async function totalsOf(args: CasesClientArgs, caseIds: string[]): Promise<Map<string, CaseTotals>> {
  if (caseIds.length === 0) return new Map();
  const [comments, alerts, events] = await Promise.all(TOTAL_FIELDS.map((field) => totalOf(args, caseIds, field)));
  return new Map(caseIds.map((id) => [id, { totalComment: comments.get(id) ?? 0, totalAlerts: alerts.get(id) ?? 0, totalEvents: events.get(id) ?? 0 }]));
}

/** Totals of attachments already read: ids of document types counted once each. */
export function totalsOfAttachments(args: CasesClientArgs, attachments: StoredAttachmentAttributes[]): CaseTotals {
  const registry = args.registries.attachments;
  const totals = emptyTotals();
  const distinct = new Map<CaseTotalField, Set<string>>();
  for (const attributes of attachments) {
    const definition = registry.get(attributes.type);
    if (!definition?.total) continue;
    if (!definition.documents) {
      totals[definition.total] += 1;
      continue;
    }
    const ids = distinct.get(definition.total) ?? new Set<string>();
    for (const id of asArray(attributes[definition.documents.idField])) ids.add(`${attributes.type}\u0000${id}`);
    distinct.set(definition.total, ids);
  }
  for (const [field, ids] of distinct) totals[field] += ids.size;
  return totals;
}

/** One case. */
export async function totalsFor(args: CasesClientArgs, caseId: string): Promise<CaseTotals> {
  return (await totalsOf(args, [caseId])).get(caseId) ?? emptyTotals();
}
