/**
 * Kibana's connector mappings, as a configuration answers them (`mappings`): where the case's
 * title, description and tags overwrite the incident's fields, and where comments are
 * appended. Derived from the push format, the one place that says where each value goes, so
 * the answer cannot drift from what a push sends. `.none` and the webhook map nothing.
 */
import type { ConnectorMapping } from '../../common/types/domain/configure';
import type { CasePushFormat } from './types';

export function connectorMappings(format: CasePushFormat | undefined): ConnectorMapping[] {
  const mapping = format?.mapping;
  if (!mapping) return [];
  return [
    { source: 'title', target: mapping.title, action_type: 'overwrite' },
    { source: 'description', target: mapping.description, action_type: 'overwrite' },
    { source: 'comments', target: mapping.comments, action_type: 'append' },
    ...(mapping.tags ? [{ source: 'tags', target: mapping.tags, action_type: 'overwrite' }] : []),
  ];
}
