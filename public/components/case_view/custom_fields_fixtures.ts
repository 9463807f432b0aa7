/** An owner's configuration as `GET /api/cases/configure` answers it, for the custom field tests of the case view and the list. */
import type { Configuration, CustomFieldConfiguration } from '../../../common/types/domain/configure';

export const IMPACT_TOGGLE: CustomFieldConfiguration = { key: 'impact', label: 'Customer impact', type: 'toggle', required: false };
export const TICKET_TEXT: CustomFieldConfiguration = { key: 'ticket', label: 'Ticket reference', type: 'text', required: true };

export function makeConfiguration(customFields: CustomFieldConfiguration[]): Configuration {
  return {
    id: 'config-1',
    version: 'cfg-v1',
    owner: 'securitySolution',
    connector: { id: 'none', name: 'none', type: '.none', fields: null },
    closure_type: 'close-by-user',
    customFields,
    templates: [],
    observableTypes: [],
    mappings: [],
    error: null,
    created_at: '2024-05-01T10:00:00.000Z',
    created_by: { username: 'elastic', full_name: 'Elastic Admin', email: null },
    updated_at: null,
    updated_by: null,
  };
}
