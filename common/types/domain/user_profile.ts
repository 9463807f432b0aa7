/** A user profile as Kibana's security plugin returns it: what assignee pickers and avatars show. */
export interface UserProfileUser {
  username: string;
  email?: string | null;
  full_name?: string | null;
}

export interface UserProfile {
  uid: string;
  enabled: boolean;
  user: UserProfileUser;
  data: Record<string, unknown>;
}
