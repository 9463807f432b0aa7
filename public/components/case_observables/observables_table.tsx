/**
 * The case's observables: type, value (copyable), description, when added, and how many other
 * cases of the space hold the same value (a link to them). Edit and delete are offered only to
 * a caller who may update the case.
 */
import { EuiBadge, EuiButtonIcon, EuiCopy, EuiFlexGroup, EuiFlexItem, EuiInMemoryTable, EuiLink, EuiText, useEuiTheme, type EuiBasicTableColumn } from '@elastic/eui';
import { AUTO_EXTRACT_OBSERVABLE_DESCRIPTION } from '../../../common/constants';
import type { CaseObservable } from '../../../common/types/domain/observable';
import { FormattedDate } from '../all_cases/formatted_date';

interface ObservablesTableProps {
  observables: CaseObservable[];
  labelOf: (typeKey: string) => string;
  /** Other cases holding each value; undefined while they are counted (or could not be). */
  seenIn: (observable: CaseObservable) => number | undefined;
  onSearchValue(value: string): void;
  /** Absent for a caller who may not update the case. */
  onEdit?: (observable: CaseObservable) => void;
  onDelete?: (observable: CaseObservable) => void;
  noItemsMessage: string;
}

function ValueCell({ value }: { value: string }) {
  const { euiTheme } = useEuiTheme();
  return (
    <EuiFlexGroup gutterSize="xs" alignItems="center" responsive={false} wrap={false} css={{ minWidth: 0 }}>
      <EuiFlexItem css={{ minWidth: 0 }}>
        <span css={{ fontFamily: euiTheme.font.familyCode, overflowWrap: 'anywhere' }} data-test-subj="case-observable-value">
          {value}
        </span>
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiCopy textToCopy={value}>
          {(copy) => <EuiButtonIcon iconType="copy" size="xs" onClick={copy} aria-label={`Copy ${value}`} data-test-subj="case-observable-copy" />}
        </EuiCopy>
      </EuiFlexItem>
    </EuiFlexGroup>
  );
}

function SeenInCell({ count, value, onSearchValue }: { count: number | undefined; value: string; onSearchValue(value: string): void }) {
  if (count === undefined) return <span data-test-subj="case-observable-seen-in">—</span>;
  if (count === 0) {
    return (
      <EuiText size="s" color="subdued" data-test-subj="case-observable-seen-in">
        No other case
      </EuiText>
    );
  }
  return (
    <EuiLink onClick={() => onSearchValue(value)} css={{ whiteSpace: 'nowrap' }} data-test-subj="case-observable-seen-in">
      Seen in {count} other {count === 1 ? 'case' : 'cases'}
    </EuiLink>
  );
}

function columns({ labelOf, seenIn, onSearchValue, onEdit, onDelete }: ObservablesTableProps): Array<EuiBasicTableColumn<CaseObservable>> {
  const list: Array<EuiBasicTableColumn<CaseObservable>> = [
    { field: 'typeKey', name: 'Type', width: '8em', sortable: (o: CaseObservable) => labelOf(o.typeKey), render: (typeKey: string) => labelOf(typeKey) },
    { field: 'value', name: 'Value', sortable: true, render: (value: string) => <ValueCell value={value} /> },
    {
      field: 'description',
      name: 'Description',
      render: (description: string | null) =>
        description === AUTO_EXTRACT_OBSERVABLE_DESCRIPTION ? (
          <EuiBadge color="hollow" iconType="sparkles" data-test-subj="case-observable-auto-extracted">
            Auto extracted
          </EuiBadge>
        ) : (
          <span css={{ overflowWrap: 'anywhere' }}>{description || '—'}</span>
        ),
    },
    { field: 'createdAt', name: 'Added', width: '7em', sortable: true, render: (createdAt: string) => <FormattedDate value={createdAt} /> },
    {
      name: 'Other cases',
      width: '13em',
      render: (observable: CaseObservable) => <SeenInCell count={seenIn(observable)} value={observable.value} onSearchValue={onSearchValue} />,
    },
  ];
  if (onEdit && onDelete) {
    list.push({
      name: 'Actions',
      width: '80px',
      actions: [
        { name: 'Edit', description: 'Edit this observable', icon: 'pencil', type: 'icon', onClick: onEdit, 'data-test-subj': 'case-observable-edit' },
        { name: 'Delete', description: 'Delete this observable', icon: 'trash', type: 'icon', color: 'danger', onClick: onDelete, 'data-test-subj': 'case-observable-delete' },
      ],
    });
  }
  return list;
}

export function ObservablesTable(props: ObservablesTableProps) {
  return (
    <EuiInMemoryTable
      tableCaption="Observables of this case"
      items={props.observables}
      itemId="id"
      columns={columns(props)}
      sorting={{ sort: { field: 'createdAt', direction: 'desc' } }}
      rowProps={(observable: CaseObservable) => ({ 'data-test-subj': `case-observable-row-${observable.id}` })}
      noItemsMessage={props.noItemsMessage}
      data-test-subj="case-observables-table"
    />
  );
}
