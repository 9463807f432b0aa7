import { SUPERUSER_ROLE } from './types';

/**
 * The one rule for "may do anything". Security's authorization and the spaces API both ask
 * here, so that roles with per-owner privileges later change one function, not several.
 */
export const isSuperuser = (user: { roles: readonly string[] } | undefined | null): boolean =>
  user != null && user.roles.includes(SUPERUSER_ROLE);
