import { useState } from 'react';
import {
  EuiAvatar,
  EuiContextMenuItem,
  EuiContextMenuPanel,
  EuiFlexGroup,
  EuiFlexItem,
  EuiHeaderSectionItemButton,
  EuiLoadingSpinner,
  EuiPopover,
  EuiText,
} from '@elastic/eui';
import { useCurrentUser, useLogout } from '../containers/use_current_user';

export function UserMenu() {
  const [isOpen, setIsOpen] = useState(false);
  const user = useCurrentUser();
  const logout = useLogout();
  const displayName = user.data ? user.data.full_name || user.data.username : '';

  const button = (
    <EuiHeaderSectionItemButton
      data-test-subj="userMenuButton"
      aria-label="Account menu"
      aria-expanded={isOpen}
      aria-haspopup="true"
      onClick={() => setIsOpen((open) => !open)}
    >
      {user.data ? <EuiAvatar name={displayName} size="s" /> : <EuiLoadingSpinner size="m" />}
    </EuiHeaderSectionItemButton>
  );

  return (
    <EuiPopover
      button={button}
      isOpen={isOpen}
      closePopover={() => setIsOpen(false)}
      anchorPosition="downRight"
      panelPaddingSize="none"
      repositionOnScroll
      data-test-subj="userMenu"
    >
      <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} css={{ padding: 12, minWidth: 240 }}>
        <EuiFlexItem grow={false}>
          <EuiAvatar name={displayName || '?'} size="m" />
        </EuiFlexItem>
        <EuiFlexItem>
          <EuiText size="s">
            <strong data-test-subj="userMenuDisplayName">{displayName}</strong>
            {user.data?.email ? <div>{user.data.email}</div> : null}
          </EuiText>
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiContextMenuPanel
        items={[
          <EuiContextMenuItem
            key="logout"
            icon="logOut"
            data-test-subj="logoutLink"
            disabled={logout.isPending}
            onClick={() => logout.mutate()}
          >
            Log out
          </EuiContextMenuItem>,
        ]}
      />
    </EuiPopover>
  );
}
