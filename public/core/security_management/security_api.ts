import { type HttpClient } from '../http_client';
import { type FeatureSummary, type ManagedUser, type Role, type RoleInput, type UserInput } from './types';

// Users, roles and features are the same in every space: no /s/{id} prefix.
const GLOBAL = { spaceScoped: false } as const;
const userPath = (username: string) => `/internal/security/users/${encodeURIComponent(username)}`;
const rolePath = (name: string) => `/api/security/role/${encodeURIComponent(name)}`;

export const securityApi = {
  listUsers: (http: HttpClient, signal?: AbortSignal) => http.get<ManagedUser[]>('/internal/security/users', { ...GLOBAL, signal }),
  /** The users API creates and updates with one call, as Elasticsearch's put-user does. */
  saveUser: (http: HttpClient, user: UserInput) => http.post<ManagedUser>(userPath(user.username), { ...GLOBAL, body: user }),
  deleteUser: (http: HttpClient, username: string) => http.delete<void>(userPath(username), GLOBAL),

  listRoles: (http: HttpClient, signal?: AbortSignal) => http.get<Role[]>('/api/security/role', { ...GLOBAL, signal }),
  /** `createOnly` makes a create of an existing name a 409 rather than a silent overwrite. */
  saveRole: (http: HttpClient, name: string, role: RoleInput, createOnly: boolean) =>
    http.put<void>(rolePath(name), { ...GLOBAL, body: role, query: createOnly ? { createOnly: true } : undefined }),
  deleteRole: (http: HttpClient, name: string) => http.delete<void>(rolePath(name), GLOBAL),

  listFeatures: (http: HttpClient, signal?: AbortSignal) => http.get<FeatureSummary[]>('/api/features', { ...GLOBAL, signal }),
};
