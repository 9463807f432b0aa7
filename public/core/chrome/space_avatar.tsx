import { EuiAvatar, type EuiAvatarProps } from '@elastic/eui';
import { type Space } from '../containers/types';

/**
 * The letters a space's avatar shows: its own initials, else the first letters of its first two
 * words, else its first two letters. Computed here, not left to EuiAvatar, so a button can say
 * the same letters in its accessible name (WCAG 2.5.3: the name contains the visible text).
 */
export function spaceInitials(space: Pick<Space, 'name' | 'initials'>): string {
  if (space.initials) return space.initials;
  const words = space.name.trim().split(/\s+/).filter(Boolean);
  if (words.length > 1) return `${words[0][0]}${words[1][0]}`;
  return (words[0] ?? '?').slice(0, 2);
}

export function SpaceAvatar({ space, size = 's', ...rest }: { space: Space; size?: EuiAvatarProps['size'] } & { 'data-test-subj'?: string }) {
  return (
    <EuiAvatar
      type="space"
      size={size}
      name={space.name}
      color={space.color}
      initials={spaceInitials(space)}
      initialsLength={2}
      {...rest}
    />
  );
}
