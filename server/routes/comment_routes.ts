/** The attachment ("comments") routes. Bodies are decoded by the registered attachment types. */
import { CASE_COMMENT_DETAILS_URL, CASE_COMMENTS_URL, CASE_FIND_ATTACHMENTS_URL } from '../../common/constants';
import { CommentParamsRt, FindAttachmentsQueryRt } from '../../common/types/api/attachment';
import { CaseIdParamsRt } from '../../common/types/api/case';
import { attachmentPatchCodec, attachmentRequestCodec } from '../attachment_framework/request_codec';
import { deprecationHeaders } from './deprecated_endpoint';
import type { RouteDeps } from './types';

export function registerCommentRoutes({ router, getClient, attachmentTypes, kibanaVersion }: RouteDeps): void {
  const options = { access: 'public' as const };
  const body = attachmentRequestCodec(attachmentTypes);
  const patchBody = attachmentPatchCodec(attachmentTypes);

  router.post({ path: CASE_COMMENTS_URL, validate: { params: CaseIdParamsRt, body }, options }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).attachments.add(req.params.case_id, req.body) }),
  );

  router.patch({ path: CASE_COMMENTS_URL, validate: { params: CaseIdParamsRt, body: patchBody }, options }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).attachments.update(req.params.case_id, req.body) }),
  );

  /** Deprecated in Kibana 8.1, still served. */
  router.get({ path: CASE_COMMENTS_URL, validate: { params: CaseIdParamsRt }, options }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).attachments.getAll(req.params.case_id), headers: deprecationHeaders(kibanaVersion) }),
  );

  router.delete({ path: CASE_COMMENTS_URL, validate: { params: CaseIdParamsRt }, options }, async (ctx, req, res) => {
    await getClient(ctx).attachments.deleteAll(req.params.case_id);
    return res.noContent();
  });

  router.get(
    { path: CASE_FIND_ATTACHMENTS_URL, validate: { params: CaseIdParamsRt, query: FindAttachmentsQueryRt }, options },
    async (ctx, req, res) => res.ok({ body: await getClient(ctx).attachments.find(req.params.case_id, req.query) }),
  );

  router.get({ path: CASE_COMMENT_DETAILS_URL, validate: { params: CommentParamsRt }, options }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).attachments.get(req.params.case_id, req.params.comment_id) }),
  );

  router.delete({ path: CASE_COMMENT_DETAILS_URL, validate: { params: CommentParamsRt }, options }, async (ctx, req, res) => {
    await getClient(ctx).attachments.delete(req.params.case_id, req.params.comment_id);
    return res.noContent();
  });
}
