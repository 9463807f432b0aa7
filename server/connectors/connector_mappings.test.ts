import { connectorMappings } from './connector_mappings';
import { createCasePushFormatRegistry } from './registry';

const formats = createCasePushFormatRegistry();

describe('connectorMappings', () => {
  it("answers Kibana's Jira mappings: title to summary, tags to labels, comments appended", () => {
    expect(connectorMappings(formats.get('.jira'))).toEqual([
      { source: 'title', target: 'summary', action_type: 'overwrite' },
      { source: 'description', target: 'description', action_type: 'overwrite' },
      { source: 'comments', target: 'comments', action_type: 'append' },
      { source: 'tags', target: 'labels', action_type: 'overwrite' },
    ]);
  });

  it('sends ServiceNow comments to the work notes, with no tags', () => {
    expect(connectorMappings(formats.get('.servicenow'))).toEqual([
      { source: 'title', target: 'short_description', action_type: 'overwrite' },
      { source: 'description', target: 'description', action_type: 'overwrite' },
      { source: 'comments', target: 'work_notes', action_type: 'append' },
    ]);
  });

  it('maps nothing for .none and the webhook, whose templates place the values', () => {
    expect(connectorMappings(formats.get('.none'))).toEqual([]);
    expect(connectorMappings(formats.get('.cases-webhook'))).toEqual([]);
  });
});
