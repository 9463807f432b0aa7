/**
 * The cases API's connectors on the wire, in Kibana's shapes, for both halves (the actions
 * API's own shapes are the platform's: common/core/actions_api.ts):
 * - the cases API lists connectors camelCase (`GET /api/cases/configure/connectors/_find`),
 *   as Kibana's cases client returns the actions client's objects unchanged;
 * - `GET /internal/cases/{case_id}/_connectors` answers, per connector ever set on the case,
 *   its fields and whether the case needs a push.
 */
import * as t from 'io-ts';
import { strict, strictWithOptional } from '../../core/codec';
import { ExternalServiceRt } from '../domain/external_service';

const JsonObjectRt = t.record(t.string, t.unknown);

/** An entry of `GET /api/cases/configure/connectors/_find` (camelCase, as Kibana's). */
export const CaseConnectorListItemRt = strictWithOptional(
  {
    id: t.string,
    name: t.string,
    actionTypeId: t.string,
    isPreconfigured: t.boolean,
    isDeprecated: t.boolean,
    isSystemAction: t.boolean,
    referencedByCount: t.number,
  },
  { config: JsonObjectRt, isMissingSecrets: t.boolean },
  'connector',
);
export type CaseConnectorListItem = t.TypeOf<typeof CaseConnectorListItemRt>;

/** Per connector of `GET /internal/cases/{case_id}/_connectors`. */
export const CaseConnectorPushInfoRt = strict(
  {
    id: t.string,
    name: t.string,
    type: t.string,
    fields: t.union([t.record(t.string, t.unknown), t.null]),
    push: strictWithOptional(
      { needsToBePushed: t.boolean, hasBeenPushed: t.boolean },
      { details: strict({ latestUserActionPushDate: t.string, oldestUserActionPushDate: t.string, externalService: ExternalServiceRt }, 'details') },
      'push',
    ),
  },
  'connector',
);
export type CaseConnectorPushInfo = t.TypeOf<typeof CaseConnectorPushInfoRt>;
export const GetCaseConnectorsResponseRt = t.record(t.string, CaseConnectorPushInfoRt);
export type GetCaseConnectorsResponse = t.TypeOf<typeof GetCaseConnectorsResponseRt>;

