import { useMutation, useQuery } from '@tanstack/react-query';
import { useCore } from '../core_context';
import { coreQueryKeys } from './query_keys';
import { type AuthenticatedUser } from './types';
import { HttpFetchError } from '../http_client';
import { toSafeLocalPath } from '../browser_location';

const LOGGED_OUT_PATH = '/login?msg=LOGGED_OUT';

export function useCurrentUser() {
  const { http } = useCore();
  return useQuery({
    queryKey: coreQueryKeys.currentUser,
    queryFn: ({ signal }) => http.get<AuthenticatedUser>('/internal/security/me', { spaceScoped: false, signal }),
    staleTime: Infinity,
  });
}

export function useLogout() {
  const { http, location, toasts } = useCore();
  return useMutation({
    mutationFn: () =>
      http.post<{ location?: string }>('/internal/security/logout', { spaceScoped: false, redirectOnUnauthorized: false }),
    onSuccess: (response) => location.assign(toSafeLocalPath(response?.location, window.location.origin, LOGGED_OUT_PATH)),
    onError: (error) => {
      // No session left to end: the user is logged out either way.
      if (error instanceof HttpFetchError && error.statusCode === 401) location.assign(LOGGED_OUT_PATH);
      else toasts.addError(error, { title: 'Could not log out' });
    },
  });
}
