import { EuiText, type EuiBasicTableColumn } from '@elastic/eui';
import type { Case } from '../../../common/types/domain/case';
import type { UserProfile } from '../../../common/core/user_profile';
import { SeverityBadge } from '../severity/severity_badge';
import { StatusBadge } from '../status/status_badge';
import { AssigneesColumn } from './assignees_column';
import { CaseDetailsLink } from './case_details_link';
import { type CaseDialog } from './case_dialogs';
import { FormattedDate } from './formatted_date';
import { RowActions } from './row_actions';
import { TagsColumn } from './tags_column';
import { type useCaseActions } from './use_case_actions';

interface ColumnsArgs {
  profiles: Map<string, UserProfile>;
  showClosedAt: boolean;
  actions: ReturnType<typeof useCaseActions>;
  openDialog: (dialog: CaseDialog) => void;
}

/**
 * The table's columns. Sortable columns use the find API's sort field names as their `field`,
 * so the table's sort criteria go to the server unchanged.
 */
export function casesColumns({ profiles, showClosedAt, actions, openDialog }: ColumnsArgs): Array<EuiBasicTableColumn<Case>> {
  const columns: Array<EuiBasicTableColumn<Case> | false> = [
    {
      field: 'incremental_id',
      name: '#',
      width: '64px',
      render: (_: unknown, c: Case) => <span data-test-subj="case-table-column-number">#{c.incremental_id}</span>,
    },
    {
      field: 'title',
      name: 'Name',
      sortable: true,
      truncateText: true,
      width: '18em',
      render: (_: unknown, c: Case) => <CaseDetailsLink caseId={c.id}>{c.title}</CaseDetailsLink>,
    },
    {
      field: 'assignees',
      name: 'Assignees',
      render: (_: unknown, c: Case) => <AssigneesColumn assignees={c.assignees} profiles={profiles} />,
    },
    { field: 'tags', name: 'Tags', width: '14em', render: (_: unknown, c: Case) => <TagsColumn tags={c.tags} /> },
    {
      field: 'totalComment',
      name: 'Comments',
      align: 'right',
      width: '90px',
      render: (_: unknown, c: Case) => <span data-test-subj="case-table-column-comments">{c.totalComment}</span>,
    },
    {
      field: 'category',
      name: 'Category',
      truncateText: true,
      render: (_: unknown, c: Case) => (
        <EuiText size="s" color={c.category ? undefined : 'subdued'} data-test-subj="case-table-column-category">
          {c.category ?? '—'}
        </EuiText>
      ),
    },
    {
      field: 'createdAt',
      name: 'Created on',
      sortable: true,
      render: (_: unknown, c: Case) => <FormattedDate value={c.created_at} data-test-subj="case-table-column-createdAt" />,
    },
    {
      field: 'updatedAt',
      name: 'Updated on',
      sortable: true,
      render: (_: unknown, c: Case) => <FormattedDate value={c.updated_at} data-test-subj="case-table-column-updatedAt" />,
    },
    showClosedAt && {
      field: 'closedAt',
      name: 'Closed on',
      sortable: true,
      render: (_: unknown, c: Case) => <FormattedDate value={c.closed_at} data-test-subj="case-table-column-closedAt" />,
    },
    {
      field: 'severity',
      name: 'Severity',
      sortable: true,
      render: (_: unknown, c: Case) => <SeverityBadge severity={c.severity} />,
    },
    { field: 'status', name: 'Status', sortable: true, render: (_: unknown, c: Case) => <StatusBadge status={c.status} /> },
    {
      name: 'Actions',
      align: 'right',
      width: '72px',
      render: (c: Case) => <RowActions theCase={c} actions={actions} openDialog={openDialog} />,
    },
  ];
  return columns.filter((column): column is EuiBasicTableColumn<Case> => column !== false);
}
