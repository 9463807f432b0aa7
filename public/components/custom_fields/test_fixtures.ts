/**
 * An owner's configuration as `GET /api/cases/configure` answers it, and a few custom field
 * definitions: the one fixture the browser tests of settings, the create form, the case view
 * and the list share, so a change of the configuration's shape is made once.
 */
import type { Configuration, CustomFieldConfiguration } from '../../../common/types/domain/configure';

export const IMPACT_TOGGLE: CustomFieldConfiguration = { key: 'impact', label: 'Customer impact', type: 'toggle', required: false };
export const TICKET_TEXT: CustomFieldConfiguration = { key: 'ticket', label: 'Ticket reference', type: 'text', required: true };

/** Security's configuration with no settings made; `overrides` sets what a test needs. */
export function makeConfiguration(overrides: Partial<Configuration> = {}): Configuration {
  return {
    id: 'cfg-1',
    version: 'v1',
    owner: 'securitySolution',
    connector: { id: 'none', name: 'none', type: '.none', fields: null },
    closure_type: 'close-by-user',
    customFields: [],
    templates: [],
    observableTypes: [],
    mappings: [],
    error: null,
    created_at: '2024-05-01T10:00:00.000Z',
    created_by: { username: 'elastic', full_name: 'Elastic Admin', email: null },
    updated_at: null,
    updated_by: null,
    ...overrides,
  };
}
