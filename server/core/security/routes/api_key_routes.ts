/** API keys, as Kibana's API keys management page calls them. */
import { badRequest, forbidden, isHttpError, unauthorized } from '../../errors';
import type { IRouter } from '../../http/types';
import { parseDuration } from '../../../../common/core/duration';
import { apiKeyCreateEvent, apiKeyInvalidateEvent } from '../audit/authentication_events';
import { isSuperuser } from '../is_superuser';
import type { AuthenticatedUser } from '../types';
import { realmOf } from '../user_store';
import { createApiKeyBody, invalidateApiKeysBody, listApiKeysQuery } from './codecs';
import type { SecurityRouteDeps } from './route_deps';

const requireUser = (user: AuthenticatedUser | undefined): AuthenticatedUser => {
  if (!user) throw unauthorized();
  return user;
};

const auditUser = (user: AuthenticatedUser) => ({ name: user.username, roles: user.roles });

export function registerApiKeyRoutes(router: IRouter, deps: SecurityRouteDeps): void {
  router.post(
    { path: '/internal/security/api_key', validate: { body: createApiKeyBody }, options: { access: 'internal' } },
    async (context, request, response) => {
      const user = requireUser(context.user);
      const { audit, apiKeys } = deps.runtime();
      const { name, expiration, metadata, role_descriptors } = request.body;
      try {
        // A key minting keys could outlive its own expiry or invalidation; Elasticsearch forbids it too.
        if (user.authentication_type === 'api_key') throw forbidden('API keys cannot be created with API key credentials');
        const expiresInMs = expiration === undefined ? undefined : parseDuration(expiration);
        if (expiration !== undefined && expiresInMs === undefined) {
          throw badRequest(`Invalid expiration [${expiration}]: use a number and a unit among d, h, m, s, ms, like 30d.`);
        }
        const created = await apiKeys.create({
          name,
          username: user.username,
          realm: realmOf(user.username).name,
          expiresInMs,
          metadata,
          role_descriptors,
        });
        audit.log(apiKeyCreateEvent({ user: auditUser(user), apiKey: { id: created.id, name } }));
        return response.ok({ body: created });
      } catch (error) {
        audit.log(apiKeyCreateEvent({ user: auditUser(user), error }));
        throw error;
      }
    },
  );

  router.get(
    { path: '/internal/security/api_key', validate: { query: listApiKeysQuery }, options: { access: 'internal' } },
    async (context, _request, response) => {
      const user = requireUser(context.user);
      const apiKeys = await deps.runtime().apiKeys.list(isSuperuser(user) ? undefined : user.username);
      return response.ok({ body: { apiKeys } });
    },
  );

  router.post(
    {
      path: '/internal/security/api_key/invalidate',
      validate: { body: invalidateApiKeysBody },
      options: { access: 'internal' },
    },
    async (context, request, response) => {
      const user = requireUser(context.user);
      const runtime = deps.runtime();
      // As in Kibana: `isAdmin` asks for any key, which only a superuser gets; others act on their own.
      const owner = request.body.isAdmin && isSuperuser(user) ? undefined : user.username;
      const itemsInvalidated: Array<{ id: string; name: string }> = [];
      const errors: Array<{ id: string; name: string; error: unknown }> = [];
      for (const key of request.body.apiKeys) {
        try {
          await runtime.apiKeys.invalidate(key.id, owner);
          runtime.revokeApiKey(key.id);
          itemsInvalidated.push(key);
          runtime.audit.log(apiKeyInvalidateEvent({ user: auditUser(user), apiKey: key }));
        } catch (e) {
          runtime.audit.log(apiKeyInvalidateEvent({ user: auditUser(user), apiKey: key, error: e }));
          if (!isHttpError(e)) throw e;
          errors.push({ ...key, error: e.toBody() });
        }
      }
      return response.ok({ body: { itemsInvalidated, errors } });
    },
  );
}
