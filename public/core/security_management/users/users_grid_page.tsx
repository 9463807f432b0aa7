import { useState } from 'react';
import { EuiBadge, EuiButton, EuiFlexGroup, EuiFlexItem, EuiHealth, EuiInMemoryTable, EuiPageTemplate, type EuiBasicTableColumn, type EuiPageHeaderProps } from '@elastic/eui';
import { useCore } from '../../core_context';
import { useCurrentUser } from '../../containers/use_current_user';
import { getErrorMessage } from '../../http_client';
import { ConfirmDeleteModal } from '../confirm_delete_modal';
import { LoadErrorCallout } from '../load_error_callout';
import { type ManagedUser, type UserInput } from '../types';
import { useDeleteUser, useRoles, useSaveUser, useUsers } from '../use_security';
import { UserFormFlyout } from './user_form_flyout';
import { isReservedUser } from './user_validation';

type FlyoutState = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; user: ManagedUser };

function RoleBadges({ roles }: { roles: string[] }) {
  if (roles.length === 0) return <EuiBadge color="warning">No roles</EuiBadge>;
  return (
    <EuiFlexGroup gutterSize="xs" wrap responsive={false}>
      {roles.map((role) => (
        <EuiFlexItem grow={false} key={role}>
          <EuiBadge color="hollow" data-test-subj={`userRole-${role}`}>
            {role}
          </EuiBadge>
        </EuiFlexItem>
      ))}
    </EuiFlexGroup>
  );
}

/** `tabs` switch between the users and roles pages, in the page header as Kibana shows them. */
export function UsersGridPage({ tabs }: { tabs?: EuiPageHeaderProps['tabs'] }) {
  const core = useCore();
  const users = useUsers();
  const roles = useRoles();
  const currentUser = useCurrentUser();
  const saveUser = useSaveUser();
  const deleteUser = useDeleteUser();
  const [flyout, setFlyout] = useState<FlyoutState>({ mode: 'closed' });
  const [toDelete, setToDelete] = useState<ManagedUser>();

  // Deleting oneself would end the session mid-action; the reserved user cannot go at all.
  const isDeletable = (user: ManagedUser) => !isReservedUser(user) && user.username !== currentUser.data?.username;

  const openFlyout = (next: FlyoutState) => {
    saveUser.reset();
    setFlyout(next);
  };

  const onSave = (input: UserInput) => {
    saveUser.mutate(input, {
      onSuccess: () => {
        core.toasts.addSuccess({ title: `User '${input.username}' was saved`, 'data-test-subj': 'userSavedToast' });
        setFlyout({ mode: 'closed' });
      },
    });
  };

  const onDelete = (user: ManagedUser) => {
    deleteUser.mutate(user.username, {
      onSuccess: () => core.toasts.addSuccess({ title: `User '${user.username}' was deleted`, 'data-test-subj': 'userDeletedToast' }),
      onError: (error) => core.toasts.addError(error, { title: `Could not delete user '${user.username}'` }),
      onSettled: () => setToDelete(undefined),
    });
  };

  const columns: Array<EuiBasicTableColumn<ManagedUser>> = [
    {
      field: 'username',
      name: 'Username',
      sortable: true,
      render: (username: string) => <strong data-test-subj={`userRowUsername-${username}`}>{username}</strong>,
    },
    { field: 'full_name', name: 'Full name', sortable: true, truncateText: true, render: (name: string | null) => name ?? '' },
    { field: 'email', name: 'Email address', truncateText: true, render: (email: string | null) => email ?? '' },
    { field: 'roles', name: 'Roles', render: (userRoles: string[]) => <RoleBadges roles={userRoles} /> },
    {
      field: 'enabled',
      name: 'Status',
      width: '120px',
      render: (enabled: boolean) => <EuiHealth color={enabled ? 'success' : 'subdued'}>{enabled ? 'Active' : 'Deactivated'}</EuiHealth>,
    },
    {
      name: 'Actions',
      width: '96px',
      actions: [
        {
          name: 'Edit',
          description: 'Edit this user',
          icon: 'pencil',
          type: 'icon',
          'data-test-subj': (user) => `editUser-${user.username}`,
          onClick: (user) => openFlyout({ mode: 'edit', user }),
        },
        {
          name: 'Delete',
          description: 'Delete this user',
          icon: 'trash',
          type: 'icon',
          color: 'danger',
          enabled: isDeletable,
          'data-test-subj': (user) => `deleteUser-${user.username}`,
          onClick: (user) => {
            deleteUser.reset();
            setToDelete(user);
          },
        },
      ],
    },
  ];

  return (
    <>
      <EuiPageTemplate.Header
        pageTitle="Users"
        iconType="user"
        description="Who may log in, and the roles that decide what each user sees and does."
        tabs={tabs}
        rightSideItems={[
          <EuiButton key="create" fill iconType="plusCircle" data-test-subj="createUser" onClick={() => openFlyout({ mode: 'create' })}>
            Create user
          </EuiButton>,
        ]}
      />
      <EuiPageTemplate.Section>
        {users.error ? (
          <LoadErrorCallout what="users" error={users.error} testSubj="usersLoadError" />
        ) : (
          <EuiInMemoryTable<ManagedUser>
            data-test-subj="usersTable"
            tableCaption="Users"
            // Six short columns fit at 1024 px; EUI's card layout would hide the badges' meaning.
            responsiveBreakpoint={false}
            items={users.data ?? []}
            itemId="username"
            columns={columns}
            loading={users.isLoading}
            noItemsMessage={users.isLoading ? 'Loading users…' : 'No users found'}
            search={{ box: { incremental: true, placeholder: 'Search users', 'data-test-subj': 'usersSearch' } }}
            sorting={{ sort: { field: 'username', direction: 'asc' } }}
            pagination={{ initialPageSize: 20, pageSizeOptions: [20, 50, 100] }}
            rowProps={(user) => ({ 'data-test-subj': `userRow-${user.username}` })}
          />
        )}
      </EuiPageTemplate.Section>
      {flyout.mode !== 'closed' && (
        <UserFormFlyout
          user={flyout.mode === 'edit' ? flyout.user : undefined}
          roles={roles.data ?? []}
          rolesLoading={roles.isLoading}
          existingUsernames={(users.data ?? []).map((user) => user.username)}
          isSaving={saveUser.isPending}
          serverError={saveUser.error ? getErrorMessage(saveUser.error) : undefined}
          onSave={onSave}
          onClose={() => setFlyout({ mode: 'closed' })}
        />
      )}
      {toDelete && (
        <ConfirmDeleteModal
          kind="user"
          name={toDelete.username}
          consequence="The user can no longer log in, and their open sessions end."
          isDeleting={deleteUser.isPending}
          onCancel={() => setToDelete(undefined)}
          onConfirm={() => onDelete(toDelete)}
        />
      )}
    </>
  );
}
