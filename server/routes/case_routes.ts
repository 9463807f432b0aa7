/** The cases routes: decode, call one client method, answer. */
import {
  CASE_DETAILS_URL,
  CASE_FIND_URL,
  CASE_REPORTERS_URL,
  CASE_RESOLVE_URL,
  CASE_TAGS_URL,
  CASES_URL,
  INTERNAL_BULK_GET_CASES_URL,
  INTERNAL_GET_CASE_CATEGORIES_URL,
} from '../../common/constants';
import {
  CaseIdParamsRt,
  CasePostRequestRt,
  CasesBulkGetRequestRt,
  CasesDeleteQueryRt,
  CasesFindQueryRt,
  CasesPatchRequestRt,
  GetCaseQueryRt,
  OwnerQueryRt,
} from '../../common/types/api/case';
import type { RouteDeps } from './types';

export function registerCaseRoutes({ router, getClient }: RouteDeps): void {
  router.post({ path: CASES_URL, validate: { body: CasePostRequestRt }, options: { access: 'public' } }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).cases.create(req.body) }),
  );

  router.patch({ path: CASES_URL, validate: { body: CasesPatchRequestRt }, options: { access: 'public' } }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).cases.update(req.body) }),
  );

  router.delete({ path: CASES_URL, validate: { query: CasesDeleteQueryRt }, options: { access: 'public' } }, async (ctx, req, res) => {
    await getClient(ctx).cases.delete(req.query.ids);
    return res.noContent();
  });

  router.get({ path: CASE_FIND_URL, validate: { query: CasesFindQueryRt }, options: { access: 'public' } }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).cases.find(req.query) }),
  );

  router.get({ path: CASE_TAGS_URL, validate: { query: OwnerQueryRt }, options: { access: 'public' } }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).cases.getTags(req.query.owner) }),
  );

  router.get({ path: CASE_REPORTERS_URL, validate: { query: OwnerQueryRt }, options: { access: 'public' } }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).cases.getReporters(req.query.owner) }),
  );

  router.get({ path: INTERNAL_GET_CASE_CATEGORIES_URL, validate: { query: OwnerQueryRt }, options: { access: 'internal' } }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).cases.getCategories(req.query.owner) }),
  );

  router.post({ path: INTERNAL_BULK_GET_CASES_URL, validate: { body: CasesBulkGetRequestRt }, options: { access: 'internal' } }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).cases.bulkGet(req.body) }),
  );

  // Internal in Kibana too: its UI resolves ids this way so that aliases of migrated cases redirect.
  router.get(
    { path: CASE_RESOLVE_URL, validate: { params: CaseIdParamsRt, query: GetCaseQueryRt }, options: { access: 'internal' } },
    async (ctx, req, res) => res.ok({ body: await getClient(ctx).cases.resolve(req.params.case_id, req.query.includeComments ?? true) }),
  );

  router.get(
    { path: CASE_DETAILS_URL, validate: { params: CaseIdParamsRt, query: GetCaseQueryRt }, options: { access: 'public' } },
    async (ctx, req, res) => res.ok({ body: await getClient(ctx).cases.get(req.params.case_id, req.query.includeComments ?? true) }),
  );
}
