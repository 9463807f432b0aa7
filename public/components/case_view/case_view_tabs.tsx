/**
 * The case view's tabs: Activity, Attachments (everything the case holds: alerts, events, files,
 * observables and indicators, counted together), and Similar cases.
 */
import { EuiNotificationBadge, EuiTab, EuiTabs } from '@elastic/eui';
import type { Case } from '../../../common/types/domain/case';
import { caseAttachmentCounts, sumCounts } from '../case_attachments/case_attachment_counts';
import type { CaseViewTabId } from './use_case_view_tab';
import { ownerFeaturesOf } from '../../../common/owners/kibana_owner_features';

/** A case answered by an older server (or a cached read from before events) carries no `totalEvents`. */
export const totalEventsOf = (caseData: Case): number => (caseData as Partial<Pick<Case, 'totalEvents'>>).totalEvents ?? 0;

export function CountBadge({ count, isSelected, testSubj }: { count: number; isSelected: boolean; testSubj: string }) {
  return (
    <EuiNotificationBadge color={isSelected ? 'accent' : 'subdued'} css={{ marginInlineStart: 6 }} data-test-subj={testSubj}>
      {count.toLocaleString()}
    </EuiNotificationBadge>
  );
}

export function CaseViewTabs({ caseData, tab, onChange }: { caseData: Case; tab: CaseViewTabId; onChange: (tab: CaseViewTabId) => void }) {
  const comments = caseData.totalComment;
  const tabs: Array<{ id: CaseViewTabId; name: string; count?: number }> = [
    { id: 'activity', name: comments > 0 ? `Activity (${comments} ${comments === 1 ? 'comment' : 'comments'})` : 'Activity' },
    { id: 'attachments', name: 'Attachments', count: sumCounts(caseAttachmentCounts(caseData)) },
    // Similarity is shared observables: an owner without them has no Similar cases tab.
    ...(ownerFeaturesOf(caseData.owner).observables.enabled ? [{ id: 'similar' as const, name: 'Similar cases' }] : []),
  ];
  return (
    <EuiTabs data-test-subj="case-view-tabs">
      {tabs.map(({ id, name, count }) => (
        <EuiTab key={id} isSelected={tab === id} onClick={() => onChange(id)} data-test-subj={`case-view-tab-title-${id}`}>
          {name}
          {count !== undefined && <CountBadge count={count} isSelected={tab === id} testSubj={`case-view-${id}-stats-badge`} />}
        </EuiTab>
      ))}
    </EuiTabs>
  );
}
