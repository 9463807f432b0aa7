/** A loaded case: header, conflict callout, summary, then the activity beside the properties. */
import { useEffect, useMemo, useState } from 'react';
import { EuiFlexGroup, EuiFlexItem, EuiSpacer, EuiTab, EuiTabs } from '@elastic/eui';
import type { Case } from '../../../common/types/domain/case';
import { UserActionsTimeline } from '../user_actions/user_actions_timeline';
import { CaseEditProvider } from './case_edit_context';
import { CaseViewHeader } from './case_view_header';
import { CaseViewMetrics } from './case_view_metrics';
import { CaseViewSidebar } from './case_view_sidebar';
import { ConflictCallout } from './conflict_callout';
import { Description } from './description';
import { useConflictSafeUpdate } from './use_conflict_safe_update';

const TABS = [{ id: 'activity', name: 'Activity' }] as const;
type TabId = (typeof TABS)[number]['id'];

export function CaseViewContent({ caseData, commentId }: { caseData: Case; commentId?: string }) {
  const edits = useConflictSafeUpdate(caseData);
  const context = useMemo(() => ({ ...edits, caseData }), [edits, caseData]);
  const [tab, setTab] = useState<TabId>('activity');

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
      <ConflictCallout />
      {edits.conflict && <EuiSpacer size="m" />}
      <CaseViewMetrics caseData={caseData} />
      <EuiSpacer size="m" />
      <EuiTabs>
        {TABS.map(({ id, name }) => (
          <EuiTab key={id} isSelected={tab === id} onClick={() => setTab(id)} data-test-subj={`case-view-tab-title-${id}`}>
            {name}
            {id === 'activity' && caseData.totalComment > 0 ? ` (${caseData.totalComment} ${caseData.totalComment === 1 ? 'comment' : 'comments'})` : ''}
          </EuiTab>
        ))}
      </EuiTabs>
      <EuiSpacer size="l" />
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
    </CaseEditProvider>
  );
}
