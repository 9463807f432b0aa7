/**
 * The routes of alerts and events in cases: Kibana's reads (a case's alerts, the cases holding
 * an alert, which cases hold all of some alerts) and bulk attach, plus the case view's Alerts and
 * Events tabs and "remove from case". Each decodes, calls one client method and answers.
 */
import {
  CASE_ALERTS_URL,
  CASES_BY_ALERT_URL,
  INTERNAL_BULK_CREATE_ATTACHMENTS_URL,
  INTERNAL_CASE_ALERTS_DELETE_URL,
  INTERNAL_CASE_ALERTS_FIND_URL,
  INTERNAL_CASE_EVENTS_FIND_URL,
  INTERNAL_CASES_BY_ATTACHMENTS_URL,
} from '../../common/constants';
import { limitedArray } from '../../common/core/codec';
import {
  AlertIdParamsRt,
  CaseAlertsFindQueryRt,
  CaseEventsFindQueryRt,
  CasesByAlertQueryRt,
  FindCasesContainingAllRequestRt,
  MAX_BULK_CREATE_ATTACHMENTS,
  RemoveCaseAlertsRequestRt,
} from '../../common/types/api/attachment';
import { CaseIdParamsRt } from '../../common/types/api/case';
import { attachmentRequestCodec } from '../attachment_framework/request_codec';
import type { RouteDeps } from './types';

export function registerCaseAlertsRoutes({ router, getClient, attachmentTypes }: RouteDeps): void {
  const internal = { access: 'internal' as const };
  const bulkBody = limitedArray(attachmentRequestCodec(attachmentTypes), 'attachments', { max: MAX_BULK_CREATE_ATTACHMENTS });

  router.post({ path: INTERNAL_BULK_CREATE_ATTACHMENTS_URL, validate: { params: CaseIdParamsRt, body: bulkBody }, options: internal }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).attachments.bulkCreate(req.params.case_id, req.body) }),
  );

  router.get({ path: CASE_ALERTS_URL, validate: { params: CaseIdParamsRt }, options: { access: 'public' } }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).attachments.getAllAlertsAttachToCase(req.params.case_id) }),
  );

  router.get(
    { path: CASES_BY_ALERT_URL, validate: { params: AlertIdParamsRt, query: CasesByAlertQueryRt }, options: { access: 'public' } },
    async (ctx, req, res) => res.ok({ body: await getClient(ctx).caseAlerts.getCasesByAlertId(req.params.alert_id, req.query.owner) }),
  );

  router.post({ path: INTERNAL_CASES_BY_ATTACHMENTS_URL, validate: { body: FindCasesContainingAllRequestRt }, options: internal }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).attachments.findCasesContainingAll(req.body) }),
  );

  router.get(
    { path: INTERNAL_CASE_ALERTS_FIND_URL, validate: { params: CaseIdParamsRt, query: CaseAlertsFindQueryRt }, options: internal },
    async (ctx, req, res) => res.ok({ body: await getClient(ctx).caseAlerts.find(req.params.case_id, req.query) }),
  );

  router.get(
    { path: INTERNAL_CASE_EVENTS_FIND_URL, validate: { params: CaseIdParamsRt, query: CaseEventsFindQueryRt }, options: internal },
    async (ctx, req, res) => res.ok({ body: await getClient(ctx).caseAlerts.findEvents(req.params.case_id, req.query) }),
  );

  router.post(
    { path: INTERNAL_CASE_ALERTS_DELETE_URL, validate: { params: CaseIdParamsRt, body: RemoveCaseAlertsRequestRt }, options: internal },
    async (ctx, req, res) => res.ok({ body: await getClient(ctx).caseAlerts.remove(req.params.case_id, req.body.alertIds) }),
  );
}
