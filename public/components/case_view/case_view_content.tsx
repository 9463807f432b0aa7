/**
 * A loaded case: header, conflict callout, summary, then its tabs: the activity beside the
 * properties, or the full width for the Attachments tab and the similar cases.
 */
import { ownerFeaturesOf } from '../../../common/owners/kibana_owner_features';
import { useEffect, useMemo } from 'react';
import { EuiCallOut, EuiFlexGroup, EuiFlexItem, EuiSpacer } from '@elastic/eui';
import type { Case } from '../../../common/types/domain/case';
import { CaseAttachmentsTab } from '../case_attachments/case_attachments_tab';
import { SimilarCasesTab } from '../similar_cases/similar_cases_tab';
import { UserActionsTimeline } from '../user_actions/user_actions_timeline';
import { canChangeCase, useCasesCapabilities } from '../capabilities/use_cases_capabilities';
import { CaseEditProvider } from './case_edit_context';
import { CaseViewHeader } from './case_view_header';
import { CaseViewMetrics } from './case_view_metrics';
import { CaseViewSidebar } from './case_view_sidebar';
import { CaseViewTabs } from './case_view_tabs';
import { ConflictCallout } from './conflict_callout';
import { Description } from './description';
import { useCaseViewTab } from './use_case_view_tab';
import { useConflictSafeUpdate } from './use_conflict_safe_update';

export function CaseViewContent({ caseData, commentId }: { caseData: Case; commentId?: string }) {
  const edits = useConflictSafeUpdate(caseData);
  const permissions = useCasesCapabilities(caseData.owner);
  const context = useMemo(() => ({ ...edits, caseData, permissions }), [edits, caseData, permissions]);
  const [{ tab, section }, setTab] = useCaseViewTab();

  useEffect(() => {
    const previous = document.title;
    document.title = `${caseData.title} · Cases`;
    return () => {
      document.title = previous;
    };
  }, [caseData.title]);

  return (
    <CaseEditProvider value={context}>
      <CaseViewHeader />
      <EuiSpacer size="m" />
      {!canChangeCase(permissions) && (
        <>
          <EuiCallOut iconType="eye" title="You have read-only access to cases" data-test-subj="case-view-read-only-callout">
            <p>You can view this case, its comments and its activity, but not change them.</p>
          </EuiCallOut>
          <EuiSpacer size="m" />
        </>
      )}
      <ConflictCallout />
      {edits.conflict && <EuiSpacer size="m" />}
      <CaseViewMetrics caseData={caseData} />
      <EuiSpacer size="m" />
      <CaseViewTabs caseData={caseData} tab={tab} onChange={setTab} />
      <EuiSpacer size="l" />
      {tab === 'attachments' && (
        <div data-test-subj="case-view-tab-content-attachments">
          <CaseAttachmentsTab caseData={caseData} section={section} onSectionChange={setTab} />
        </div>
      )}
      {tab === 'similar' && ownerFeaturesOf(caseData.owner).observables.enabled && (
        <div data-test-subj="case-view-tab-content-similar">
          <SimilarCasesTab caseData={caseData} />
        </div>
      )}
      {tab === 'activity' && (
        <EuiFlexGroup gutterSize="xl" alignItems="flexStart" wrap={false} responsive>
          <EuiFlexItem grow={3} css={{ minWidth: 0 }} data-test-subj="case-view-tab-content-activity">
            <Description />
            <EuiSpacer size="l" />
            <UserActionsTimeline commentId={commentId} />
          </EuiFlexItem>
          <EuiFlexItem grow={1} css={{ minWidth: 240 }}>
            <CaseViewSidebar />
          </EuiFlexItem>
        </EuiFlexGroup>
      )}
    </CaseEditProvider>
  );
}
