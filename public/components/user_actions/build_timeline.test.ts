import { action, makeCase, makeUserActions } from '../case_view/test_fixtures';
import { buildTimeline, profileUidsOf } from './build_timeline';
import { toQuote } from './comment_user_action';

describe('buildTimeline', () => {
  it('puts each existing comment where it was added and drops the creation of deleted ones', () => {
    const { items, laterComments } = buildTimeline(makeCase(), makeUserActions(), true);
    const kinds = items.map((item) => (item.kind === 'comment' ? `comment:${item.comment.id}` : `${item.action.type}:${item.action.action}`));
    expect(kinds.indexOf('comment:comment-1')).toBe(kinds.indexOf('description:update') + 1);
    expect(kinds).not.toContain('comment:comment-gone');
    expect(kinds).toContain('comment:delete');
    expect(laterComments).toEqual([]);
  });

  it('keeps comments not yet reached apart while older activity is still loading', () => {
    const theCase = makeCase();
    const { items, laterComments } = buildTimeline(theCase, [action({ action: 'create', type: 'create_case', payload: {} })], false);
    expect(items).toHaveLength(1);
    expect(laterComments.map((item) => item.kind === 'comment' && item.comment.id)).toEqual(['comment-1']);
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
