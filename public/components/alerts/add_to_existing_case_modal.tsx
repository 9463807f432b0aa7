import { useMemo, useState } from 'react';
import {
  EuiBasicTable,
  EuiButton,
  EuiButtonEmpty,
  EuiCallOut,
  EuiFilterGroup,
  EuiFlexGroup,
  EuiFlexItem,
  EuiModal,
  EuiModalBody,
  EuiModalFooter,
  EuiModalHeader,
  EuiModalHeaderTitle,
  EuiToolTip,
  useGeneratedHtmlId,
  type CriteriaWithPagination,
  type EuiBasicTableColumn,
} from '@elastic/eui';
import type { CaseStatus } from '../../../common/constants';
import type { CasesFindRequest } from '../../../common/types/api/case';
import type { Case } from '../../../common/types/domain/case';
import { getErrorMessage } from '../../core';
import { useFindCases } from '../../containers/use_find_cases';
import { useCasesContainingAlerts } from '../../containers/use_cases_containing_alerts';
import { CasesSearch } from '../all_cases/cases_search';
import { FormattedDate } from '../all_cases/formatted_date';
import { MultiSelectFilter } from '../all_cases/multi_select_filter';
import { SeverityBadge } from '../severity/severity_badge';
import { StatusBadge } from '../status/status_badge';
import { statusLabel, statusOptions } from '../status/status_labels';
import type { CaseAttachmentSelection } from './case_attachment_selection';

const PAGE_SIZE = 10;

const NO_DOCUMENTS: string[] = [];

interface AddToExistingCaseModalProps {
  selection: CaseAttachmentSelection;
  onClose: () => void;
  onSelect: (theCase: Case) => void;
  /** The case being attached to, while the request runs. */
  pendingCaseId?: string;
}

/** Why a case cannot take the selection, or undefined when it can. */
function disabledReason(theCase: Case, containing: Set<string> | undefined, selection: CaseAttachmentSelection): string | undefined {
  if (theCase.status === 'closed') return `A closed case cannot take the ${selection.noun}. Reopen it first.`;
  if (selection.documents && containing?.has(theCase.id)) return `This case already holds every selected ${selection.documents.kind}.`;
  return undefined;
}

/**
 * Kibana's case selector: the cases of this space, searchable and paged, with a Select button on
 * each. Closed cases and those already holding every selected alert or event are disabled, as in Kibana;
 * a chart is not checked (a case may hold it twice, over two time ranges), so nothing is asked for it.
 */
export function AddToExistingCaseModal({ selection, onClose, onSelect, pendingCaseId }: AddToExistingCaseModalProps) {
  const titleId = useGeneratedHtmlId({ prefix: 'addToExistingCase' });
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<CaseStatus[]>([]);
  const [page, setPage] = useState(1);
  const request = useMemo<CasesFindRequest>(
    () => ({
      ...(search.trim() ? { search } : {}),
      ...(status.length > 0 ? { status } : {}),
      sortField: 'updatedAt',
      sortOrder: 'desc',
      page,
      perPage: PAGE_SIZE,
    }),
    [search, status, page],
  );
  const cases = useFindCases(request);
  const items = cases.data?.cases ?? [];
  // An empty id list asks nothing: the check is skipped for what is not alerts or events.
  const containing = useCasesContainingAlerts(selection.documents?.ids ?? NO_DOCUMENTS, items.map((c) => c.id));

  const columns: Array<EuiBasicTableColumn<Case>> = [
    { field: 'title', name: 'Name', truncateText: true, render: (_: unknown, c: Case) => <span data-test-subj="cases-table-row-title">{c.title}</span> },
    { field: 'totalAlerts', name: 'Alerts', width: '72px', align: 'right' },
    { field: 'status', name: 'Status', width: '112px', render: (_: unknown, c: Case) => <StatusBadge status={c.status} /> },
    { field: 'severity', name: 'Severity', width: '96px', render: (_: unknown, c: Case) => <SeverityBadge severity={c.severity} /> },
    { field: 'created_at', name: 'Created on', width: '110px', render: (_: unknown, c: Case) => <FormattedDate value={c.created_at} /> },
    {
      name: 'Action',
      width: '96px',
      render: (c: Case) => {
        const reason = disabledReason(c, containing.data, selection);
        const button = (
          <EuiButton
            size="s"
            isDisabled={reason !== undefined || pendingCaseId !== undefined}
            isLoading={pendingCaseId === c.id}
            onClick={() => onSelect(c)}
            data-test-subj={`cases-table-row-select-${c.id}`}
          >
            Select
          </EuiButton>
        );
        return reason ? <EuiToolTip content={reason}>{button}</EuiToolTip> : button;
      },
    },
  ];

  return (
    <EuiModal onClose={onClose} aria-labelledby={titleId} style={{ width: 960, maxWidth: '95vw' }} data-test-subj="all-cases-modal">
      <EuiModalHeader>
        <EuiModalHeaderTitle id={titleId}>Select case · {selection.summary}</EuiModalHeaderTitle>
      </EuiModalHeader>
      <EuiModalBody>
        <EuiFlexGroup gutterSize="s" alignItems="flexStart" responsive={false}>
          <EuiFlexItem>
            <CasesSearch value={search} onSearch={(next) => (setSearch(next), setPage(1))} />
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <EuiFilterGroup>
              <MultiSelectFilter
                id="status"
                label="Status"
                options={statusOptions().map((key) => ({ key, label: statusLabel(key) }))}
                selected={status}
                onChange={(next) => (setStatus(next as CaseStatus[]), setPage(1))}
              />
            </EuiFilterGroup>
          </EuiFlexItem>
        </EuiFlexGroup>
        {cases.error && (
          <EuiCallOut color="danger" iconType="error" title="The cases could not be loaded" data-test-subj="all-cases-modal-error">
            <p>{getErrorMessage(cases.error)}</p>
          </EuiCallOut>
        )}
        <EuiBasicTable<Case>
          items={items}
          itemId="id"
          columns={columns}
          loading={cases.isFetching || containing.isFetching}
          noItemsMessage={cases.isLoading ? 'Loading cases…' : 'No cases match.'}
          tableCaption="Cases to add to"
          pagination={{ pageIndex: page - 1, pageSize: PAGE_SIZE, totalItemCount: cases.data?.total ?? 0, showPerPageOptions: false }}
          onChange={({ page: next }: CriteriaWithPagination<Case>) => setPage(next.index + 1)}
          rowProps={(c: Case) => ({ 'data-test-subj': `cases-table-row-${c.id}` })}
          data-test-subj="all-cases-modal-table"
        />
      </EuiModalBody>
      <EuiModalFooter>
        <EuiButtonEmpty onClick={onClose} data-test-subj="all-cases-modal-cancel-button">
          Cancel
        </EuiButtonEmpty>
      </EuiModalFooter>
    </EuiModal>
  );
}
