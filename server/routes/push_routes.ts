/**
 * The push routes (Kibana's): push a case through a connector, a case's connectors with their
 * push state, and the connectors cases can push to. Thin: decode, call the client, answer.
 */
import * as t from 'io-ts';
import { CASE_FIND_CONNECTORS_URL, CASE_PUSH_URL, INTERNAL_CONNECTORS_URL, MAX_ID_LENGTH } from '../../common/constants';
import { strict } from '../../common/core/codec';
import { CaseIdParamsRt } from '../../common/types/api/case';
import { MAX_CONNECTOR_ID_LENGTH } from '../../common/core/actions_api';
import { idString } from '../../common/types/api/request_codecs';
import type { RouteDeps } from './types';

const PushParamsRt = strict({ case_id: idString('case_id', MAX_ID_LENGTH), connector_id: idString('connector_id', MAX_CONNECTOR_ID_LENGTH) }, 'params');
/** The list takes no parameters; an unknown one is refused, as every input is decoded strictly. */
const NoQueryRt = strict({}, 'query');
/** Kibana's body is `{}`; nothing at all is accepted too, anything else is refused. */
const PushBodyRt = t.union([t.undefined, t.null, strict({}, 'body')]);

export function registerPushRoutes({ router, getClient }: RouteDeps): void {
  router.post({ path: CASE_PUSH_URL, validate: { params: PushParamsRt, body: PushBodyRt }, options: { access: 'public' } }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).cases.push(req.params.case_id, req.params.connector_id) }),
  );
  router.get({ path: INTERNAL_CONNECTORS_URL, validate: { params: CaseIdParamsRt }, options: { access: 'internal' } }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).userActions.getConnectors(req.params.case_id) }),
  );
  router.get({ path: CASE_FIND_CONNECTORS_URL, validate: { query: NoQueryRt }, options: { access: 'public' } }, async (ctx, _req, res) =>
    res.ok({ body: await getClient(ctx).configure.getConnectors() }),
  );
}
