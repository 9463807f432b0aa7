import { useEffect, useMemo, useState } from 'react';
import { EuiBasicTable, type Criteria } from '@elastic/eui';
import { MAX_DOCS_PER_PAGE } from '../../../common/constants';
import type { CasesFindResponse } from '../../../common/types/api/case';
import type { Case } from '../../../common/types/domain/case';
import type { CustomFieldConfiguration } from '../../../common/types/domain/configure';
import { useBulkGetUserProfiles } from '../../containers/use_user_profiles';
import { canBulkEdit, intersectCapabilities, unionCapabilities, useCasesCapabilitiesByOwner } from '../capabilities/use_cases_capabilities';
import { casesColumns } from './cases_columns';
import { CaseDialogs, type CaseDialog } from './case_dialogs';
import { CasesUtilityBar } from './cases_utility_bar';
import { ColumnsPopover } from './columns_popover';
import { useCaseActions } from './use_case_actions';
import { useHiddenByWidth } from './use_hidden_by_width';
import { customColumnDefinitions, useTableColumns } from './use_table_columns';
import { PAGE_SIZE_OPTIONS, TABLE_SORT_FIELDS, type AllCasesState, type TableSortField } from './url_state';

interface CasesTableProps {
  data: CasesFindResponse;
  state: AllCasesState;
  /** The owner's custom fields, offered as optional columns. */
  customFieldDefinitions: readonly CustomFieldConfiguration[];
  isFetching: boolean;
  onChange: (patch: Partial<AllCasesState>) => void;
  onRefresh: () => void;
}

export function CasesTable({ data, state, customFieldDefinitions, isFetching, onChange, onRefresh }: CasesTableProps) {
  const actions = useCaseActions();
  const [selectedIds, setSelectedIds] = useState<Set<string>>(new Set());
  const [dialog, setDialog] = useState<CaseDialog>(null);
  const cases = data.cases;
  // Selection is by id and read from the current page, so a refresh hands the bulk actions the
  // latest versions; rows that left the page drop out of it.
  const selected = useMemo(() => cases.filter((c) => selectedIds.has(c.id)), [cases, selectedIds]);
  const clearSelection = () => setSelectedIds(new Set());
  // Bulk actions offer what every selected case's owner allows; with nothing selected (the button
  // is disabled then), what some row's owner allows, so the button shows where it can be used.
  const permissionsOf = useCasesCapabilitiesByOwner();
  const bulkPermissions =
    selected.length > 0 ? intersectCapabilities(selected.map((c) => permissionsOf(c.owner))) : unionCapabilities(cases.map((c) => permissionsOf(c.owner)));
  // A row nothing can be done to in bulk has no checkbox; with no such row, no checkbox column.
  const isSelectable = (c: Case) => canBulkEdit(permissionsOf(c.owner));
  const anySelectable = cases.some(isSelectable);

  const uids = useMemo(() => [...new Set(cases.flatMap((c) => c.assignees.map((a) => a.uid)))], [cases]);
  const profilesQuery = useBulkGetUserProfiles(uids);
  const profiles = useMemo(() => new Map((profilesQuery.data ?? []).map((p) => [p.uid, p])), [profilesQuery.data]);

  // "Closed on" only where a closing date can appear: when closed cases are asked for, or when
  // some row is closed (no status filter). Filtering on open cases hides an always-empty column.
  const showClosedAt = state.status.includes('closed') || cases.some((c) => c.status === 'closed');
  const tableColumns = useTableColumns(customFieldDefinitions);
  const customKeys = useMemo(() => customColumnDefinitions(customFieldDefinitions).map(({ key }) => key), [customFieldDefinitions]);
  const hiddenByWidth = useHiddenByWidth(customKeys);
  const shown = new Set<string>(
    [...tableColumns.visible].filter((id) => !hiddenByWidth.has(id) && (id !== 'closedAt' || showClosedAt)),
  );
  const columns = casesColumns({ profiles, shown, customFields: customFieldDefinitions, actions, openDialog: setDialog });

  // A page past the end (cases deleted since the link was made) would show an empty table.
  const lastPage = Math.max(1, Math.ceil(Math.min(data.total, MAX_DOCS_PER_PAGE) / state.perPage));
  useEffect(() => {
    if (!isFetching && cases.length === 0 && data.total > 0 && state.page > lastPage) onChange({ page: lastPage });
  }, [isFetching, cases.length, data.total, state.page, lastPage, onChange]);

  const onTableChange = ({ page, sort }: Criteria<Case>) => {
    const sortField = sort?.field as string | undefined;
    if (sort && sortField && (TABLE_SORT_FIELDS as readonly string[]).includes(sortField)) {
      if (sortField !== state.sortField || sort.direction !== state.sortOrder) {
        onChange({ sortField: sortField as TableSortField, sortOrder: sort.direction });
        return;
      }
    }
    if (page) {
      if (page.size !== state.perPage) onChange({ perPage: page.size });
      else if (page.index + 1 !== state.page) onChange({ page: page.index + 1 });
    }
  };

  const first = data.total === 0 ? 0 : (state.page - 1) * state.perPage + 1;
  const last = Math.min(data.total, (state.page - 1) * state.perPage + cases.length);

  return (
    <>
      <CasesUtilityBar
        first={first}
        last={last}
        total={data.total}
        selected={selected}
        actions={actions}
        openDialog={setDialog}
        onBulkDone={clearSelection}
        onRefresh={onRefresh}
        isFetching={isFetching}
        bulkPermissions={bulkPermissions}
        columnsPicker={<ColumnsPopover columns={tableColumns.columns} hiddenByWidth={hiddenByWidth} onChange={tableColumns.setVisible} />}
      />
      <EuiBasicTable<Case>
        items={cases}
        itemId="id"
        columns={columns}
        loading={isFetching}
        tableCaption="Cases"
        rowHeader="title"
        noItemsMessage="No cases found"
        selection={
          anySelectable
            ? { selected, selectable: isSelectable, onSelectionChange: (items) => setSelectedIds(new Set(items.map((c) => c.id))) }
            : undefined
        }
        sorting={{ sort: { field: state.sortField as keyof Case, direction: state.sortOrder } }}
        pagination={{
          pageIndex: state.page - 1,
          pageSize: state.perPage,
          totalItemCount: Math.min(data.total, MAX_DOCS_PER_PAGE),
          pageSizeOptions: PAGE_SIZE_OPTIONS,
        }}
        onChange={onTableChange}
        // Below EUI's `l` breakpoint (992 px) rows become cards: at 768 px even the kept columns
        // would not fit side by side.
        responsiveBreakpoint="l"
        rowProps={(c) => ({ 'data-test-subj': `cases-table-row-${c.id}` })}
        data-test-subj="cases-table"
      />
      <CaseDialogs dialog={dialog} actions={actions} onClose={() => setDialog(null)} onDone={clearSelection} />
    </>
  );
}
