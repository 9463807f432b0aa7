/**
 * The order of the activity feed: the user-action log as the server returns it (filtered and in
 * the order asked for), with each "comment added" entry standing for the comment as it reads now.
 */
import type { Attachment } from '../../../common/types/domain/attachment';
import type { Case } from '../../../common/types/domain/case';
import type { UserAction } from '../../../common/types/domain/user_action';

export type TimelineItem = { kind: 'action'; action: UserAction; at: string } | { kind: 'comment'; comment: Attachment; at: string };

export interface Timeline {
  items: TimelineItem[];
  /**
   * While older activity is still to load, the comments not yet reached: shown after the "load
   * more" button so a comment just added is never out of sight.
   */
  laterComments: TimelineItem[];
}

export interface TimelineOptions {
  /** Every page of the (filtered) log has arrived. */
  allLoaded: boolean;
  sortOrder?: 'asc' | 'desc';
  /** False for the History filter: comments without a log entry have no place in it. */
  withUnloggedComments?: boolean;
}

export function buildTimeline(caseData: Case, actions: UserAction[], { allLoaded, sortOrder = 'asc', withUnloggedComments = true }: TimelineOptions): Timeline {
  const comments = new Map(caseData.comments.map((comment) => [comment.id, comment]));
  const shown = new Set<string>();
  const items: TimelineItem[] = [];
  for (const action of actions) {
    if (action.type === 'comment' && action.action === 'create') {
      const comment = action.comment_id ? comments.get(action.comment_id) : undefined;
      // A deleted comment leaves its "removed" entry; its creation has nothing left to show.
      if (comment && !shown.has(comment.id)) {
        shown.add(comment.id);
        items.push({ kind: 'comment', comment, at: comment.created_at });
      }
      continue;
    }
    items.push({ kind: 'action', action, at: action.created_at });
  }
  if (!withUnloggedComments) return { items, laterComments: [] };
  const rest = caseData.comments
    .filter((comment) => !shown.has(comment.id))
    .map((comment): TimelineItem => ({ kind: 'comment', comment, at: comment.created_at }));
  // Newest first, the comments not reached yet are older than the page: they come with it.
  if (!allLoaded) return { items, laterComments: sortOrder === 'asc' ? rest : [] };
  // Every page is here, so these comments have no creation in the log (imported, or the log
  // was trimmed): they still belong in the feed, at their time.
  if (rest.length > 0) {
    const direction = sortOrder === 'asc' ? 1 : -1;
    items.push(...rest);
    items.sort((a, b) => direction * (Date.parse(a.at) - Date.parse(b.at)));
  }
  return { items, laterComments: [] };
}

/** Everyone whose name or avatar the feed shows: authors and the people assigned or unassigned. */
export function profileUidsOf(caseData: Case, actions: UserAction[]): string[] {
  const uids = new Set<string>();
  for (const action of actions) {
    if (action.created_by.profile_uid) uids.add(action.created_by.profile_uid);
    const assignees = action.type === 'assignees' ? action.payload?.assignees : undefined;
    if (Array.isArray(assignees)) {
      for (const assignee of assignees) if (typeof assignee?.uid === 'string') uids.add(assignee.uid);
    }
  }
  for (const comment of caseData.comments) if (comment.created_by.profile_uid) uids.add(comment.created_by.profile_uid);
  return [...uids].sort();
}
