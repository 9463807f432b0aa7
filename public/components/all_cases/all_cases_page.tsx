import { useCallback } from 'react';
import { EuiButton, EuiButtonEmpty, EuiFlexGroup, EuiFlexItem, EuiLoadingSpinner, EuiPageTemplate, EuiSpacer } from '@elastic/eui';
import { useNavigate } from 'react-router-dom';
import { useFindCases } from '../../containers/use_find_cases';
import { useInvalidateCases } from '../../containers/use_invalidate_cases';
import { useCasesCapabilities } from '../capabilities/use_cases_capabilities';
import { CREATE_CASE_OWNER } from '../create/case_form';
import { CasesMetrics } from './cases_metrics';
import { CasesSearch } from './cases_search';
import { CasesTable } from './cases_table';
import { CasesLoadError, NoCasesInRange, NoMatchingCases } from './cases_table_empty';
import { DateRangeFilter } from './lazy_date_range_filter';
import { TableFilters } from './table_filters';
import { useAllCasesState } from './use_all_cases_state';
import { useCasesListRequest } from './use_cases_list_request';
import { hasActiveFilters, type AllCasesState, type FilterKey, type ToggleFilterOption } from './url_state';

function CasesTableSection({ state, update, clearFilters }: ReturnType<typeof useAllCasesState>) {
  const list = useCasesListRequest(state);
  const find = useFindCases(list.request, { enabled: list.enabled });
  const invalidate = useInvalidateCases();
  const onChange = useCallback((patch: Partial<AllCasesState>) => update(patch), [update]);

  let body;
  if (find.isError && !find.data) {
    body = <CasesLoadError message={find.error.message} onRetry={() => find.refetch()} isRetrying={find.isFetching} />;
  } else if (!find.data) {
    body = (
      <EuiFlexGroup justifyContent="center" data-test-subj="cases-table-loading">
        <EuiLoadingSpinner size="xl" aria-label="Loading cases" />
      </EuiFlexGroup>
    );
  } else if (find.data.total === 0 && !find.isPlaceholderData) {
    body = hasActiveFilters(state) ? (
      <NoMatchingCases onClearFilters={clearFilters} />
    ) : (
      <NoCasesInRange hasRange={state.from !== null} onShowAll={() => update({ from: null, to: null })} />
    );
  } else {
    body = (
      <CasesTable
        data={find.data}
        state={state}
        customFieldDefinitions={list.definitions}
        isFetching={find.isFetching}
        onChange={onChange}
        onRefresh={invalidate}
      />
    );
  }

  return (
    <>
      <CasesMetrics counts={find.data} isLoadingCounts={!find.data && find.isLoading} from={state.from} to={state.to} />
      <EuiSpacer size="m" />
      {/* The search has a row of its own: the date picker grows as it opens (start → end), and
          beside it the search box was squeezed until its placeholder was cut. */}
      <CasesSearch value={state.search} onSearch={(search) => update({ search })} />
      <EuiSpacer size="s" />
      <EuiFlexGroup gutterSize="s" alignItems="center" justifyContent="spaceBetween" wrap data-test-subj="cases-filters-row">
        <EuiFlexItem grow={false}>
          <TableFilters
            filters={state}
            onChange={(key: FilterKey, values: string[]) => update({ [key]: values })}
            loadOptions={find.data !== undefined}
            customFieldDefinitions={list.definitions}
            onCustomFieldChange={(key: string, options: ToggleFilterOption[]) =>
              update({ customFields: { ...state.customFields, [key]: options } })
            }
          />
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <DateRangeFilter from={state.from} to={state.to} onChange={(range) => update(range)} />
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiSpacer size="m" />
      {body}
    </>
  );
}

/** The all-cases list: what analysts keep open all day, so every view is a shareable URL. */
export function AllCasesPage() {
  const navigate = useNavigate();
  const view = useAllCasesState();
  // New cases and the settings are the app owner's: its privileges decide both buttons.
  const permissions = useCasesCapabilities(CREATE_CASE_OWNER);
  const headerActions = [
    permissions.create && (
      <EuiButton key="create" fill iconType="plusCircle" onClick={() => navigate('/create')} data-test-subj="createNewCaseBtn">
        Create case
      </EuiButton>
    ),
    permissions.settings && (
      <EuiButtonEmpty key="configure" iconType="gear" onClick={() => navigate('/configure')} data-test-subj="configure-case-button">
        Settings
      </EuiButtonEmpty>
    ),
  ].filter((item) => item !== false);
  return (
    <EuiPageTemplate panelled={false} restrictWidth={false} data-test-subj="all-cases-page">
      <EuiPageTemplate.Header pageTitle="Cases" rightSideItems={headerActions} />
      <EuiPageTemplate.Section>
        <CasesTableSection {...view} />
      </EuiPageTemplate.Section>
    </EuiPageTemplate>
  );
}
