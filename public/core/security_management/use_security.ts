import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCore } from '../core_context';
import { securityApi } from './security_api';
import { type RoleInput, type UserInput } from './types';

/** Under the platform's `core` prefix, so the chrome's broad invalidations reach them too. */
export const securityQueryKeys = {
  all: ['core', 'security'] as const,
  users: ['core', 'security', 'users'] as const,
  roles: ['core', 'security', 'roles'] as const,
  features: ['core', 'security', 'features'] as const,
};

export function useUsers() {
  const { http } = useCore();
  return useQuery({ queryKey: securityQueryKeys.users, queryFn: ({ signal }) => securityApi.listUsers(http, signal) });
}

export function useRoles() {
  const { http } = useCore();
  return useQuery({ queryKey: securityQueryKeys.roles, queryFn: ({ signal }) => securityApi.listRoles(http, signal) });
}

export function useFeatures() {
  const { http } = useCore();
  // Features are registered at server start: they do not change while the page is open.
  return useQuery({ queryKey: securityQueryKeys.features, queryFn: ({ signal }) => securityApi.listFeatures(http, signal), staleTime: Infinity });
}

function useInvalidateSecurity() {
  const queryClient = useQueryClient();
  // The current user's own record may have changed too (roles, name).
  return () => queryClient.invalidateQueries({ queryKey: ['core'] });
}

export function useSaveUser() {
  const { http } = useCore();
  const invalidate = useInvalidateSecurity();
  return useMutation({ mutationFn: (user: UserInput) => securityApi.saveUser(http, user), onSuccess: invalidate });
}

export function useDeleteUser() {
  const { http } = useCore();
  const invalidate = useInvalidateSecurity();
  return useMutation({ mutationFn: (username: string) => securityApi.deleteUser(http, username), onSuccess: invalidate });
}

export function useSaveRole() {
  const { http } = useCore();
  const invalidate = useInvalidateSecurity();
  return useMutation({
    mutationFn: ({ name, role, createOnly }: { name: string; role: RoleInput; createOnly: boolean }) => securityApi.saveRole(http, name, role, createOnly),
    onSuccess: invalidate,
  });
}

export function useDeleteRole() {
  const { http } = useCore();
  const invalidate = useInvalidateSecurity();
  return useMutation({ mutationFn: (name: string) => securityApi.deleteRole(http, name), onSuccess: invalidate });
}
