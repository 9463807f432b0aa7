/* eslint-disable @typescript-eslint/no-explicit-any -- answers are read as each route shapes them */
/** The usual calls of the expectation table, shared by route_expectations.ts and its companions. */
import type { Request } from './rbac_client';
import type { RouteCall } from './route_expectations';
import type { SpaceFixtures } from './space_fixtures';

export const read = (label: string, path: (fx: SpaceFixtures) => string): RouteCall => ({
  label,
  kind: 'byId',
  needs: ['read'],
  request: async (fx) => ({ method: 'GET', path: path(fx) }),
});

export const search = (label: string, request: (fx: SpaceFixtures) => Request, reveals?: RouteCall['reveals']): RouteCall => ({
  label,
  kind: 'search',
  request: async (fx) => request(fx),
  reveals,
});

export const hasId = (list: unknown, id: string) => Array.isArray(list) && list.some((c: any) => c?.id === id || c === id);

