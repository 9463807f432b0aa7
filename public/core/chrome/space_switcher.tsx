import { useMemo, useState } from 'react';
import {
  EuiButton,
  EuiHeaderSectionItemButton,
  EuiLoadingSpinner,
  EuiPopover,
  EuiPopoverFooter,
  EuiPopoverTitle,
  EuiSelectable,
  EuiText,
  type EuiSelectableOption,
} from '@elastic/eui';
import { css } from '@emotion/react';
import { canManage } from '../capabilities/use_capabilities';
import { useCore } from '../core_context';
import { useActiveSpace, useSpaces } from '../containers/use_spaces';
import { getUrlInSpace } from '../space_url';
import { SpaceAvatar, spaceInitials } from './space_avatar';

// Past this many spaces a search box earns its place.
const SEARCHABLE_FROM = 8;

const listCss = css`
  width: 320px;
`;

export function SpaceSwitcher() {
  const core = useCore();
  const [isOpen, setIsOpen] = useState(false);
  const spaces = useSpaces();
  const activeSpace = useActiveSpace();
  const current = activeSpace.data ?? spaces.data?.find((space) => space.id === core.spaceId);
  const mayManage = canManage(core.capabilities).spaces;
  // The server lists only the spaces the caller holds a privilege in: one means nowhere to go.
  const onlyThisSpace = spaces.data?.length === 1 && spaces.data[0].id === core.spaceId;

  const options = useMemo<EuiSelectableOption[]>(
    () =>
      (spaces.data ?? []).map((space) => ({
        key: space.id,
        label: space.name,
        checked: space.id === core.spaceId ? 'on' : undefined,
        prepend: <SpaceAvatar space={space} size="s" />,
        'data-test-subj': `space-avatar-${space.id}`,
      })),
    [spaces.data, core.spaceId],
  );

  // Spaces are often created elsewhere (another tab, the API): opening the list re-reads it.
  const toggle = () => {
    if (!isOpen) void spaces.refetch();
    setIsOpen(!isOpen);
  };

  const onChange = (_all: EuiSelectableOption[], _event: unknown, changed: EuiSelectableOption) => {
    setIsOpen(false);
    if (!changed.key || changed.key === core.spaceId) return;
    // A new space means a new page: every query and every app is scoped by it.
    core.location.assign(getUrlInSpace(window.location.pathname, changed.key, core.branding.defaultAppId));
  };

  const button = (
    <EuiHeaderSectionItemButton
      data-test-subj="spacesNavSelector"
      aria-label={current ? `Current space: ${current.name}, shown as ${spaceInitials(current)}. Change space` : 'Loading spaces'}
      aria-expanded={isOpen}
      aria-haspopup="true"
      onClick={toggle}
    >
      {current ? <SpaceAvatar space={current} size="s" /> : <EuiLoadingSpinner size="m" />}
    </EuiHeaderSectionItemButton>
  );

  return (
    <EuiPopover
      button={button}
      isOpen={isOpen}
      closePopover={() => setIsOpen(false)}
      anchorPosition="downLeft"
      panelPaddingSize="none"
      repositionOnScroll
      aria-label="Spaces"
    >
      <EuiSelectable
        data-test-subj="spaceSelectorList"
        css={listCss}
        singleSelection="always"
        {...(options.length >= SEARCHABLE_FROM
          ? { searchable: true as const, searchProps: { placeholder: 'Find a space', compressed: true, 'data-test-subj': 'spacesNavSearch' } }
          : { searchable: false as const })}
        options={options}
        onChange={onChange}
        isLoading={spaces.isLoading}
        errorMessage={spaces.error ? `Could not load spaces: ${spaces.error.message}` : undefined}
        listProps={{ rowHeight: 40, showIcons: false, onFocusBadge: false }}
        aria-label="Spaces"
      >
        {(list, search) => (
          <>
            <EuiPopoverTitle paddingSize="s">{search || 'Your spaces'}</EuiPopoverTitle>
            {list}
            {onlyThisSpace && (
              <EuiPopoverFooter paddingSize="s">
                <EuiText size="xs" color="subdued" data-test-subj="spacesOnlyOneMessage">
                  This is the only space you have access to.
                </EuiText>
              </EuiPopoverFooter>
            )}
            {mayManage && (
              <EuiPopoverFooter paddingSize="s">
                <EuiButton
                  size="s"
                  fullWidth
                  iconType="gear"
                  data-test-subj="manageSpaces"
                  onClick={() => {
                    setIsOpen(false);
                    core.navigateToApp('spaces');
                  }}
                >
                  Manage spaces
                </EuiButton>
              </EuiPopoverFooter>
            )}
          </>
        )}
      </EuiSelectable>
    </EuiPopover>
  );
}
