import { EuiButton, EuiButtonEmpty, EuiEmptyPrompt, EuiLoadingSpinner } from '@elastic/eui';
import { useNavigate } from 'react-router-dom';
import { useFindCases } from '../../containers/use_find_cases';
import { useCasesCapabilities } from '../capabilities/use_cases_capabilities';
import { CREATE_CASE_OWNER } from '../create/case_form';

function CreateCaseButton() {
  const navigate = useNavigate();
  return (
    <EuiButton fill iconType="plusCircle" onClick={() => navigate('/create')} data-test-subj="cases-table-add-case">
      Create case
    </EuiButton>
  );
}

/** Filters or search found nothing: the way out is to clear them. */
export function NoMatchingCases({ onClearFilters }: { onClearFilters: () => void }) {
  return (
    <EuiEmptyPrompt
      iconType="search"
      title={<h3>No cases match your search and filters</h3>}
      body={<p>Try other words or fewer filters.</p>}
      actions={
        <EuiButton onClick={onClearFilters} data-test-subj="cases-table-clear-filters">
          Clear filters
        </EuiButton>
      }
      data-test-subj="cases-table-no-matches"
    />
  );
}

/**
 * Nothing in the date range and no other filter. Whether there are cases at all is asked only
 * now (one tiny page), so the usual load costs no extra request.
 */
export function NoCasesInRange({ hasRange, onShowAll }: { hasRange: boolean; onShowAll: () => void }) {
  const anyCase = useFindCases({ perPage: 1, page: 1 });
  const canCreate = useCasesCapabilities(CREATE_CASE_OWNER).create;
  if (hasRange && anyCase.isLoading) return <EuiLoadingSpinner size="l" data-test-subj="cases-table-empty-loading" />;
  if (!hasRange || (anyCase.data?.total ?? 0) === 0) {
    return (
      <EuiEmptyPrompt
        iconType="casesApp"
        title={<h3>No cases yet</h3>}
        body={
          <p>
            {canCreate
              ? 'Create a case to track an investigation, attach findings and work on it with your team.'
              : 'Cases created by your team will show here.'}
          </p>
        }
        actions={canCreate ? <CreateCaseButton /> : undefined}
        data-test-subj="cases-table-empty"
      />
    );
  }
  return (
    <EuiEmptyPrompt
      iconType="calendar"
      title={<h3>No cases in this date range</h3>}
      body={<p>Older cases are outside the selected range.</p>}
      actions={[
        <EuiButton key="all" onClick={onShowAll} data-test-subj="cases-table-show-all">
          Show all cases
        </EuiButton>,
        ...(canCreate ? [<CreateCaseButton key="create" />] : []),
      ]}
      data-test-subj="cases-table-empty-range"
    />
  );
}

export function CasesLoadError({ message, onRetry, isRetrying }: { message: string; onRetry: () => void; isRetrying: boolean }) {
  return (
    <EuiEmptyPrompt
      color="danger"
      iconType="error"
      title={<h3>Could not load cases</h3>}
      body={<p>{message}</p>}
      actions={
        <EuiButtonEmpty onClick={onRetry} isLoading={isRetrying} iconType="refresh" data-test-subj="cases-table-retry">
          Retry
        </EuiButtonEmpty>
      }
      data-test-subj="cases-table-error"
    />
  );
}
