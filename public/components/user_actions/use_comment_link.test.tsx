import { act, renderHook } from '@testing-library/react';
import { useCommentLink, type CommentLinkOptions } from './use_comment_link';

/** A ResizeObserver the test fires by hand: the page "grows" when `resize()` is called. */
class ManualResizeObserver {
  static all: ManualResizeObserver[] = [];
  connected = false;
  constructor(private readonly callback: () => void) {
    ManualResizeObserver.all.push(this);
  }
  observe() {
    this.connected = true;
  }
  unobserve() {}
  disconnect() {
    this.connected = false;
  }
  static resize() {
    ManualResizeObserver.all.filter((o) => o.connected).forEach((o) => o.callback());
  }
}

const options = (overrides: Partial<CommentLinkOptions> = {}): CommentLinkOptions => ({
  commentId: 'c-7',
  exists: true,
  isRendered: true,
  pagesLoaded: 1,
  canLoadMore: false,
  isFetching: false,
  loadMore: jest.fn(),
  ...overrides,
});

describe('useCommentLink keeps the linked comment in view while the page settles', () => {
  const original = window.ResizeObserver;
  let scrolls: jest.Mock;

  beforeEach(() => {
    ManualResizeObserver.all = [];
    Object.defineProperty(window, 'ResizeObserver', { configurable: true, writable: true, value: ManualResizeObserver });
    const comment = document.createElement('div');
    comment.setAttribute('data-test-subj', 'comment-c-7');
    scrolls = jest.fn();
    comment.scrollIntoView = scrolls;
    document.body.appendChild(comment);
  });

  afterEach(() => {
    Object.defineProperty(window, 'ResizeObserver', { configurable: true, writable: true, value: original });
    document.body.innerHTML = '';
  });

  it('scrolls to the comment again when content above it grows (lazy bodies rendering late)', () => {
    renderHook(() => useCommentLink(options()));
    expect(scrolls).toHaveBeenCalledTimes(1);
    act(() => ManualResizeObserver.resize());
    act(() => ManualResizeObserver.resize());
    expect(scrolls).toHaveBeenCalledTimes(3);
  });

  it('stops following once the analyst scrolls or types', () => {
    renderHook(() => useCommentLink(options()));
    act(() => {
      window.dispatchEvent(new Event('wheel'));
    });
    act(() => ManualResizeObserver.resize());
    expect(scrolls).toHaveBeenCalledTimes(1);
  });
});
