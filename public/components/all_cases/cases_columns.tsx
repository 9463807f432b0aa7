import { EuiText, EuiToolTip, type EuiBasicTableColumn } from '@elastic/eui';
import type { Case } from '../../../common/types/domain/case';
import type { CustomFieldConfiguration } from '../../../common/types/domain/configure';
import type { UserProfile } from '../../../common/core/user_profile';
import { formatCustomFieldValue } from '../custom_fields/custom_field_value';
import { SeverityBadge } from '../severity/severity_badge';
import { StatusBadge } from '../status/status_badge';
import { AssigneesColumn } from './assignees_column';
import { CaseDetailsLink } from './case_details_link';
import { CASE_COLUMNS, type CaseColumnId } from './case_columns_config';
import { type CaseDialog } from './case_dialogs';
import { FormattedDate } from './formatted_date';
import { RowActions } from './row_actions';
import { TagsColumn } from './tags_column';
import { type useCaseActions } from './use_case_actions';
import { customColumnDefinitions } from './use_table_columns';

interface ColumnsArgs {
  profiles: Map<string, UserProfile>;
  /** The data columns to show (ids, custom field keys), after the picker, the width and the "Closed on" rule. */
  shown: Set<string>;
  /** The owner's custom fields, each an optional column after the built-in ones. */
  customFields: readonly CustomFieldConfiguration[];
  actions: ReturnType<typeof useCaseActions>;
  openDialog: (dialog: CaseDialog) => void;
}

type Column = EuiBasicTableColumn<Case>;

/** "Nov 30" or "Nov 30, 2025"; the header "Created on" with its sort arrow is the wider. */
const DATE_WIDTH = '100px';

/**
 * Every column but Name has a width, so with the table's fixed layout Name takes all the width
 * left: titles are what an analyst reads, dates and badges need only their own few characters.
 * Each width is its content's plus the cell padding (16 px), no more: every pixel spare in a
 * fixed column is a pixel less of title.
 * Sortable columns use the find API's sort field names as their `field`, so the table's sort
 * criteria go to the server unchanged.
 */
function dataColumns(profiles: Map<string, UserProfile>): Record<CaseColumnId, Column> {
  const date = (field: 'createdAt' | 'updatedAt' | 'closedAt', name: string, value: (c: Case) => string | null): Column => ({
    field,
    name,
    sortable: true,
    width: DATE_WIDTH,
    render: (_: unknown, c: Case) => <FormattedDate value={value(c)} data-test-subj={`case-table-column-${field}`} />,
  });
  return {
    incremental_id: {
      field: 'incremental_id',
      name: '#',
      width: '56px',
      // On a card "#31" needs no "#" label above it.
      mobileOptions: { header: false },
      render: (_: unknown, c: Case) => <span data-test-subj="case-table-column-number">#{c.incremental_id}</span>,
    },
    title: {
      field: 'title',
      name: 'Name',
      sortable: true,
      truncateText: true,
      mobileOptions: { header: false, width: '100%' },
      render: (_: unknown, c: Case) => (
        <EuiToolTip content={c.title} anchorClassName="eui-textTruncate" anchorProps={{ css: { display: 'block' } }}>
          <CaseDetailsLink caseId={c.id}>{c.title}</CaseDetailsLink>
        </EuiToolTip>
      ),
    },
    assignees: {
      field: 'assignees',
      name: 'Assignees',
      // Three avatars at most: two and "+N" when there are more.
      width: '96px',
      render: (_: unknown, c: Case) => <AssigneesColumn assignees={c.assignees} profiles={profiles} />,
    },
    tags: { field: 'tags', name: 'Tags', width: '168px', render: (_: unknown, c: Case) => <TagsColumn tags={c.tags} /> },
    totalComment: {
      field: 'totalComment',
      name: 'Comments',
      align: 'right',
      width: '80px',
      render: (_: unknown, c: Case) => <span data-test-subj="case-table-column-comments">{c.totalComment}</span>,
    },
    category: {
      field: 'category',
      name: 'Category',
      truncateText: true,
      width: '104px',
      render: (_: unknown, c: Case) => (
        <EuiText size="s" color={c.category ? undefined : 'subdued'} className="eui-textTruncate" title={c.category ?? undefined} data-test-subj="case-table-column-category">
          {c.category ?? '—'}
        </EuiText>
      ),
    },
    createdAt: date('createdAt', 'Created on', (c) => c.created_at),
    updatedAt: date('updatedAt', 'Updated on', (c) => c.updated_at),
    closedAt: date('closedAt', 'Closed on', (c) => c.closed_at),
    severity: {
      field: 'severity',
      name: 'Severity',
      sortable: true,
      width: '96px',
      render: (_: unknown, c: Case) => <SeverityBadge severity={c.severity} />,
    },
    status: {
      field: 'status',
      name: 'Status',
      sortable: true,
      // "In progress", the widest badge.
      width: '104px',
      render: (_: unknown, c: Case) => <StatusBadge status={c.status} />,
    },
  };
}

/**
 * A custom field's value as text, by its definition's type. A case from before the field was
 * defined has no entry for it: that reads as a null value does.
 */
function customFieldColumn({ key, label, type }: CustomFieldConfiguration): Column {
  return {
    field: `customFields.${key}`,
    name: label,
    // Room for "Not defined" and a short text; longer values are cut with their full text on hover.
    width: '120px',
    truncateText: true,
    render: (_: unknown, c: Case) => {
      const stored = c.customFields.find((field) => field.key === key);
      const field = { type: stored?.type ?? type, value: stored?.value ?? null };
      const text = formatCustomFieldValue(field);
      return (
        <EuiText
          size="s"
          color={field.value === null ? 'subdued' : undefined}
          className="eui-textTruncate"
          title={text}
          data-test-subj={`case-table-column-custom-field-${key}`}
        >
          {text}
        </EuiText>
      );
    },
  };
}

/** The table's columns: the shown data columns in their fixed order, the shown custom fields, then the row actions. */
export function casesColumns({ profiles, shown, customFields, actions, openDialog }: ColumnsArgs): Column[] {
  const byId = dataColumns(profiles);
  const columns: Column[] = CASE_COLUMNS.filter(({ id }) => shown.has(id)).map(({ id }) => byId[id]);
  for (const definition of customColumnDefinitions(customFields)) if (shown.has(definition.key)) columns.push(customFieldColumn(definition));
  columns.push({
    name: 'Actions',
    align: 'right',
    width: '56px',
    render: (c: Case) => <RowActions theCase={c} actions={actions} openDialog={openDialog} />,
  });
  return columns;
}
