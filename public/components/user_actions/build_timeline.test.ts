import { action, makeCase, makeUserActions } from '../case_view/test_fixtures';
import { buildTimeline, profileUidsOf } from './build_timeline';
import { toQuote } from './comment_user_action';

describe('buildTimeline', () => {
  it('puts each existing comment where it was added and drops the creation of deleted ones', () => {
    const { items, laterComments } = buildTimeline(makeCase(), makeUserActions(), { allLoaded: true });
    const kinds = items.map((item) => (item.kind === 'comment' ? `comment:${item.comment.id}` : `${item.action.type}:${item.action.action}`));
    expect(kinds.indexOf('comment:comment-1')).toBe(kinds.indexOf('description:update') + 1);
    expect(kinds).not.toContain('comment:comment-gone');
    expect(kinds).toContain('comment:delete');
    expect(laterComments).toEqual([]);
  });

  it('keeps comments not yet reached apart while older activity is still loading', () => {
    const theCase = makeCase();
    const { items, laterComments } = buildTimeline(theCase, [action({ action: 'create', type: 'create_case', payload: {} })], { allLoaded: false });
    expect(items).toHaveLength(1);
    expect(laterComments.map((item) => item.kind === 'comment' && item.comment.id)).toEqual(['comment-1']);
  });

  it('newest first, keeps no comment apart while loading and places unlogged comments by time, newest first', () => {
    const theCase = makeCase({
      comments: [
        { ...makeCase().comments[0], id: 'old', created_at: '2024-04-01T00:00:00.000Z' },
        { ...makeCase().comments[0], id: 'new', created_at: '2024-06-01T00:00:00.000Z' },
      ],
    });
    const logged = [action({ action: 'update', type: 'title', payload: { title: 'x' }, created_at: '2024-05-01T00:00:00.000Z' })];
    expect(buildTimeline(theCase, logged, { allLoaded: false, sortOrder: 'desc' }).laterComments).toEqual([]);
    const { items } = buildTimeline(theCase, logged, { allLoaded: true, sortOrder: 'desc' });
    expect(items.map((item) => (item.kind === 'comment' ? item.comment.id : item.action.type))).toEqual(['new', 'title', 'old']);
  });

  it('leaves comments out of the History filter', () => {
    const { items, laterComments } = buildTimeline(makeCase(), [action({ action: 'create', type: 'create_case', payload: {} })], { allLoaded: true, withUnloggedComments: false });
    expect(items.map((item) => item.kind)).toEqual(['action']);
    expect(laterComments).toEqual([]);
  });

  it('collects authors and assignees whose profiles the feed needs', () => {
    expect(profileUidsOf(makeCase(), makeUserActions())).toEqual(['u-ana', 'u-bob']);
  });
});

describe('toQuote', () => {
  it('quotes every line and leaves a blank line for the reply', () => {
    expect(toQuote('first\nsecond\n')).toBe('> first\n> second\n\n');
  });
});
