/**
 * The Activity tab: who did what and when, oldest first, with comments in place and the
 * new-comment box at the end. Quoting a comment fills that box, so its draft lives here.
 */
import { useCallback, useMemo, useState } from 'react';
import { EuiButton, EuiCallOut, EuiComment, EuiCommentList, EuiFlexGroup, EuiFlexItem, EuiLoadingSpinner, EuiSpacer, EuiText } from '@elastic/eui';
import type { UserProfile } from '../../../common/core/user_profile';
import { useFindUserActionsPages } from '../../containers/use_find_user_actions_pages';
import { useBulkGetUserProfiles } from '../../containers/use_user_profiles';
import { getErrorMessage } from '../../core';
import { caseUserName, toUserLike } from './case_user';
import { useCaseEdit } from '../case_view/case_edit_context';
import { UserAvatar } from '../user_profiles/user_avatar';
import { AddComment } from './add_comment';
import { buildTimeline, profileUidsOf, type TimelineItem } from './build_timeline';
import { CommentUserAction } from './comment_user_action';
import { FormattedTime } from './formatted_time';
import { describeUserAction } from './user_action_event';

function renderItem(item: TimelineItem, profiles: Map<string, UserProfile>, onQuote: (quote: string) => void) {
  if (item.kind === 'comment') {
    const uid = item.comment.created_by.profile_uid;
    return <CommentUserAction key={`comment-${item.comment.id}`} comment={item.comment} profile={uid ? profiles.get(uid) : undefined} onQuote={onQuote} />;
  }
  const { action } = item;
  const described = describeUserAction(action, { profiles });
  if (!described) return null;
  const uid = action.created_by.profile_uid;
  const name = caseUserName(action.created_by);
  return (
    <EuiComment
      key={action.id}
      username={name}
      timelineAvatar={<UserAvatar profile={uid ? profiles.get(uid) : undefined} user={toUserLike(action.created_by)} size="m" />}
      timelineAvatarAriaLabel={name}
      event={described.event}
      eventIcon={described.icon}
      timestamp={<FormattedTime iso={action.created_at} />}
      data-test-subj={`user-action-${action.type}-${action.action}`}
    />
  );
}

export function UserActionsTimeline() {
  const { caseData } = useCaseEdit();
  const userActions = useFindUserActionsPages(caseData.id);
  const [newComment, setNewComment] = useState('');
  const [focusRequest, setFocusRequest] = useState(0);

  const actions = useMemo(() => userActions.data?.pages.flatMap((page) => page.userActions) ?? [], [userActions.data]);
  const total = userActions.data?.pages.at(-1)?.total ?? 0;
  const { items, laterComments } = useMemo(
    () => buildTimeline(caseData, actions, !userActions.hasNextPage),
    [caseData, actions, userActions.hasNextPage],
  );
  const uids = useMemo(() => profileUidsOf(caseData, actions), [caseData, actions]);
  const { data: profileList } = useBulkGetUserProfiles(uids);
  const profiles = useMemo(() => new Map((profileList ?? []).map((profile) => [profile.uid, profile])), [profileList]);

  const quote = useCallback((text: string) => {
    setNewComment((current) => (current.trim() ? `${current.trimEnd()}\n\n${text}` : text));
    setFocusRequest((n) => n + 1);
  }, []);

  if (userActions.isPending) {
    return (
      <EuiFlexGroup justifyContent="center" data-test-subj="user-actions-loading">
        <EuiLoadingSpinner size="l" aria-label="Loading the activity" />
      </EuiFlexGroup>
    );
  }

  return (
    <div data-test-subj="user-actions">
      {userActions.isError && (
        <>
          <EuiCallOut color="danger" iconType="error" title="The activity could not be loaded" data-test-subj="user-actions-error">
            <p>{getErrorMessage(userActions.error)}</p>
            <EuiButton size="s" color="danger" onClick={() => void userActions.refetch()} data-test-subj="user-actions-retry">
              Try again
            </EuiButton>
          </EuiCallOut>
          <EuiSpacer />
        </>
      )}
      <EuiCommentList aria-label="Case activity" data-test-subj="user-actions-list">
        {items.map((item) => renderItem(item, profiles, quote))}
      </EuiCommentList>
      {userActions.hasNextPage && (
        <>
          <EuiSpacer size="m" />
          <EuiFlexGroup justifyContent="center" alignItems="center" direction="column" gutterSize="s">
            <EuiText size="xs" color="subdued">
              <p data-test-subj="user-actions-count">
                Showing {actions.length} of {total} activities
              </p>
            </EuiText>
            <EuiFlexItem grow={false}>
              <EuiButton
                size="s"
                isLoading={userActions.isFetchingNextPage}
                onClick={() => void userActions.fetchNextPage()}
                data-test-subj="user-actions-load-more"
              >
                Load more activity
              </EuiButton>
            </EuiFlexItem>
          </EuiFlexGroup>
        </>
      )}
      {laterComments.length > 0 && (
        <>
          <EuiSpacer size="m" />
          <EuiCommentList aria-label="Latest comments" data-test-subj="user-actions-latest-comments">
            {laterComments.map((item) => renderItem(item, profiles, quote))}
          </EuiCommentList>
        </>
      )}
      <EuiSpacer size="l" />
      <AddComment caseData={caseData} value={newComment} onChange={setNewComment} focusRequest={focusRequest} />
    </div>
  );
}
