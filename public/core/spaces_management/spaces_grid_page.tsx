import { useState } from 'react';
import {
  EuiBasicTable,
  EuiButton,
  EuiCallOut,
  EuiPageTemplate,
  EuiText,
  type EuiBasicTableColumn,
} from '@elastic/eui';
import { useCore } from '../core_context';
import { useCreateSpace, useDeleteSpace, useSpaces, useUpdateSpace } from '../containers/use_spaces';
import { type Space, type SpaceInput } from '../containers/types';
import { getErrorMessage } from '../http_client';
import { DEFAULT_SPACE_ID, getAppBasePath } from '../space_url';
import { SpaceAvatar } from '../chrome/space_avatar';
import { DeleteSpaceModal } from './delete_space_modal';
import { SpaceFormFlyout } from './space_form_flyout';

type FlyoutState = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; space: Space };

/** The reserved default space holds everything that predates spaces: it cannot go. */
export function isDeletable(space: Space): boolean {
  return space.id !== DEFAULT_SPACE_ID && !space._reserved;
}

export function SpacesGridPage() {
  const core = useCore();
  const spaces = useSpaces();
  const createSpace = useCreateSpace();
  const updateSpace = useUpdateSpace();
  const deleteSpace = useDeleteSpace();
  const [flyout, setFlyout] = useState<FlyoutState>({ mode: 'closed' });
  const [toDelete, setToDelete] = useState<Space>();
  const saving = flyout.mode === 'edit' ? updateSpace : createSpace;

  const openFlyout = (next: FlyoutState) => {
    createSpace.reset();
    updateSpace.reset();
    setFlyout(next);
  };

  const onSave = (input: SpaceInput) => {
    saving.mutate(input, {
      onSuccess: () => {
        core.toasts.addSuccess({ title: `Space '${input.name}' was saved`, 'data-test-subj': 'spaceSavedToast' });
        setFlyout({ mode: 'closed' });
      },
    });
  };

  const onDelete = (space: Space) => {
    deleteSpace.mutate(space.id, {
      onSuccess: () => {
        setToDelete(undefined);
        // The page's own space is gone: its URLs no longer answer.
        if (space.id === core.spaceId) core.location.assign(getAppBasePath(DEFAULT_SPACE_ID, 'spaces'));
        else core.toasts.addSuccess({ title: `Space '${space.name}' was deleted`, 'data-test-subj': 'spaceDeletedToast' });
      },
      onError: (error) => {
        setToDelete(undefined);
        core.toasts.addError(error, { title: `Could not delete space '${space.name}'` });
      },
    });
  };

  const columns: Array<EuiBasicTableColumn<Space>> = [
    { field: 'initials', name: '', width: '48px', render: (_initials: string, space: Space) => <SpaceAvatar space={space} size="s" /> },
    {
      field: 'name',
      name: 'Space',
      render: (name: string, space: Space) => <strong data-test-subj={`spacesListTableRowNameCell-${space.id}`}>{name}</strong>,
    },
    { field: 'description', name: 'Description', truncateText: true },
    { field: 'id', name: 'Identifier' },
    {
      name: 'Actions',
      width: '96px',
      actions: [
        {
          name: 'Edit',
          description: 'Edit this space',
          icon: 'pencil',
          type: 'icon',
          'data-test-subj': (space) => `editSpace-${space.id}`,
          onClick: (space) => openFlyout({ mode: 'edit', space }),
        },
        {
          name: 'Delete',
          description: 'Delete this space',
          icon: 'trash',
          type: 'icon',
          color: 'danger',
          enabled: isDeletable,
          'data-test-subj': (space) => `deleteSpace-${space.id}`,
          onClick: (space) => {
            deleteSpace.reset();
            setToDelete(space);
          },
        },
      ],
    },
  ];

  return (
    <EuiPageTemplate panelled={false} grow data-test-subj="spacesManagementPage">
      <EuiPageTemplate.Header
        pageTitle="Spaces"
        iconType="spacesApp"
        description="Spaces keep work apart: each team sees and works on the objects of its own space."
        rightSideItems={[
          <EuiButton key="create" fill iconType="plusCircle" data-test-subj="createSpace" onClick={() => openFlyout({ mode: 'create' })}>
            Create space
          </EuiButton>,
        ]}
      />
      <EuiPageTemplate.Section>
        {spaces.error ? (
          <EuiCallOut color="danger" iconType="error" title="Could not load spaces" data-test-subj="spacesLoadError">
            <EuiText size="s">
              <p>{getErrorMessage(spaces.error)}</p>
            </EuiText>
          </EuiCallOut>
        ) : (
          <EuiBasicTable<Space>
            data-test-subj="spacesListTable"
            tableCaption="Spaces"
            // A handful of short columns reads as a table at any width; EUI's default breakpoint
            // turned it into cards when the page measured narrow during the first render.
            responsiveBreakpoint={false}
            items={spaces.data ?? []}
            itemId="id"
            columns={columns}
            loading={spaces.isLoading}
            noItemsMessage={spaces.isLoading ? 'Loading spaces…' : 'No spaces found'}
            rowProps={(space) => ({ 'data-test-subj': `spacesListTableRow-${space.id}` })}
          />
        )}
      </EuiPageTemplate.Section>
      {flyout.mode !== 'closed' && (
        <SpaceFormFlyout
          space={flyout.mode === 'edit' ? flyout.space : undefined}
          isSaving={saving.isPending}
          serverError={saving.error ? getErrorMessage(saving.error) : undefined}
          onSave={onSave}
          onClose={() => setFlyout({ mode: 'closed' })}
        />
      )}
      {toDelete && (
        <DeleteSpaceModal
          space={toDelete}
          isDeleting={deleteSpace.isPending}
          onCancel={() => setToDelete(undefined)}
          onConfirm={() => onDelete(toDelete)}
        />
      )}
    </EuiPageTemplate>
  );
}
