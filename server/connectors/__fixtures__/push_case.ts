/** Test-only: a case as push formats receive it, with the connector and fields a test sets. */
import type { Case } from '../../../common/types/domain/case';
import type { CaseConnector } from '../../../common/types/domain/connector';

const user = { username: 'elastic', full_name: 'Elastic Admin', email: 'admin@example.com', profile_uid: 'u_elastic' };

export function pushCase(connector: Partial<CaseConnector> = {}, overrides: Partial<Case> = {}): Case {
  return {
    id: 'case-1',
    version: 'v1',
    title: 'Suspicious login',
    description: 'Many failed logins',
    tags: ['auth', 'brute force'],
    owner: 'securitySolution',
    status: 'open',
    severity: 'high',
    assignees: [],
    category: null,
    connector: { id: 'c1', name: 'Connector', type: '.none', fields: null, ...connector },
    settings: { syncAlerts: true },
    external_service: null,
    customFields: [],
    observables: [],
    total_observables: 0,
    incremental_id: 1,
    created_at: '2024-01-01T00:00:00.000Z',
    created_by: user,
    updated_at: null,
    updated_by: null,
    closed_at: null,
    closed_by: null,
    duration: null,
    comments: [],
    totalComment: 0,
    totalAlerts: 0,
    totalEvents: 0,
    ...overrides,
  } as Case;
}
