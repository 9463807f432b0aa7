/**
 * The case view's Similar cases tab: the other cases of the space and owner that share at least
 * one observable with this one, most shared first, ten to a page, each with the shared pairs.
 */
import { useEffect, useState } from 'react';
import { EuiBasicTable, EuiButton, EuiCallOut, EuiEmptyPrompt, EuiLink, EuiSpacer, EuiText, type Criteria } from '@elastic/eui';
import { useSearchParams } from 'react-router-dom';
import type { Case } from '../../../common/types/domain/case';
import type { SimilarCase } from '../../containers/similar_cases_api';
import { useSimilarCases } from '../../containers/use_similar_cases';
import { getErrorMessage } from '../../core';
import { similarCasesColumns } from './similar_cases_columns';

const PER_PAGE = 10;

/** Opens the Attachments tab on its Observables section, where the case gets its observables. */
function ObservablesSectionLink() {
  const [, setParams] = useSearchParams();
  return (
    <EuiLink
      onClick={() =>
        setParams((current) => {
          const next = new URLSearchParams(current);
          next.set('tabId', 'observables');
          return next;
        })
      }
      data-test-subj="similar-cases-go-to-observables"
    >
      Add observables
    </EuiLink>
  );
}

function NoSimilarCases({ hasObservables }: { hasObservables: boolean }) {
  return hasObservables ? (
    <EuiEmptyPrompt
      iconType="magnify"
      titleSize="s"
      title={<h3>No similar cases</h3>}
      body={<p>No other case in this space shares an observable with this one.</p>}
      data-test-subj="similar-cases-empty"
    />
  ) : (
    <EuiEmptyPrompt
      iconType="magnify"
      titleSize="s"
      title={<h3>This case has no observables yet</h3>}
      body={
        <p>
          Cases are similar when they share an observable: an IP, a domain, a hash. <ObservablesSectionLink /> to this case, or turn on their
          extraction from alerts, to find the cases it is related to.
        </p>
      }
      data-test-subj="similar-cases-no-observables"
    />
  );
}

export function SimilarCasesTab({ caseData }: { caseData: Case }) {
  const [page, setPage] = useState(1);
  const { data, error, isLoading, isFetching, refetch } = useSimilarCases(caseData.id, { page, perPage: PER_PAGE });
  useEffect(() => setPage(1), [caseData.id]);
  // Cases that stopped sharing (an observable deleted here or there) can leave a later page empty.
  useEffect(() => {
    if (data && page > 1 && data.cases.length === 0) setPage(1);
  }, [data, page]);
  const hasObservables = (caseData.observables ?? []).length > 0;

  if (error) {
    return (
      <EuiCallOut color="danger" iconType="error" title="The similar cases could not be loaded" data-test-subj="similar-cases-error">
        <p>{getErrorMessage(error)}</p>
        <EuiButton size="s" color="danger" onClick={() => void refetch()} data-test-subj="similar-cases-retry">
          Try again
        </EuiButton>
      </EuiCallOut>
    );
  }
  if (data && data.total === 0 && !isFetching) return <NoSimilarCases hasObservables={hasObservables} />;
  return (
    <section aria-label="Similar cases" data-test-subj="similar-cases-tab">
      {data && (
        <EuiText size="s" color="subdued" data-test-subj="similar-cases-total">
          <p>
            {data.total === 1 ? '1 case shares' : `${data.total} cases share`} observables with this one, those sharing the most first.
          </p>
        </EuiText>
      )}
      <EuiSpacer size="s" />
      <EuiBasicTable<SimilarCase>
        tableCaption="Cases sharing observables with this one"
        items={data?.cases ?? []}
        itemId="id"
        columns={similarCasesColumns}
        loading={isLoading || isFetching}
        noItemsMessage={isLoading ? 'Loading similar cases…' : 'No similar cases'}
        pagination={{ pageIndex: page - 1, pageSize: PER_PAGE, totalItemCount: data?.total ?? 0, showPerPageOptions: false }}
        onChange={({ page: next }: Criteria<SimilarCase>) => next && setPage(next.index + 1)}
        rowProps={(similar) => ({ 'data-test-subj': `similar-case-row-${similar.id}` })}
        data-test-subj="similar-cases-table"
      />
    </section>
  );
}
