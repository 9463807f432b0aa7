/** Reading comments: one, all of a case (deprecated API), or a page of its user comments. */
import { DEFAULT_PAGE, DEFAULT_PER_PAGE, MAX_DOCS_PER_PAGE } from '../../../common/constants';
import type { AttachmentsFindResponse, FindAttachmentsQuery } from '../../../common/types/api/attachment';
import type { Attachment } from '../../../common/types/domain/attachment';
import { notFound } from '../../core';
import { caseIfExists, ensureAuthorizedOn, ensureAuthorizedOnCase, Operations } from '../authorization';
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
 * Kibana's deprecated list of a case's comments. An unknown (or deleted) case has none, as in
 * Kibana; a case that exists is checked like every by-id read, so one the caller may not read
 * is a 403 rather than Kibana's quietly empty list.
 */
export async function getAllComments(args: CasesClientArgs, caseId: string): Promise<Attachment[]> {
  const theCase = await caseIfExists(args, caseId);
  if (!theCase) return [];
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
 * Oldest first unless asked otherwise: Kibana lists a case's comments in the case's order. An
 * unknown (or deleted) case answers an empty page, as Kibana's does; a case that exists is
 * checked first, so a caller who may not read it gets a 403, never its comments.
 */
export async function findComments(args: CasesClientArgs, caseId: string, query: FindAttachmentsQuery): Promise<AttachmentsFindResponse> {
  const page = query.page ?? DEFAULT_PAGE;
  const perPage = query.perPage ?? DEFAULT_PER_PAGE;
  const theCase = await caseIfExists(args, caseId);
  if (!theCase) return { comments: [], page, per_page: perPage, total: 0 };
  await ensureAuthorizedOnCase(args, Operations.findComments, theCase);
  const owners = [theCase.attributes.owner];
  const found = await args.services.attachments.find(caseId, { page, perPage, sortOrder: query.sortOrder ?? 'asc', types: ['user'], owners });
  return { comments: found.saved_objects.map(toAttachment), page, per_page: perPage, total: found.total };
}
