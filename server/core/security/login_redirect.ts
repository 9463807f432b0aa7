/**
 * Where the browser goes after login: the `next` parameter of the login page's URL when it is
 * a path on this server (percent-encoded), else the default route (`server.defaultRoute`).
 * The same judge as the `/login` page's redirect, so the two can never disagree.
 */
import { safeRedirectPath } from '../http/safe_redirect';

const PROBE_ORIGIN = 'http://probe.invalid';

export function postLoginLocation(currentURL: string, defaultRoute: string): string {
  let next: string | null;
  try {
    next = new URL(currentURL, PROBE_ORIGIN).searchParams.get('next');
  } catch {
    return defaultRoute;
  }
  return safeRedirectPath(next) ?? defaultRoute;
}
