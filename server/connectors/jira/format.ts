/** Jira: the issue's type, priority and parent from the case; the case's tags become labels. */
import type { CasePushFormat } from '../types';
import { fieldOf } from '../connector_fields';

/** Jira refuses a label with whitespace, so runs of it become a dash, as Kibana sends them. */
export const toJiraLabel = (tag: string): string => tag.replace(/\s+/g, '-');

export const jiraFormat: CasePushFormat = {
  type: '.jira',
  mapping: { title: 'summary', description: 'description', tags: 'labels', comments: 'comments' },
  format: (theCase) => ({
    issueType: fieldOf(theCase, 'issueType'),
    priority: fieldOf(theCase, 'priority'),
    parent: fieldOf(theCase, 'parent'),
    labels: theCase.tags.map(toJiraLabel),
    otherFields: fieldOf(theCase, 'otherFields'),
  }),
};
