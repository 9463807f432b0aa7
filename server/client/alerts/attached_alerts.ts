/**
 * Kibana's reads of a case's alerts: `GET /api/cases/{case_id}/alerts` lists each alert id with
 * its index and when it was attached; `GET /api/cases/alerts/{alert_id}` lists the cases that
 * hold an alert, with their totals; `_find_containing_all` says which of some cases hold every
 * one of some alert (or event) ids.
 */
import type { FindCasesContainingAllRequest } from '../../../common/types/api/attachment';
import { isBulkItemError } from '../../core';
import type { CaseSavedObject } from '../../services/cases_service';
import { authorizedOwners, ensureAuthorizedOnCase, Operations } from '../authorization';
import { totalsOf } from '../cases/totals';
import type { CasesClientArgs } from '../types';
import { asArray, documentTypes } from './document_refs';

export interface AttachedAlert {
  id: string;
  index: string;
  attached_at: string;
}

export async function getAlertsAttachedToCase(args: CasesClientArgs, caseId: string): Promise<AttachedAlert[]> {
  const theCase = await args.services.cases.get(caseId);
  await ensureAuthorizedOnCase(args, Operations.getAlertsAttachedToCase, theCase);
  // A case's attachments carry its owner, which the caller was just allowed.
  const owners = new Set([theCase.attributes.owner]);
  const alerts: AttachedAlert[] = [];
  for (const { type, spec } of documentTypes(args).filter((d) => d.spec.family === 'alerts')) {
    const attachments = await args.services.attachments.documentFieldsOfCase(caseId, type, [spec.idField, spec.indexField]);
    for (const so of attachments.filter((a) => owners.has(a.attributes.owner))) {
      const indices = asArray(so.attributes[spec.indexField]);
      asArray(so.attributes[spec.idField]).forEach((id, i) => alerts.push({ id, index: indices[i] ?? indices[0] ?? '', attached_at: so.attributes.created_at }));
    }
  }
  return alerts;
}

export interface RelatedCase {
  id: string;
  title: string;
  description: string;
  status: string;
  createdAt: string;
  totals: { alerts: number; events: number; userComments: number };
}

export async function getCasesByAlertId(args: CasesClientArgs, alertId: string, owner?: string | string[]): Promise<RelatedCase[]> {
  const owners = await authorizedOwners(args, Operations.getCasesByAlertID, owner === undefined ? undefined : asArray(owner));
  if (owners.length === 0) return [];
  const caseIds = new Set<string>();
  for (const { type, spec } of documentTypes(args).filter((d) => d.spec.family === 'alerts')) {
    for (const so of await args.services.attachments.holding(type, spec.idField, [alertId], owners)) caseIds.add(so.attributes.case_id);
  }
  if (caseIds.size === 0) return [];
  const cases = (await args.services.cases.bulkGet([...caseIds])).filter((so): so is CaseSavedObject => !isBulkItemError(so) && owners.includes(so.attributes.owner));
  const totals = await totalsOf(args, cases.map((so) => so.id));
  return cases.map((so) => {
    const t = totals.get(so.id)!;
    return {
      id: so.id,
      title: so.attributes.title,
      description: so.attributes.description,
      status: so.attributes.status,
      createdAt: so.attributes.created_at,
      totals: { alerts: t.totalAlerts, events: t.totalEvents, userComments: t.totalComment },
    };
  });
}

/** Cases the caller may read that hold every id asked (alert or event ids, as Kibana's two versions send). */
export async function findCasesContainingAll(args: CasesClientArgs, request: FindCasesContainingAllRequest): Promise<{ casesWithAllAttachments: string[] }> {
  const ids = [...new Set([...(request.alertIds ?? []), ...(request.documentIds ?? [])])];
  const caseIds = new Set(request.caseIds ?? []);
  if (ids.length === 0 || caseIds.size === 0) return { casesWithAllAttachments: [] };
  const owners = await authorizedOwners(args, Operations.getCasesByAlertID);
  const heldByCase = new Map<string, Set<string>>();
  for (const { type, spec } of documentTypes(args)) {
    for (const so of await args.services.attachments.holding(type, spec.idField, ids, owners)) {
      if (!caseIds.has(so.attributes.case_id)) continue;
      const held = heldByCase.get(so.attributes.case_id) ?? new Set<string>();
      for (const id of asArray(so.attributes[spec.idField])) held.add(id);
      heldByCase.set(so.attributes.case_id, held);
    }
  }
  const casesWithAllAttachments = [...caseIds].filter((caseId) => {
    const held = heldByCase.get(caseId);
    return held !== undefined && ids.every((id) => held.has(id));
  });
  return { casesWithAllAttachments };
}
