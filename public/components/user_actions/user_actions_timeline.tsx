/**
 * The Activity tab: who did what and when, filtered (All / Comments / History) and ordered as
 * the analyst last chose, with comments in place and the new-comment box at the end (at the
 * top when newest first, beside the latest entries). Quoting a comment fills that box, so its
 * draft lives here. A comment link brings its comment on screen and highlights it.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { EuiButton, EuiCallOut, EuiComment, EuiCommentList, EuiFlexGroup, EuiFlexItem, EuiLoadingSpinner, EuiSpacer, EuiText } from '@elastic/eui';
import type { UserProfile } from '../../../common/core/user_profile';
import { useFindUserActionsPages } from '../../containers/use_find_user_actions_pages';
import { typesOfFilter, useUserActionCounts } from '../../containers/use_user_action_counts';
import { useBulkGetUserProfiles } from '../../containers/use_user_profiles';
import { getErrorMessage } from '../../core';
import { caseUserName, toUserLike } from './case_user';
import { useCaseEdit } from '../case_view/case_edit_context';
import { useCaseDraft } from '../drafts/use_case_draft';
import { UserAvatar } from '../user_profiles/user_avatar';
import { ActivityControls } from './activity_controls';
import { AddComment, canUseAddComment } from './add_comment';
import { AttachmentGroupEntry } from './attachment_group_entry';
import { buildTimeline, profileUidsOf } from './build_timeline';
import { CommentUserAction } from './comment_user_action';
import { FormattedTime } from './formatted_time';
import { groupAttachmentItems, type ActivityItem } from './group_attachment_items';
import { useActivityPreferences } from './use_activity_preferences';
import { useCommentLink } from './use_comment_link';
import { describeUserAction, eventAsSentence } from './user_action_event';
import { useGetCaseConfiguration } from '../../containers/use_get_case_configuration';
import { useGetCaseConnectors } from '../../containers/connectors_api';
import type { GetCaseConnectorsResponse } from '../../../common/types/api/connector';

/** Per connector, when the case first went to it: the push entries say "new incident" or "updated". */
function firstPushDates(info: GetCaseConnectorsResponse | undefined): Map<string, string> {
  const entries = Object.values(info ?? {}).flatMap((connector) => {
    const oldest = connector.push.details?.oldestUserActionPushDate;
    return oldest ? [[connector.id, oldest] as const] : [];
  });
  return new Map(entries);
}

interface RenderContext {
  caseId: string;
  profiles: Map<string, UserProfile>;
  customFieldLabels: Map<string, string>;
  firstPushes: Map<string, string>;
  onQuote: (quote: string) => void;
  highlighted?: string;
}

function renderItem(item: ActivityItem, { caseId, profiles, customFieldLabels, firstPushes, onQuote, highlighted }: RenderContext) {
  if (item.kind === 'attachments') {
    const uid = item.comments[0].created_by.profile_uid;
    return <AttachmentGroupEntry key={`attachments-${item.comments[0].id}`} group={item} profile={uid ? profiles.get(uid) : undefined} caseId={caseId} />;
  }
  if (item.kind === 'comment') {
    const uid = item.comment.created_by.profile_uid;
    return (
      <CommentUserAction
        key={`comment-${item.comment.id}`}
        comment={item.comment}
        profile={uid ? profiles.get(uid) : undefined}
        onQuote={onQuote}
        isHighlighted={highlighted === item.comment.id}
      />
    );
  }
  const { action } = item;
  const described = describeUserAction(action, { profiles, customFieldLabels, firstPushes });
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
      css={eventAsSentence}
      data-test-subj={`user-action-${action.type}-${action.action}`}
    />
  );
}

function LoadMore({ shown, total, isLoading, onLoad }: { shown: number; total: number; isLoading: boolean; onLoad: () => void }) {
  return (
    <>
      <EuiSpacer size="m" />
      <EuiFlexGroup justifyContent="center" alignItems="center" direction="column" gutterSize="s">
        <EuiText size="xs" color="subdued">
          <p data-test-subj="user-actions-count">
            Showing {shown} of {total} activities
          </p>
        </EuiText>
        <EuiFlexItem grow={false}>
          <EuiButton size="s" isLoading={isLoading} onClick={onLoad} data-test-subj="user-actions-load-more">
            Load more activity
          </EuiButton>
        </EuiFlexItem>
      </EuiFlexGroup>
    </>
  );
}

export function UserActionsTimeline({ commentId }: { commentId?: string }) {
  const { caseData, permissions } = useCaseEdit();
  const { filter, setFilter, sortOrder, setSortOrder } = useActivityPreferences();
  // A link to a comment must be able to show it: the History filter holds none. Not remembered.
  useEffect(() => {
    if (commentId && filter === 'action') setFilter('all', { remember: false });
  }, [commentId, filter, setFilter]);
  const userActions = useFindUserActionsPages(caseData.id, { types: typesOfFilter(filter), sortOrder });
  const counts = useUserActionCounts(caseData.id);
  const [newComment, setNewComment] = useCaseDraft(caseData.id, 'comment');
  const [focusRequest, setFocusRequest] = useState(0);

  const actions = useMemo(() => userActions.data?.pages.flatMap((page) => page.userActions) ?? [], [userActions.data]);
  const total = userActions.data?.pages.at(-1)?.total ?? 0;
  const { items, laterComments } = useMemo(
    () => buildTimeline(caseData, actions, { allLoaded: !userActions.hasNextPage, sortOrder, withUnloggedComments: filter !== 'action' }),
    [caseData, actions, userActions.hasNextPage, sortOrder, filter],
  );
  const uids = useMemo(() => profileUidsOf(caseData, actions), [caseData, actions]);
  const { data: profileList } = useBulkGetUserProfiles(uids);
  const profiles = useMemo(() => new Map((profileList ?? []).map((profile) => [profile.uid, profile])), [profileList]);

  const { fetchNextPage } = userActions;
  const link = useCommentLink({
    commentId,
    exists: !!commentId && caseData.comments.some((comment) => comment.id === commentId),
    isRendered: !userActions.isPending && [...items, ...laterComments].some((item) => item.kind === 'comment' && item.comment.id === commentId),
    pagesLoaded: userActions.data?.pages.length ?? 0,
    canLoadMore: userActions.hasNextPage,
    isFetching: userActions.isFetching,
    loadMore: useCallback(() => void fetchNextPage(), [fetchNextPage]),
  });

  const quote = useCallback((text: string) => {
    setNewComment((current) => (current.trim() ? `${current.trimEnd()}\n\n${text}` : text));
    setFocusRequest((n) => n + 1);
  }, [setNewComment]);

  const { data: configuration } = useGetCaseConfiguration(caseData.owner);
  const customFieldLabels = useMemo(() => new Map((configuration?.customFields ?? []).map((field) => [field.key, field.label])), [configuration]);
  const { data: pushInfo } = useGetCaseConnectors(caseData.id);
  const firstPushes = useMemo(() => firstPushDates(pushInfo), [pushInfo]);
  const context: RenderContext = { caseId: caseData.id, profiles, customFieldLabels, firstPushes, onQuote: quote, highlighted: link.highlighted };
  const shownItems = useMemo(() => groupAttachmentItems(items), [items]);
  const shownLaterComments = useMemo(() => groupAttachmentItems(laterComments), [laterComments]);
  // Nothing to offer (read-only): no box, and no spacer around a gap.
  const addComment = canUseAddComment(caseData, permissions) ? (
    <AddComment caseData={caseData} value={newComment} onChange={setNewComment} focusRequest={focusRequest} />
  ) : null;
  const newestFirst = sortOrder === 'desc';

  return (
    <div data-test-subj="user-actions">
      <ActivityControls filter={filter} onFilterChange={setFilter} sortOrder={sortOrder} onSortOrderChange={setSortOrder} counts={counts} />
      <EuiSpacer size="m" />
      {link.state === 'missing' && (
        <>
          <EuiCallOut color="warning" iconType="warning" size="s" title="The linked comment is not in this case any more" data-test-subj="user-actions-link-missing">
            <p>It may have been deleted.</p>
          </EuiCallOut>
          <EuiSpacer size="m" />
        </>
      )}
      {newestFirst && addComment && (
        <>
          {addComment}
          <EuiSpacer size="l" />
        </>
      )}
      {userActions.isPending ? (
        <EuiFlexGroup justifyContent="center" data-test-subj="user-actions-loading">
          <EuiLoadingSpinner size="l" aria-label="Loading the activity" />
        </EuiFlexGroup>
      ) : (
        <>
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
            {shownItems.map((item) => renderItem(item, context))}
          </EuiCommentList>
          {userActions.hasNextPage && (
            <LoadMore shown={actions.length} total={total} isLoading={userActions.isFetchingNextPage} onLoad={() => void fetchNextPage()} />
          )}
          {laterComments.length > 0 && (
            <>
              <EuiSpacer size="m" />
              <EuiCommentList aria-label="Latest comments" data-test-subj="user-actions-latest-comments">
                {shownLaterComments.map((item) => renderItem(item, context))}
              </EuiCommentList>
            </>
          )}
        </>
      )}
      {!newestFirst && addComment && (
        <>
          <EuiSpacer size="l" />
          {addComment}
        </>
      )}
    </div>
  );
}
