/**
 * Kibana caps a case's activity log at MAX_USER_ACTIONS_PER_CASE and checks it before any write
 * that adds entries, so a write that would pass the cap is refused whole, with Kibana's message.
 */
import { MAX_USER_ACTIONS_PER_CASE } from '../../../common/constants';
import { badRequest } from '../../core';
import type { CasesClientArgs } from '../types';

export const userActionsLimitMessage = (caseId: string) =>
  `The case with id ${caseId} has reached the limit of ${MAX_USER_ACTIONS_PER_CASE} user actions.`;

/** `adding`: how many entries each case is about to get. Counted in one query for all of them. */
export async function ensureRoomForUserActions(args: CasesClientArgs, adding: Map<string, number>): Promise<void> {
  const caseIds = [...adding.keys()].filter((id) => (adding.get(id) ?? 0) > 0);
  if (caseIds.length === 0) return;
  const existing = await args.services.userActions.countByCase(caseIds);
  const full = caseIds.find((id) => (existing.get(id) ?? 0) + (adding.get(id) ?? 0) > MAX_USER_ACTIONS_PER_CASE);
  if (full) throw badRequest(userActionsLimitMessage(full));
}
