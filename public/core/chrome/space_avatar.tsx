import { EuiAvatar, type EuiAvatarProps } from '@elastic/eui';
import { type Space } from '../containers/types';

export function SpaceAvatar({ space, size = 's', ...rest }: { space: Space; size?: EuiAvatarProps['size'] } & { 'data-test-subj'?: string }) {
  return (
    <EuiAvatar
      type="space"
      size={size}
      name={space.name}
      color={space.color}
      initials={space.initials}
      initialsLength={2}
      {...rest}
    />
  );
}
