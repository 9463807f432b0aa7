/** The platform's answers, as `/api/spaces` and `/internal/security` return them. */
export type { Space } from '../../../common/core/space';

export interface SpaceInput {
  id: string;
  name: string;
  description?: string;
  color?: string;
  initials?: string;
  disabledFeatures: string[];
}

export interface AuthenticatedUser {
  username: string;
  full_name?: string | null;
  email?: string | null;
  roles: string[];
  profile_uid?: string;
}
