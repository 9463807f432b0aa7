/** The case view's tabs, as Kibana's: Activity, then Alerts and Events with how many the case holds. */
import { EuiNotificationBadge, EuiTab, EuiTabs } from '@elastic/eui';
import type { Case } from '../../../common/types/domain/case';
import type { CaseViewTabId } from './use_case_view_tab';

/** A case answered by an older server (or a cached read from before events) carries no `totalEvents`. */
export const totalEventsOf = (caseData: Case): number => (caseData as Partial<Pick<Case, 'totalEvents'>>).totalEvents ?? 0;

function CountBadge({ count, isSelected, tab }: { count: number; isSelected: boolean; tab: CaseViewTabId }) {
  return (
    <EuiNotificationBadge color={isSelected ? 'accent' : 'subdued'} css={{ marginInlineStart: 6 }} data-test-subj={`case-view-${tab}-stats-badge`}>
      {count.toLocaleString()}
    </EuiNotificationBadge>
  );
}

export function CaseViewTabs({ caseData, tab, onChange }: { caseData: Case; tab: CaseViewTabId; onChange: (tab: CaseViewTabId) => void }) {
  const comments = caseData.totalComment;
  const tabs: Array<{ id: CaseViewTabId; name: string; count?: number }> = [
    { id: 'activity', name: comments > 0 ? `Activity (${comments} ${comments === 1 ? 'comment' : 'comments'})` : 'Activity' },
    { id: 'alerts', name: 'Alerts', count: caseData.totalAlerts },
    { id: 'events', name: 'Events', count: totalEventsOf(caseData) },
  ];
  return (
    <EuiTabs data-test-subj="case-view-tabs">
      {tabs.map(({ id, name, count }) => (
        <EuiTab key={id} isSelected={tab === id} onClick={() => onChange(id)} data-test-subj={`case-view-tab-title-${id}`}>
          {name}
          {count !== undefined && <CountBadge count={count} isSelected={tab === id} tab={id} />}
        </EuiTab>
      ))}
    </EuiTabs>
  );
}
