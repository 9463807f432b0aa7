/**
 * Kibana's actions API (`/api/actions/...`), public, in every space prefix. Handlers only
 * translate: the actions client decides, authorizes and audits.
 */
import type { IRouter, KibanaRequest, RouteOptions } from '../../http/types';
import type { AuthenticatedUser } from '../../security/types';
import type { ActionsClient } from '../types';
import { ConnectorTypesQueryRt, CreateConnectorBodyRt, ExecuteConnectorBodyRt, IdParamsRt, UpdateConnectorBodyRt, type CreateConnectorBody } from '../../../../common/core/actions_api';
import { toConnectorListItem, toConnectorResponse, toConnectorTypeResponse, toExecuteResponse } from './transforms';

export const ACTIONS_API = '/api/actions';

const options: RouteOptions = { access: 'public' };
export type ClientFor = (request: KibanaRequest, user: AuthenticatedUser | undefined) => ActionsClient;

export function registerConnectorRoutes(router: IRouter, clientFor: ClientFor): void {
  router.get({ path: `${ACTIONS_API}/connector_types`, validate: { query: ConnectorTypesQueryRt }, options }, async (context, request, response) => {
    const types = clientFor(request, context.user).listTypes(request.query.feature_id);
    return response.ok({ body: types.map(toConnectorTypeResponse) });
  });

  router.get({ path: `${ACTIONS_API}/connectors`, validate: false, options }, async (context, request, response) => {
    const connectors = await clientFor(request, context.user).getAll();
    return response.ok({ body: connectors.map(toConnectorListItem) });
  });

  const create = (id: string | undefined, body: CreateConnectorBody, client: ActionsClient) =>
    client.create({ id, name: body.name, actionTypeId: body.connector_type_id, config: body.config ?? {}, secrets: body.secrets ?? {} });

  router.post({ path: `${ACTIONS_API}/connector`, validate: { body: CreateConnectorBodyRt }, options }, async (context, request, response) => {
    const connector = await create(undefined, request.body, clientFor(request, context.user));
    return response.ok({ body: toConnectorResponse(connector) });
  });

  router.post(
    { path: `${ACTIONS_API}/connector/{id}`, validate: { params: IdParamsRt, body: CreateConnectorBodyRt }, options },
    async (context, request, response) => {
      const connector = await create(request.params.id, request.body, clientFor(request, context.user));
      return response.ok({ body: toConnectorResponse(connector) });
    },
  );

  router.get({ path: `${ACTIONS_API}/connector/{id}`, validate: { params: IdParamsRt }, options }, async (context, request, response) => {
    const connector = await clientFor(request, context.user).get(request.params.id);
    return response.ok({ body: toConnectorResponse(connector) });
  });

  router.put(
    { path: `${ACTIONS_API}/connector/{id}`, validate: { params: IdParamsRt, body: UpdateConnectorBodyRt }, options },
    async (context, request, response) => {
      const { name, config = {}, secrets = {} } = request.body;
      const connector = await clientFor(request, context.user).update(request.params.id, { name, config, secrets });
      return response.ok({ body: toConnectorResponse(connector) });
    },
  );

  router.delete({ path: `${ACTIONS_API}/connector/{id}`, validate: { params: IdParamsRt }, options }, async (context, request, response) => {
    await clientFor(request, context.user).delete(request.params.id);
    return response.noContent();
  });

  router.post(
    { path: `${ACTIONS_API}/connector/{id}/_execute`, validate: { params: IdParamsRt, body: ExecuteConnectorBodyRt }, options },
    async (context, request, response) => {
      const result = await clientFor(request, context.user).execute(request.params.id, request.body.params);
      // 200 for both outcomes, as Kibana answers: an error result is an answer, not a failure of the API.
      return response.ok({ body: toExecuteResponse(result) });
    },
  );
}
