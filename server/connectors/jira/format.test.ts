import { pushCase } from '../__fixtures__/push_case';
import { jiraFormat } from './format';

describe('Jira push format', () => {
  it('maps the title to the summary and sends the issue fields', () => {
    expect(jiraFormat.mapping).toEqual({ title: 'summary', description: 'description', tags: 'labels', comments: 'comments' });
    const theCase = pushCase({ type: '.jira', fields: { issueType: '10006', priority: 'High', parent: 'RJ-1' } });
    expect(jiraFormat.format(theCase, [])).toEqual({ issueType: '10006', priority: 'High', parent: 'RJ-1', labels: ['auth', 'brute-force'], otherFields: null });
  });

  it('turns whitespace runs in tags into one dash, as Jira labels allow no spaces', () => {
    const incident = jiraFormat.format(pushCase({ type: '.jira', fields: null }, { tags: ['a  b\tc', 'plain'] }), []);
    expect(incident.labels).toEqual(['a-b-c', 'plain']);
    expect(incident.issueType).toBeNull();
  });
});
