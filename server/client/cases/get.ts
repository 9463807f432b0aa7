/** Reading one case, with its comments and derived totals. */
import { MAX_DOCS_PER_PAGE } from '../../../common/constants';
import type { Case } from '../../../common/types/domain/case';
import { toAttachment } from '../attachments/to_attachment';
import { ensureAuthorized, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';
import { toCase } from './to_case';
import { totalsFor } from './totals';

/** The case with every comment, oldest first, as GET and the comment routes return it. */
export async function caseWithComments(args: CasesClientArgs, caseId: string, includeComments = true): Promise<Case> {
  const so = await args.services.cases.get(caseId);
  const [totals, comments] = await Promise.all([
    totalsFor(args, caseId),
    includeComments
      ? args.services.attachments.find(caseId, { page: 1, perPage: MAX_DOCS_PER_PAGE, sortOrder: 'asc' })
      : Promise.resolve(undefined),
  ]);
  return toCase(so, totals, comments?.saved_objects.map(toAttachment) ?? []);
}

export async function getCase(args: CasesClientArgs, caseId: string, includeComments = true): Promise<Case> {
  const so = await args.services.cases.get(caseId);
  // Checked after the fetch: the owner is only known once the case is read.
  await ensureAuthorized(args, Operations.getCase, [so.attributes.owner]);
  return caseWithComments(args, caseId, includeComments);
}
