/** Reading comments: one, all of a case (deprecated API), or a page of its user comments. */
import { DEFAULT_PAGE, DEFAULT_PER_PAGE, MAX_DOCS_PER_PAGE } from '../../../common/constants';
import type { AttachmentsFindResponse, FindAttachmentsQuery } from '../../../common/types/api/attachment';
import type { Attachment } from '../../../common/types/domain/attachment';
import { notFound } from '../../core';
import { ensureAuthorizedOn, ensureAuthorizedOnCase, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';
import { toAttachment } from './to_attachment';

/** A comment is read through its own case only, as update and delete already require. */
export async function getComment(args: CasesClientArgs, caseId: string, commentId: string): Promise<Attachment> {
  const so = await args.services.attachments.get(commentId);
  // Both ids of the path must resolve before the owner is checked: an unknown id is a 404 whoever asks.
  if (so.attributes.case_id !== caseId) throw notFound(`This comment ${commentId} does not exist in ${caseId}.`);
  await ensureAuthorizedOn(args, Operations.getComment, [{ id: so.id, owner: so.attributes.owner }]);
  return toAttachment(so);
}

/**
 * Kibana filters this deprecated list by the owners the caller may read and answers an empty
 * list for an unknown case; here it is a by-id read like the others: the case is fetched, then
 * its owner checked, so an unknown case is a 404 and a case the caller may not read a 403.
 */
export async function getAllComments(args: CasesClientArgs, caseId: string): Promise<Attachment[]> {
  const theCase = await args.services.cases.get(caseId);
  await ensureAuthorizedOnCase(args, Operations.getAllComments, theCase);
  const found = await args.services.attachments.find(caseId, {
    page: 1,
    perPage: MAX_DOCS_PER_PAGE,
    sortOrder: 'asc',
    owners: [theCase.attributes.owner],
  });
  return found.saved_objects.map(toAttachment);
}

/**
 * Oldest first unless asked otherwise: Kibana lists a case's comments in the case's order. The
 * case is read first, as every by-id read here: an unknown case is a 404 whatever the caller may do.
 */
export async function findComments(args: CasesClientArgs, caseId: string, query: FindAttachmentsQuery): Promise<AttachmentsFindResponse> {
  const theCase = await args.services.cases.get(caseId);
  await ensureAuthorizedOnCase(args, Operations.findComments, theCase);
  const owners = [theCase.attributes.owner];
  const page = query.page ?? DEFAULT_PAGE;
  const perPage = query.perPage ?? DEFAULT_PER_PAGE;
  const found = await args.services.attachments.find(caseId, { page, perPage, sortOrder: query.sortOrder ?? 'asc', types: ['user'], owners });
  return { comments: found.saved_objects.map(toAttachment), page, per_page: perPage, total: found.total };
}
