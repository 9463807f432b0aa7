/** Login, logout and "who am I", as Kibana's browser client calls them. */
import { unauthorized } from '../../errors';
import type { IRouter } from '../../http/types';
import { userLoginEvent, userLogoutEvent } from '../audit/authentication_events';
import { postLoginLocation } from '../login_redirect';
import { clearSessionCookie, readSessionCookie, serializeSessionCookie } from '../session_cookie';
import { loginBody } from './codecs';
import type { SecurityRouteDeps } from './route_deps';

export const LOGGED_OUT_LOCATION = '/login?msg=LOGGED_OUT';

export function registerSessionRoutes(router: IRouter, deps: SecurityRouteDeps): void {
  const { session } = deps.config;

  router.post(
    { path: '/internal/security/login', validate: { body: loginBody }, options: { authRequired: false, access: 'internal' } },
    async (_context, request, response) => {
      const { providerType, providerName, currentURL, params } = request.body;
      // Only the basic provider exists here; Kibana answers other providers' logins with 401 too.
      if (providerType !== 'basic' || providerName !== 'basic') throw unauthorized();
      const runtime = deps.runtime();
      const address = runtime.authenticator.clientAddress(request);
      const provider = { type: providerType, name: providerName };
      let user;
      try {
        user = await runtime.authenticator.checkPassword(params.username, params.password, address);
      } catch (error) {
        // Wrong credentials and logins refused while locked out alike: both are failed logins.
        runtime.audit.log(userLoginEvent({ provider, username: params.username, address, error }));
        throw error;
      }
      // A new login never continues an old session (session fixation).
      const previous = readSessionCookie(request.headers.cookie, session.cookieName);
      if (previous) await runtime.sessions.remove(previous);
      await runtime.sessions.sweep();
      const sessionId = await runtime.sessions.create(user.username, providerName);
      runtime.audit.log(userLoginEvent({ provider, username: user.username, roles: user.roles, address }));
      return response.ok({
        body: { location: postLoginLocation(currentURL, deps.config.defaultRoute) },
        headers: { 'set-cookie': serializeSessionCookie(session, sessionId, session.lifespanMs) },
      });
    },
  );

  router.post(
    { path: '/internal/security/logout', validate: false, options: { authRequired: 'optional', access: 'internal' } },
    async (context, request, response) => {
      const sessionId = readSessionCookie(request.headers.cookie, session.cookieName);
      if (sessionId) {
        const runtime = deps.runtime();
        // A live session is ending: Kibana's user_logout. A stale cookie just gets cleared.
        if (context.user) {
          const provider = context.user.authentication_provider;
          runtime.audit.log(userLogoutEvent({ provider, username: context.user.username, address: runtime.authenticator.clientAddress(request) }));
        }
        await runtime.sessions.remove(sessionId);
      }
      return response.ok({
        body: { location: LOGGED_OUT_LOCATION },
        headers: { 'set-cookie': clearSessionCookie(session) },
      });
    },
  );

  router.get(
    { path: '/internal/security/me', validate: false, options: { access: 'internal' } },
    async (context, _request, response) => {
      if (!context.user) throw unauthorized();
      return response.ok({ body: context.user });
    },
  );
}
