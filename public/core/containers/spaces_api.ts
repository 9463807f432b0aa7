import { type HttpClient } from '../http_client';
import { type Space, type SpaceInput } from './types';

// The spaces CRUD API is global: the same list whatever space the page is in.
const GLOBAL = { spaceScoped: false } as const;

export const spacesApi = {
  list: (http: HttpClient, signal?: AbortSignal) => http.get<Space[]>('/api/spaces/space', { ...GLOBAL, signal }),
  // The active space is read from the URL prefix, so this one call is space-scoped.
  getActive: (http: HttpClient, signal?: AbortSignal) => http.get<Space>('/internal/spaces/_active_space', { signal }),
  create: (http: HttpClient, space: SpaceInput) => http.post<Space>('/api/spaces/space', { ...GLOBAL, body: space }),
  update: (http: HttpClient, space: SpaceInput) =>
    http.put<Space>(`/api/spaces/space/${encodeURIComponent(space.id)}`, { ...GLOBAL, body: space }),
  delete: (http: HttpClient, id: string) => http.delete<void>(`/api/spaces/space/${encodeURIComponent(id)}`, GLOBAL),
};
