import { useState } from 'react';
import { EuiBadge, EuiButtonEmpty, EuiFieldSearch, EuiSpacer, EuiFlexGroup, EuiFlexItem, EuiIcon, EuiIconTip, EuiInMemoryTable, type EuiBasicTableColumn } from '@elastic/eui';
import { getTypeForm } from './type_forms/registry';
import { type ActionConnector, type ActionConnectorType } from './types';

interface ConnectorsTableProps {
  connectors: ActionConnector[];
  types: ActionConnectorType[];
  isLoading: boolean;
  canSave: boolean;
  canDelete: boolean;
  onEdit(connector: ActionConnector): void;
  onDelete(connector: ActionConnector): void;
}

function NameCell({ connector, onEdit }: { connector: ActionConnector; onEdit(connector: ActionConnector): void }) {
  return (
    <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} wrap>
      <EuiFlexItem grow={false}>
        <EuiButtonEmpty size="s" flush="left" onClick={() => onEdit(connector)} data-test-subj={`connector-name-${connector.id}`}>
          {connector.name}
        </EuiButtonEmpty>
      </EuiFlexItem>
      {connector.is_preconfigured && (
        <EuiFlexItem grow={false}>
          <EuiBadge color="hollow" title="Declared in the server configuration: read-only here." data-test-subj={`connector-preconfigured-${connector.id}`}>
            Preconfigured
          </EuiBadge>
        </EuiFlexItem>
      )}
      {connector.is_deprecated && (
        <EuiFlexItem grow={false}>
          <EuiIconTip type="warning" color="warning" content="This connector is deprecated. Update it, or create a new one." iconProps={{ 'data-test-subj': `connector-deprecated-${connector.id}` }} />
        </EuiFlexItem>
      )}
      {connector.is_missing_secrets && (
        <EuiFlexItem grow={false}>
          <EuiBadge color="warning" iconType="warning" title="Imported without its secrets: open it and enter them again before using it." data-test-subj={`connector-missing-secrets-${connector.id}`}>
            Needs secrets
          </EuiBadge>
        </EuiFlexItem>
      )}
    </EuiFlexGroup>
  );
}

/** The space's connectors, searchable by name, as Kibana's connectors list. */
export function ConnectorsTable({ connectors, types, isLoading, canSave, canDelete, onEdit, onDelete }: ConnectorsTableProps) {
  // By name only, as Kibana's list searches: matching ids or type ids would surprise.
  const [search, setSearch] = useState('');
  const needle = search.trim().toLowerCase();
  const shown = needle ? connectors.filter((connector) => connector.name.toLowerCase().includes(needle)) : connectors;
  const typeName = (id: string) => types.find((type) => type.id === id)?.name ?? id;
  const columns: Array<EuiBasicTableColumn<ActionConnector>> = [
    { field: 'name', name: 'Name', sortable: true, render: (_name: string, connector: ActionConnector) => <NameCell connector={connector} onEdit={onEdit} /> },
    {
      field: 'connector_type_id',
      name: 'Type',
      sortable: (connector: ActionConnector) => typeName(connector.connector_type_id),
      render: (typeId: string) => (
        <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
          <EuiFlexItem grow={false}>
            <EuiIcon type={getTypeForm(typeId)?.iconType ?? 'plugs'} aria-hidden />
          </EuiFlexItem>
          <EuiFlexItem grow={false}>{typeName(typeId)}</EuiFlexItem>
        </EuiFlexGroup>
      ),
    },
    { field: 'referenced_by_count', name: 'Used by', width: '100px', render: (count: number | undefined) => count ?? 0 },
    {
      name: 'Actions',
      width: '96px',
      actions: [
        {
          name: (connector) => (canSave && !connector.is_preconfigured ? 'Edit' : 'View'),
          description: 'Open this connector',
          icon: (connector) => (canSave && !connector.is_preconfigured ? 'pencil' : 'eye'),
          type: 'icon',
          'data-test-subj': (connector) => `connector-edit-${connector.id}`,
          onClick: onEdit,
        },
        {
          name: 'Delete',
          description: 'Delete this connector',
          icon: 'trash',
          type: 'icon',
          color: 'danger',
          // A preconfigured connector lives in the server's configuration: the API refuses to delete it.
          available: () => canDelete,
          enabled: (connector) => !connector.is_preconfigured,
          'data-test-subj': (connector) => `connector-delete-${connector.id}`,
          onClick: onDelete,
        },
      ],
    },
  ];
  return (
    <>
      <EuiFieldSearch fullWidth placeholder="Search connectors by name" value={search} onChange={(event) => setSearch(event.target.value)} aria-label="Search connectors by name" data-test-subj="connectors-search" />
      <EuiSpacer size="m" />
      <EuiInMemoryTable<ActionConnector>
      data-test-subj="connectors-table"
      tableCaption="Connectors"
      responsiveBreakpoint={false}
      items={shown}
      itemId="id"
      columns={columns}
      loading={isLoading}
      noItemsMessage={isLoading ? 'Loading connectors…' : 'No connectors found'}
      sorting={{ sort: { field: 'name', direction: 'asc' } }}
      pagination={{ initialPageSize: 20, pageSizeOptions: [20, 50, 100] }}
      rowProps={(connector) => ({ 'data-test-subj': `connector-row-${connector.id}` })}
      />
    </>
  );
}
