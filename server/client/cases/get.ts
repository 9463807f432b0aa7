/** Reading one case, with its comments and derived totals. */
import { MAX_DOCS_PER_PAGE } from '../../../common/constants';
import type { Case } from '../../../common/types/domain/case';
import type { CaseSavedObject } from '../../services/cases_service';
import { toAttachment } from '../attachments/to_attachment';
import { ensureAuthorizedOnCase, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';
import { toCase, type CaseTotals } from './to_case';
import { totalsFor, totalsOfAttachments } from './totals';

/**
 * The case with every comment, oldest first, as GET and the comment routes return it. When
 * every attachment came back, the totals are counted from them; only a case with more
 * attachments than one page holds needs the totals query. `so`: the case, if already read.
 */
export async function caseWithComments(args: CasesClientArgs, caseId: string, includeComments = true, so?: CaseSavedObject): Promise<Case> {
  const found = so ?? (await args.services.cases.get(caseId));
  if (!includeComments) return toCase(found, await totalsFor(args, caseId), []);
  const comments = await args.services.attachments.find(caseId, { page: 1, perPage: MAX_DOCS_PER_PAGE, sortOrder: 'asc' });
  const attachments = comments.saved_objects;
  const totals: CaseTotals =
    comments.total === attachments.length ? totalsOfAttachments(args, attachments.map((a) => a.attributes)) : await totalsFor(args, caseId);
  return toCase(found, totals, attachments.map(toAttachment));
}

export async function getCase(args: CasesClientArgs, caseId: string, includeComments = true): Promise<Case> {
  const so = await args.services.cases.get(caseId);
  // Checked after the fetch: the owner is only known once the case is read, and an unknown id is a 404 whoever asks.
  await ensureAuthorizedOnCase(args, Operations.getCase, so);
  return caseWithComments(args, caseId, includeComments, so);
}
