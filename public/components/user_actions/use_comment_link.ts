/**
 * A link to one comment (`/app/cases/{caseId}/{commentId}`): load activity pages until the
 * comment is on screen (at most MAX_LINK_PAGES, so a huge log cannot keep the browser fetching),
 * scroll it into the middle of the view and highlight it until the analyst clicks anywhere or a
 * few seconds pass.
 */
import { useEffect, useRef, useState } from 'react';

export const MAX_LINK_PAGES = 20;
const HIGHLIGHT_MS = 6_000;

const commentSelector = (commentId: string) => `[data-test-subj="comment-${commentId.replace(/["\\]/g, '\\$&')}"]`;

export type CommentLinkState = 'none' | 'searching' | 'shown' | 'missing';

export interface CommentLinkOptions {
  commentId?: string;
  /** The case still has this comment (it may have been deleted since the link was made). */
  exists: boolean;
  /** The feed renders it now. */
  isRendered: boolean;
  pagesLoaded: number;
  canLoadMore: boolean;
  isFetching: boolean;
  loadMore: () => void;
}

export function useCommentLink({ commentId, exists, isRendered, pagesLoaded, canLoadMore, isFetching, loadMore }: CommentLinkOptions) {
  const [highlighted, setHighlighted] = useState<string | undefined>();
  const reached = useRef<string | undefined>();

  const searching = !!commentId && exists && !isRendered && reached.current !== commentId;
  useEffect(() => {
    if (searching && canLoadMore && !isFetching && pagesLoaded < MAX_LINK_PAGES) loadMore();
  }, [searching, canLoadMore, isFetching, pagesLoaded, loadMore]);

  useEffect(() => {
    if (!commentId || !isRendered || reached.current === commentId) return;
    reached.current = commentId;
    const element = document.querySelector(commentSelector(commentId));
    element?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    setHighlighted(commentId);
  }, [commentId, isRendered]);

  useKeptInView(highlighted);

  useEffect(() => {
    if (!highlighted) return;
    const clear = () => setHighlighted(undefined);
    const timer = window.setTimeout(clear, HIGHLIGHT_MS);
    document.addEventListener('click', clear, { once: true });
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('click', clear);
    };
  }, [highlighted]);

  let state: CommentLinkState = 'none';
  if (commentId && reached.current !== commentId) {
    state = !exists || (!isRendered && (!canLoadMore || pagesLoaded >= MAX_LINK_PAGES)) ? 'missing' : 'searching';
  } else if (commentId) {
    state = 'shown';
  }
  return { highlighted, state };
}

/**
 * Comment bodies load lazily and render after the scroll, so the entries above the linked one
 * can still grow and push it off screen. Until the analyst scrolls, types or clicks (or the
 * highlight ends), any change in the page's height brings the comment back to the centre.
 */
function useKeptInView(commentId: string | undefined) {
  useEffect(() => {
    if (!commentId || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => document.querySelector(commentSelector(commentId))?.scrollIntoView?.({ block: 'center' }));
    observer.observe(document.body);
    const stop = () => observer.disconnect();
    const userEvents = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;
    userEvents.forEach((type) => window.addEventListener(type, stop, { once: true, passive: true }));
    const timer = window.setTimeout(stop, HIGHLIGHT_MS);
    return () => {
      stop();
      window.clearTimeout(timer);
      userEvents.forEach((type) => window.removeEventListener(type, stop));
    };
  }, [commentId]);
}
