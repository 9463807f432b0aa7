import type { UserProfile } from '../../../common/core/user_profile';

/** A profile's user, or a user stored on a case (reporter, author), whose fields may be null. */
export interface UserLike {
  username?: string | null;
  full_name?: string | null;
  email?: string | null;
}

/** The name people recognise first: full name, then username, then email. */
export function getUserDisplayName(user?: UserLike | null): string {
  return user?.full_name?.trim() || user?.username?.trim() || user?.email?.trim() || 'Unknown';
}

/** Avatar settings a profile may carry under `data.avatar`, as Kibana stores them. */
export interface ProfileAvatarData {
  initials?: string;
  color?: string;
  imageUrl?: string;
}

export function getProfileAvatarData(profile?: UserProfile): ProfileAvatarData {
  const avatar = profile?.data?.avatar;
  if (!avatar || typeof avatar !== 'object') return {};
  const { initials, color, imageUrl } = avatar as Record<string, unknown>;
  return {
    initials: typeof initials === 'string' && initials ? initials.slice(0, 2) : undefined,
    color: typeof color === 'string' && /^#[0-9a-f]{3,8}$/i.test(color) ? color : undefined,
    // Profile pictures are uploaded as data: images; anything else could be a tracking URL or worse.
    imageUrl: typeof imageUrl === 'string' && /^data:image\/(png|jpe?g|gif|webp);base64,/i.test(imageUrl) ? imageUrl : undefined,
  };
}
