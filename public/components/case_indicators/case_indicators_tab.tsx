/**
 * The Indicators section of the case's Attachments tab: the threat-intelligence indicators the
 * case holds (what each attachment recorded, plus the document's TLP, confidence and dates while
 * it is still in the index), filtered by the tab's search; remove one (a comment deletion, so
 * the delete capability), and add some from the indicators index (create_comment).
 */
import { useMemo, useState } from 'react';
import { EuiBasicTable, EuiButton, EuiConfirmModal, EuiEmptyPrompt, EuiFlexGroup, EuiFlexItem, EuiSpacer, EuiText, type Criteria, type DefaultItemAction, type EuiBasicTableColumn } from '@elastic/eui';
import type { Case } from '../../../common/types/domain/case';
import { useFindIndicators } from '../../containers/use_indicators';
import { useDeleteComment } from '../../containers/use_comment_mutations';
import { useCore } from '../../core';
import { useCasesCapabilities } from '../capabilities/use_cases_capabilities';
import { AddIndicatorFlyout } from './add_indicator_flyout';
import { attachedIndicatorsOf, filterIndicators, type AttachedIndicator } from './attached_indicators';
import { indicatorColumns, type IndicatorRow } from './indicator_columns';

const PAGE_SIZE = 10;

function useRemoval(caseId: string) {
  const { toasts } = useCore();
  const remove = useDeleteComment(caseId);
  const [pending, setPending] = useState<AttachedIndicator | null>(null);
  const confirm = async () => {
    if (!pending) return;
    try {
      await remove.mutateAsync(pending.commentId);
      toasts.addSuccess({ title: `Removed indicator ${pending.name} from the case`, 'data-test-subj': 'case-indicators-removed-toast' });
    } catch (error) {
      toasts.addError(error, { title: 'Could not remove the indicator' });
    } finally {
      setPending(null);
    }
  };
  const modal = pending && (
    <EuiConfirmModal
      title={`Remove indicator ${pending.name}?`}
      onCancel={() => setPending(null)}
      onConfirm={() => void confirm()}
      cancelButtonText="Cancel"
      confirmButtonText="Remove"
      buttonColor="danger"
      defaultFocusedButton="cancel"
      isLoading={remove.isPending}
      data-test-subj="case-indicators-remove-modal"
    >
      <p>The indicator stays in the indicators index; the case no longer holds it. The activity keeps a record of the removal.</p>
    </EuiConfirmModal>
  );
  return { ask: setPending, modal };
}

export function CaseIndicatorsTab({ caseData, search }: { caseData: Case; search: string }) {
  const permissions = useCasesCapabilities(caseData.owner);
  const [pageIndex, setPageIndex] = useState(0);
  const [adding, setAdding] = useState(false);
  const removal = useRemoval(caseData.id);
  const attached = useMemo(() => attachedIndicatorsOf(caseData), [caseData]);
  const matching = useMemo(() => filterIndicators(attached, search), [attached, search]);
  // A new search may leave fewer pages than the one shown.
  const page = Math.min(pageIndex, Math.max(0, Math.ceil(matching.length / PAGE_SIZE) - 1));
  const shown = matching.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const ids = [...new Set(shown.map((indicator) => indicator.indicatorId))];
  const documents = useFindIndicators({ ids, perPage: Math.max(ids.length, 1) }, ids.length > 0);
  const rows: IndicatorRow[] = shown.map((indicator) => ({ ...indicator, document: documents.data?.indicators.find((doc) => doc.id === indicator.indicatorId) }));

  const columns = useMemo<Array<EuiBasicTableColumn<IndicatorRow>>>(() => {
    if (!permissions.delete) return indicatorColumns;
    const actions: Array<DefaultItemAction<IndicatorRow>> = [
      { name: 'Remove', description: 'Remove the indicator from this case', icon: 'trash', type: 'icon', color: 'danger', onClick: (row: IndicatorRow) => removal.ask(row), 'data-test-subj': 'case-indicators-remove' },
    ];
    return [...indicatorColumns, { name: 'Actions', width: '70px', actions }];
  }, [permissions.delete, removal]);

  const addButton = permissions.createComment && (
    <EuiButton size="s" iconType="plusCircle" onClick={() => setAdding(true)} data-test-subj="case-indicators-add">
      Add indicator
    </EuiButton>
  );

  return (
    <section aria-label="Indicators in this case" data-test-subj="case-indicators">
      {attached.length === 0 ? (
        <EuiEmptyPrompt
          iconType="crosshair"
          title={<h3>No indicators</h3>}
          body={<p>Threat-intelligence indicators attached to this case are listed here, with their feed, TLP and confidence.</p>}
          actions={addButton || undefined}
          data-test-subj="case-indicators-empty"
        />
      ) : (
        <>
          <EuiFlexGroup alignItems="center" justifyContent="spaceBetween" gutterSize="m" responsive={false} wrap>
            <EuiFlexItem grow={false}>
              <EuiText size="xs" color="subdued" data-test-subj="case-indicators-count">
                {matching.length === 1 ? '1 indicator' : `${matching.length.toLocaleString()} indicators`}
              </EuiText>
            </EuiFlexItem>
            <EuiFlexItem grow={false}>{addButton}</EuiFlexItem>
          </EuiFlexGroup>
          <EuiSpacer size="s" />
          <EuiBasicTable<IndicatorRow>
            tableCaption="Indicators in this case"
            items={rows}
            itemId="commentId"
            columns={columns}
            loading={documents.isFetching}
            noItemsMessage="No indicator matches the search."
            pagination={{ pageIndex: page, pageSize: PAGE_SIZE, totalItemCount: matching.length, showPerPageOptions: false }}
            onChange={({ page: next }: Criteria<IndicatorRow>) => next && setPageIndex(next.index)}
            rowProps={(row) => ({ 'data-test-subj': `case-indicators-row-${row.indicatorId}` })}
            data-test-subj="case-indicators-table"
          />
        </>
      )}
      {adding && <AddIndicatorFlyout caseData={caseData} attachedIds={attached.map((a) => a.indicatorId)} onClose={() => setAdding(false)} />}
      {removal.modal}
    </section>
  );
}
