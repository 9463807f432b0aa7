/**
 * One entry of the feed for alerts or events added to the case: who added how many (from which
 * rule), and a button to their tab, where they are listed with their live status. The
 * attachments carry no body: a bulk one may hold thousands of ids.
 */
import { EuiButtonIcon, EuiComment, EuiToolTip } from '@elastic/eui';
import type { UserProfile } from '../../../common/core/user_profile';
import { useCaseViewTab } from '../case_view/use_case_view_tab';
import { UserAvatar } from '../user_profiles/user_avatar';
import { addedAlertsText, addedEventsText, attachedIds, ruleOf, UNKNOWN_RULE } from './attachment_wording';
import { caseUserName, toUserLike } from './case_user';
import { FormattedTime } from './formatted_time';
import type { AttachmentGroupItem } from './group_attachment_items';
import { eventAsSentence } from './user_action_event';

function ShowInTab({ type, caseId }: { type: AttachmentGroupItem['type']; caseId: string }) {
  const [, setTab] = useCaseViewTab();
  const label = type === 'alert' ? 'Show alerts' : 'Show events';
  return (
    <EuiToolTip content={label} position="top">
      <EuiButtonIcon
        iconType="inspect"
        aria-label={label}
        onClick={() => setTab(type === 'alert' ? 'alerts' : 'events')}
        data-test-subj={`comment-action-show-${type}s-${caseId}`}
      />
    </EuiToolTip>
  );
}

export function AttachmentGroupEntry({ group, profile, caseId }: { group: AttachmentGroupItem; profile?: UserProfile; caseId: string }) {
  const [first] = group.comments;
  const count = group.comments.reduce((sum, comment) => sum + attachedIds(comment).length, 0);
  const name = caseUserName(first.created_by);
  const single = count === 1;
  const event =
    group.type === 'alert' ? (
      <span data-test-subj={`${single ? 'single-alert' : 'multiple-alerts'}-user-action-${first.id}`}>
        {addedAlertsText(count)} <strong data-test-subj={`alert-rule-name-${first.id}`}>{ruleOf(first).name ?? UNKNOWN_RULE}</strong>
      </span>
    ) : (
      <span data-test-subj={`${single ? 'single-event' : 'multiple-events'}-user-action-${first.id}`}>{addedEventsText(count)}</span>
    );
  return (
    <EuiComment
      username={name}
      timelineAvatar={<UserAvatar profile={profile} user={toUserLike(first.created_by)} size="m" />}
      timelineAvatarAriaLabel={name}
      event={event}
      eventIcon={group.type === 'alert' ? 'bell' : 'table'}
      timestamp={<FormattedTime iso={first.created_at} />}
      actions={<ShowInTab type={group.type} caseId={caseId} />}
      css={eventAsSentence}
      data-test-subj={`user-action-${group.type}-comment-create-action-${first.id}`}
    />
  );
}
