/**
 * "Where else have we seen this value?": the cases of the space that hold an observable with
 * exactly this value, under any type, newest first, each a link to the case. The value can be
 * changed here without closing the flyout.
 */
import { useEffect, useState } from 'react';
import {
  EuiBadge,
  EuiBasicTable,
  EuiBadgeGroup,
  EuiCallOut,
  EuiFieldSearch,
  EuiFlyout,
  EuiFlyoutBody,
  EuiFlyoutHeader,
  EuiSpacer,
  EuiText,
  EuiTitle,
  type Criteria,
  type EuiBasicTableColumn,
} from '@elastic/eui';
import type { ObservableSearchCase } from '../../containers/observables_api';
import { useObservableSearch } from '../../containers/use_observable_search';
import { getErrorMessage } from '../../core';
import { CaseDetailsLink } from '../all_cases/case_details_link';
import { FormattedDate } from '../all_cases/formatted_date';
import { SeverityBadge } from '../severity/severity_badge';
import { StatusBadge } from '../status/status_badge';

const PER_PAGE = 10;

interface ObservableSearchFlyoutProps {
  value: string;
  /** The case the search started from: marked, since it holds the value too. */
  currentCaseId: string;
  labelOf: (typeKey: string) => string;
  onClose(): void;
}

function columns(currentCaseId: string, labelOf: (typeKey: string) => string): Array<EuiBasicTableColumn<ObservableSearchCase>> {
  return [
    {
      field: 'title',
      name: 'Case',
      render: (title: string, found: ObservableSearchCase) => (
        <span css={{ overflowWrap: 'anywhere' }}>
          <CaseDetailsLink caseId={found.id}>{title}</CaseDetailsLink>
          {found.id === currentCaseId && (
            <>
              {' '}
              <EuiBadge color="hollow" data-test-subj="observable-search-this-case">
                This case
              </EuiBadge>
            </>
          )}
        </span>
      ),
    },
    {
      name: 'Held as',
      render: (found: ObservableSearchCase) => (
        <EuiBadgeGroup gutterSize="xs">
          {[...new Set(found.matches.observables.map((observable) => labelOf(observable.typeKey)))].map((label) => (
            <EuiBadge key={label} color="hollow">
              {label}
            </EuiBadge>
          ))}
        </EuiBadgeGroup>
      ),
    },
    { field: 'status', name: 'Status', width: '110px', render: (status: ObservableSearchCase['status']) => <StatusBadge status={status} /> },
    { field: 'severity', name: 'Severity', width: '100px', render: (severity: ObservableSearchCase['severity']) => <SeverityBadge severity={severity} /> },
    { field: 'created_at', name: 'Created', width: '90px', render: (createdAt: string) => <FormattedDate value={createdAt} /> },
  ];
}

export function ObservableSearchFlyout({ value, currentCaseId, labelOf, onClose }: ObservableSearchFlyoutProps) {
  const [searched, setSearched] = useState(value);
  const [page, setPage] = useState(1);
  useEffect(() => {
    setSearched(value);
    setPage(1);
  }, [value]);
  const { data, error, isFetching } = useObservableSearch({ value: searched, page, perPage: PER_PAGE });

  return (
    <EuiFlyout onClose={onClose} size="m" ownFocus aria-labelledby="observable-search-title" data-test-subj="observable-search-flyout">
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="s">
          <h2 id="observable-search-title">Where else have we seen this value?</h2>
        </EuiTitle>
        <EuiSpacer size="s" />
        <EuiFieldSearch
          fullWidth
          defaultValue={value}
          key={value}
          placeholder="An observable value: 203.0.113.7, evil.example.com, a hash…"
          onSearch={(next) => {
            setSearched(next.trim());
            setPage(1);
          }}
          isClearable
          aria-label="Observable value to look for"
          data-test-subj="observable-search-flyout-input"
        />
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        {error ? (
          <EuiCallOut color="danger" iconType="error" title="The cases could not be searched" data-test-subj="observable-search-error">
            <p>{getErrorMessage(error)}</p>
          </EuiCallOut>
        ) : (
          <>
            {data && searched !== '' && (
              <EuiText size="s" color="subdued" data-test-subj="observable-search-total">
                <p>
                  {data.total === 1 ? '1 case holds' : `${data.total} cases hold`} <code>{searched}</code>
                </p>
              </EuiText>
            )}
            <EuiSpacer size="s" />
            <EuiBasicTable
              tableCaption={`Cases holding ${searched}`}
              items={searched === '' ? [] : (data?.cases ?? [])}
              itemId="id"
              columns={columns(currentCaseId, labelOf)}
              loading={isFetching}
              rowProps={(found: ObservableSearchCase) => ({ 'data-test-subj': `observable-search-row-${found.id}` })}
              noItemsMessage={searched === '' ? 'Type a value to look for.' : isFetching ? 'Searching…' : 'No case of this space holds this value.'}
              pagination={{ pageIndex: page - 1, pageSize: PER_PAGE, totalItemCount: data?.total ?? 0, showPerPageOptions: false }}
              onChange={({ page: next }: Criteria<ObservableSearchCase>) => next && setPage(next.index + 1)}
              data-test-subj="observable-search-table"
            />
          </>
        )}
      </EuiFlyoutBody>
    </EuiFlyout>
  );
}
