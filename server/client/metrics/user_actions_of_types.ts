/** A case's user actions of some types, oldest first, read page by page (a case's log is bounded). */
import type { StoredUserActionAttributes } from '../../../common/types/domain/user_action';
import { f } from '../../core';
import type { CasesClientArgs } from '../types';

const PAGE = 1000;

export async function userActionsOfTypes(args: CasesClientArgs, caseId: string, types: string[]): Promise<StoredUserActionAttributes[]> {
  const actions: StoredUserActionAttributes[] = [];
  const filter = f.terms('type', types);
  for (let page = 1; ; page++) {
    const found = await args.services.userActions.find(caseId, { filter, page, perPage: PAGE, sortOrder: 'asc' });
    actions.push(...found.saved_objects.map((so) => so.attributes));
    if (found.saved_objects.length < PAGE || page * PAGE >= found.total) return actions;
  }
}
