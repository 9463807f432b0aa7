/**
 * What every router registered, in the order it was registered: the platform's own list of
 * its routes. The OpenAPI coverage test and the fuzz suite read it, so a new route is checked
 * by both without anyone listing it again.
 */
import type { RouteConfig, RouteMethod } from './types';

export interface RegisteredRoute {
  method: Uppercase<RouteMethod>;
  /** As declared, in Kibana's `{param}` syntax and without the space prefix. */
  path: string;
  access: 'public' | 'internal';
  authRequired: boolean | 'optional';
  xsrfRequired: boolean;
}

export interface RouteTable {
  add(method: RouteMethod, config: RouteConfig<unknown, unknown, unknown>): void;
  list(): readonly RegisteredRoute[];
}

// Kibana's default: a route under `/internal` serves its own UI, anything else is public API.
const defaultAccess = (path: string) => (path.startsWith('/internal/') ? 'internal' : 'public');

export function createRouteTable(): RouteTable {
  const routes: RegisteredRoute[] = [];
  return {
    add(method, { path, options = {} }) {
      routes.push(
        Object.freeze({
          method: method.toUpperCase() as Uppercase<RouteMethod>,
          path,
          access: options.access ?? defaultAccess(path),
          authRequired: options.authRequired ?? true,
          xsrfRequired: options.xsrfRequired ?? true,
        }),
      );
    },
    list: () => [...routes],
  };
}
