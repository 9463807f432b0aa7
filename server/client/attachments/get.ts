/** Reading comments: one, all of a case (deprecated API), or a page of its user comments. */
import { DEFAULT_PAGE, DEFAULT_PER_PAGE, MAX_DOCS_PER_PAGE } from '../../../common/constants';
import type { AttachmentsFindResponse, FindAttachmentsQuery } from '../../../common/types/api/attachment';
import type { Attachment } from '../../../common/types/domain/attachment';
import { notFound } from '../../core';
import { authorizedOwners, ensureAuthorized, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';
import { toAttachment } from './to_attachment';

/** A comment is read through its own case only, as update and delete already require. */
export async function getComment(args: CasesClientArgs, caseId: string, commentId: string): Promise<Attachment> {
  const so = await args.services.attachments.get(commentId);
  await ensureAuthorized(args, Operations.getComment, [so.attributes.owner]);
  if (so.attributes.case_id !== caseId) throw notFound(`This comment ${commentId} does not exist in ${caseId}.`);
  return toAttachment(so);
}

/** Like Kibana, this does not look the case up: an unknown case has no comments. */
export async function getAllComments(args: CasesClientArgs, caseId: string): Promise<Attachment[]> {
  const owners = new Set(await authorizedOwners(args, Operations.getAllComments));
  const found = await args.services.attachments.find(caseId, { page: 1, perPage: MAX_DOCS_PER_PAGE, sortOrder: 'asc' });
  return found.saved_objects.filter((so) => owners.has(so.attributes.owner)).map(toAttachment);
}

/** Oldest first unless asked otherwise: Kibana lists a case's comments in the case's order. */
export async function findComments(args: CasesClientArgs, caseId: string, query: FindAttachmentsQuery): Promise<AttachmentsFindResponse> {
  const owners = await authorizedOwners(args, Operations.findComments);
  const page = query.page ?? DEFAULT_PAGE;
  const perPage = query.perPage ?? DEFAULT_PER_PAGE;
  const found = await args.services.attachments.find(caseId, { page, perPage, sortOrder: query.sortOrder ?? 'asc', types: ['user'], owners });
  return { comments: found.saved_objects.map(toAttachment), page, per_page: perPage, total: found.total };
}
