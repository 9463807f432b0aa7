import { useState } from 'react';
import { EuiBadge, EuiButton, EuiFlexGroup, EuiFlexItem, EuiInMemoryTable, EuiPageTemplate, type EuiBasicTableColumn, type EuiPageHeaderProps } from '@elastic/eui';
import { useCore } from '../../core_context';
import { getErrorMessage } from '../../http_client';
import { ConfirmDeleteModal } from '../confirm_delete_modal';
import { LoadErrorCallout } from '../load_error_callout';
import { isReservedRole, type Role, type RoleInput } from '../types';
import { useDeleteRole, useRoles, useSaveRole } from '../use_security';
import { RoleFormFlyout } from './role_form_flyout';

type FlyoutState = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; role: Role };

/** `tabs` switch between the users and roles pages, in the page header as Kibana shows them. */
export function RolesGridPage({ tabs }: { tabs?: EuiPageHeaderProps['tabs'] }) {
  const core = useCore();
  const roles = useRoles();
  const saveRole = useSaveRole();
  const deleteRole = useDeleteRole();
  const [flyout, setFlyout] = useState<FlyoutState>({ mode: 'closed' });
  const [toDelete, setToDelete] = useState<Role>();

  const openFlyout = (next: FlyoutState) => {
    saveRole.reset();
    setFlyout(next);
  };

  const onSave = (name: string, role: RoleInput) => {
    saveRole.mutate(
      { name, role, createOnly: flyout.mode === 'create' },
      {
        onSuccess: () => {
          core.toasts.addSuccess({ title: `Role '${name}' was saved`, 'data-test-subj': 'roleSavedToast' });
          setFlyout({ mode: 'closed' });
        },
      },
    );
  };

  const onDelete = (role: Role) => {
    deleteRole.mutate(role.name, {
      onSuccess: () => core.toasts.addSuccess({ title: `Role '${role.name}' was deleted`, 'data-test-subj': 'roleDeletedToast' }),
      onError: (error) => core.toasts.addError(error, { title: `Could not delete role '${role.name}'` }),
      onSettled: () => setToDelete(undefined),
    });
  };

  const columns: Array<EuiBasicTableColumn<Role>> = [
    {
      field: 'name',
      name: 'Role',
      sortable: true,
      render: (name: string, role: Role) => (
        <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
          <EuiFlexItem grow={false}>
            <strong data-test-subj={`roleRowName-${name}`}>{name}</strong>
          </EuiFlexItem>
          {isReservedRole(role) && (
            <EuiFlexItem grow={false}>
              <EuiBadge color="hollow" iconType="lock" data-test-subj={`roleReservedBadge-${name}`}>
                Reserved
              </EuiBadge>
            </EuiFlexItem>
          )}
        </EuiFlexGroup>
      ),
    },
    { field: 'description', name: 'Description', truncateText: true, render: (description?: string) => description ?? '' },
    {
      name: 'Actions',
      width: '96px',
      actions: [
        {
          // A reserved role opens too: read-only, so an admin can see what it grants.
          name: (role) => (isReservedRole(role) ? 'View' : 'Edit'),
          description: (role) => (isReservedRole(role) ? 'View this built-in role' : 'Edit this role'),
          icon: (role) => (isReservedRole(role) ? 'eye' : 'pencil'),
          type: 'icon',
          'data-test-subj': (role) => `editRole-${role.name}`,
          onClick: (role) => openFlyout({ mode: 'edit', role }),
        },
        {
          name: 'Delete',
          description: 'Delete this role',
          icon: 'trash',
          type: 'icon',
          color: 'danger',
          enabled: (role) => !isReservedRole(role),
          'data-test-subj': (role) => `deleteRole-${role.name}`,
          onClick: (role) => {
            deleteRole.reset();
            setToDelete(role);
          },
        },
      ],
    },
  ];

  return (
    <>
      <EuiPageTemplate.Header
        pageTitle="Roles"
        iconType="lock"
        description="A role grants privileges on features, per space. Users receive roles."
        tabs={tabs}
        rightSideItems={[
          <EuiButton key="create" fill iconType="plusCircle" data-test-subj="createRole" onClick={() => openFlyout({ mode: 'create' })}>
            Create role
          </EuiButton>,
        ]}
      />
      <EuiPageTemplate.Section>
        {roles.error ? (
          <LoadErrorCallout what="roles" error={roles.error} testSubj="rolesLoadError" />
        ) : (
          <EuiInMemoryTable<Role>
            data-test-subj="rolesTable"
            tableCaption="Roles"
            responsiveBreakpoint={false}
            items={roles.data ?? []}
            itemId="name"
            columns={columns}
            loading={roles.isLoading}
            noItemsMessage={roles.isLoading ? 'Loading roles…' : 'No roles found'}
            search={{ box: { incremental: true, placeholder: 'Search roles', 'data-test-subj': 'rolesSearch' } }}
            sorting={{ sort: { field: 'name', direction: 'asc' } }}
            pagination={{ initialPageSize: 20, pageSizeOptions: [20, 50, 100] }}
            rowProps={(role) => ({ 'data-test-subj': `roleRow-${role.name}` })}
          />
        )}
      </EuiPageTemplate.Section>
      {flyout.mode !== 'closed' && (
        <RoleFormFlyout
          role={flyout.mode === 'edit' ? flyout.role : undefined}
          existingNames={(roles.data ?? []).map((role) => role.name)}
          isSaving={saveRole.isPending}
          serverError={saveRole.error ? getErrorMessage(saveRole.error) : undefined}
          onSave={onSave}
          onClose={() => setFlyout({ mode: 'closed' })}
        />
      )}
      {toDelete && (
        <ConfirmDeleteModal
          kind="role"
          name={toDelete.name}
          consequence="Users who hold it lose what it grants at their next request."
          isDeleting={deleteRole.isPending}
          onCancel={() => setToDelete(undefined)}
          onConfirm={() => onDelete(toDelete)}
        />
      )}
    </>
  );
}
