/**
 * Password changes: by the superuser for anyone, or by a user for themselves with proof of the
 * current password. Every session of the user ends; a user who changed their own password from
 * a browser session gets a fresh one, as Kibana re-logs them in.
 */
import { forbidden, isHttpError, unauthorized } from '../../errors';
import type { IRouter, KibanaRequest, RouteConfig } from '../../http/types';
import { isSuperuser } from '../is_superuser';
import { readSessionCookie, serializeSessionCookie } from '../session_cookie';
import type { AuthenticatedUser } from '../types';
import { changePasswordBody, usernameParams } from './codecs';
import type { SecurityRouteDeps } from './route_deps';

type Params = { username: string };
type Body = { newPassword: string; password?: string };

export function registerChangePasswordRoute(router: IRouter, deps: SecurityRouteDeps): void {
  const { session } = deps.config;

  async function proveCurrentPassword(username: string, password: string | undefined, ip: string): Promise<void> {
    try {
      await deps.runtime().authenticator.checkPassword(username, password ?? '', ip);
    } catch (e) {
      // A wrong current password is a refusal, not a failed login of the caller (Kibana: 403).
      if (isHttpError(e) && e.statusCode === 401) throw forbidden('The current password is incorrect.');
      throw e;
    }
  }

  async function handle(user: AuthenticatedUser, request: KibanaRequest<Params, unknown, Body>): Promise<Record<string, string>> {
    const { username } = request.params;
    const self = user.username === username;
    if (!self && !isSuperuser(user)) throw forbidden(`action [change_password] is unauthorized for user [${user.username}]`);
    const runtime = deps.runtime();
    if (self) await proveCurrentPassword(username, request.body.password, runtime.authenticator.clientAddress(request));
    await runtime.users.require(username);
    await runtime.users.update(username, { password: request.body.newPassword });
    await runtime.revokeUser(username, { endSessions: true });
    const hadSession = self && user.authentication_provider.type === 'basic' && readSessionCookie(request.headers.cookie, session.cookieName);
    if (!hadSession) return {};
    const sessionId = await runtime.sessions.create(username, user.authentication_provider.name);
    return { 'set-cookie': serializeSessionCookie(session, sessionId, session.lifespanMs) };
  }

  const config = (path: string): RouteConfig<Params, unknown, Body> => ({
    path,
    validate: { params: usernameParams, body: changePasswordBody },
    options: { access: 'internal' },
  });
  // `_password` as Elasticsearch names it; `password` as Kibana's own UI calls it.
  for (const path of ['/internal/security/users/{username}/_password', '/internal/security/users/{username}/password']) {
    router.post(config(path), async (context, request, response) => {
      if (!context.user) throw unauthorized();
      const headers = await handle(context.user, request);
      return response.noContent({ headers });
    });
  }
}
