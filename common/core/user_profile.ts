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

/** What a user directory knows of a person, mapped to the profile shape the APIs return. */
export const toUserProfile = (user: { username: string; full_name: string | null; email: string | null; profile_uid: string }): UserProfile => ({
  uid: user.profile_uid,
  enabled: true,
  user: { username: user.username, full_name: user.full_name, email: user.email },
  data: {},
});
