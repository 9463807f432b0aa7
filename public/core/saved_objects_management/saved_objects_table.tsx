import { type MouseEvent } from 'react';
import { EuiBasicTable, EuiFlexGroup, EuiFlexItem, EuiIcon, EuiLink, EuiText, EuiToolTip, formatDate, type Criteria, type EuiBasicTableColumn } from '@elastic/eui';
import { useCapabilities } from '../capabilities/use_capabilities';
import { useCore } from '../core_context';
import { getSpaceBasePath } from '../space_url';
import { hasCapabilityPath } from './capabilities';
import { objectKey } from './outcome';
import { objectTitle, typeDisplayName, typeIcon } from './type_display';
import { type AllowedType, type FindSavedObjectsQuery, type ManagementSavedObject } from './types';

export type TableSort = Pick<FindSavedObjectsQuery, 'sortField' | 'sortOrder'>;

interface SavedObjectsTableProps {
  items: ManagementSavedObject[];
  total: number;
  isLoading: boolean;
  allowedTypes: AllowedType[];
  pageIndex: number;
  pageSize: number;
  sort: TableSort;
  selected: ManagementSavedObject[];
  onSelectionChange(selected: ManagementSavedObject[]): void;
  onTableChange(change: { pageIndex: number; pageSize: number; sort: TableSort }): void;
  /** Present when the caller may copy objects into other spaces. */
  onCopyToSpace?(object: ManagementSavedObject): void;
}

function TitleCell({ object }: { object: ManagementSavedObject }) {
  const core = useCore();
  const capabilities = useCapabilities();
  const title = objectTitle(object);
  const inApp = object.meta.inAppUrl;
  // A link only where the caller may open it, as Kibana checks the url's capability.
  if (!inApp || !hasCapabilityPath(capabilities, inApp.uiCapabilitiesPath)) return <EuiText size="s">{title}</EuiText>;
  const href = `${getSpaceBasePath(core.spaceId)}${inApp.path}`;
  const open = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    core.navigateToUrl(href);
  };
  return (
    <EuiLink href={href} onClick={open} data-test-subj={`saved-object-title-${object.type}-${object.id}`}>
      {title}
    </EuiLink>
  );
}

/** The space's exportable objects, a server page at a time. */
export function SavedObjectsTable(props: SavedObjectsTableProps) {
  const { allowedTypes, onCopyToSpace } = props;
  const columns: Array<EuiBasicTableColumn<ManagementSavedObject>> = [
    {
      field: 'type',
      name: 'Type',
      width: '64px',
      align: 'center',
      sortable: true,
      render: (type: string) => {
        const name = typeDisplayName(type, allowedTypes);
        return (
          <EuiToolTip content={name}>
            <EuiIcon type={typeIcon(type)} aria-label={name} size="m" data-test-subj={`saved-object-type-icon-${type}`} />
          </EuiToolTip>
        );
      },
    },
    { field: 'meta.title', name: 'Title', render: (_title: string, object: ManagementSavedObject) => <TitleCell object={object} /> },
    {
      field: 'updated_at',
      name: 'Last updated',
      width: '220px',
      sortable: true,
      render: (updatedAt?: string) => (updatedAt ? formatDate(updatedAt, 'MMM D, YYYY @ HH:mm:ss') : '—'),
    },
    ...(onCopyToSpace
      ? [
          {
            name: 'Actions',
            width: '80px',
            actions: [
              {
                name: 'Copy to space',
                description: 'Copy this object into other spaces',
                icon: 'copy' as const,
                type: 'icon' as const,
                onClick: (object: ManagementSavedObject) => onCopyToSpace(object),
                'data-test-subj': 'saved-object-copy-to-space',
              },
            ],
          } satisfies EuiBasicTableColumn<ManagementSavedObject>,
        ]
      : []),
  ];
  return (
    <EuiBasicTable<ManagementSavedObject>
      tableCaption="Saved objects"
      items={props.items}
      itemId={objectKey}
      columns={columns}
      loading={props.isLoading}
      noItemsMessage={props.isLoading ? 'Loading saved objects…' : 'No saved objects match.'}
      rowProps={(object) => ({ 'data-test-subj': `saved-object-row-${object.type}-${object.id}` })}
      pagination={{ pageIndex: props.pageIndex, pageSize: props.pageSize, totalItemCount: props.total, pageSizeOptions: [20, 50, 100] }}
      sorting={props.sort.sortField ? { sort: { field: props.sort.sortField, direction: props.sort.sortOrder ?? 'asc' } } : { sort: undefined }}
      selection={{ selected: props.selected, onSelectionChange: props.onSelectionChange }}
      onChange={({ page, sort }: Criteria<ManagementSavedObject>) =>
        props.onTableChange({
          pageIndex: page?.index ?? props.pageIndex,
          pageSize: page?.size ?? props.pageSize,
          sort: sort ? { sortField: sort.field === 'type' ? 'type' : 'updated_at', sortOrder: sort.direction } : props.sort,
        })
      }
      data-test-subj="saved-objects-table"
    />
  );
}

export function TableRowCount({ total }: { total: number }) {
  return (
    <EuiFlexGroup>
      <EuiFlexItem>
        <EuiText size="xs" color="subdued" data-test-subj="saved-objects-total">
          {total} {total === 1 ? 'object' : 'objects'}
        </EuiText>
      </EuiFlexItem>
    </EuiFlexGroup>
  );
}
