import { CASE_TYPE, COMMENT_TYPE, SPACE_TYPE } from './__fixtures__/mock_cluster';
import { rawId } from './raw_document';

describe('raw document ids', () => {
  it('keeps Kibana\'s layout for ids without a colon', () => {
    expect(rawId(CASE_TYPE, 'c1', 'default')).toBe('cases:c1');
    expect(rawId(CASE_TYPE, 'c1', 'team-a')).toBe('team-a:cases:c1');
    expect(rawId(SPACE_TYPE, 'team-a', 'team-a')).toBe('space:team-a');
  });

  it('never gives two objects the same _id when an id holds a colon', () => {
    // A space named like a type, and an id that looks like `type:id`, used to meet.
    const inSpace = rawId(COMMENT_TYPE, '1', 'cases');
    const inDefault = rawId(CASE_TYPE, 'cases-comments:1', 'default');
    expect(inSpace).toBe('cases:cases-comments:1');
    expect(inDefault).not.toBe(inSpace);
    // Escaping is reversible: `%` is escaped too, so `a%3Ab` and `a:b` stay apart.
    expect(rawId(CASE_TYPE, 'a%3Ab', 'default')).not.toBe(rawId(CASE_TYPE, 'a:b', 'default'));
    expect(rawId(CASE_TYPE, 'a:b', 'default')).toBe('cases:a%3Ab');
  });
});
