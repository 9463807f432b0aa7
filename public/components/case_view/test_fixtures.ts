/** A case, its activity and the people in it, as the API returns them, for the case view tests. */
import type { Case } from '../../../common/types/domain/case';
import type { UserAction } from '../../../common/types/domain/user_action';
import type { UserProfile } from '../../../common/core/user_profile';
import type { Attachment } from '../../../common/types/domain/attachment';
import type { AlertSummary } from '../../containers/alerts_api';

export const ANA = { username: 'ana', full_name: 'Ana Analyst', email: 'ana@example.com', profile_uid: 'u-ana' };
export const BOB = { username: 'bob', full_name: 'Bob Responder', email: 'bob@example.com', profile_uid: 'u-bob' };

export const PROFILES: UserProfile[] = [
  { uid: 'u-ana', enabled: true, user: { username: 'ana', full_name: 'Ana Analyst', email: 'ana@example.com' }, data: {} },
  { uid: 'u-bob', enabled: true, user: { username: 'bob', full_name: 'Bob Responder', email: 'bob@example.com' }, data: {} },
];

export function makeCase(overrides: Partial<Case> = {}): Case {
  return {
    id: 'case-1',
    version: 'v1',
    title: 'Suspicious login from TOR exit node',
    description: 'Initial **triage** needed',
    tags: ['phishing'],
    owner: 'securitySolution',
    status: 'open',
    severity: 'low',
    assignees: [{ uid: 'u-bob' }],
    category: 'Intrusion',
    connector: { id: 'none', name: 'none', type: '.none', fields: null },
    settings: { syncAlerts: false },
    external_service: null,
    customFields: [],
    incremental_id: 42,
    created_at: '2024-05-01T10:00:00.000Z',
    created_by: ANA,
    updated_at: null,
    updated_by: null,
    closed_at: null,
    closed_by: null,
    duration: null,
    comments: [
      {
        id: 'comment-1',
        version: 'cv1',
        type: 'user',
        comment: 'Checked the **firewall** logs\nsecond line',
        owner: 'securitySolution',
        created_at: '2024-05-01T10:05:00.000Z',
        created_by: BOB,
        pushed_at: null,
        pushed_by: null,
        updated_at: null,
        updated_by: null,
      },
    ],
    totalComment: 1,
    totalAlerts: 0,
    ...overrides,
  } as Case;
}

let sequence = 0;
/** Payloads are typed per `type`; fixtures may give a partial one, as older entries can be. */
export function action(partial: Pick<UserAction, 'action' | 'type'> & { payload: unknown } & Partial<Omit<UserAction, 'type' | 'payload'>>): UserAction {
  sequence += 1;
  return {
    id: `ua-${sequence}`,
    version: `uav-${sequence}`,
    created_at: `2024-05-01T10:${String(sequence).padStart(2, '0')}:00.000Z`,
    created_by: ANA,
    owner: 'securitySolution',
    comment_id: null,
    ...partial,
  } as UserAction;
}

export function makeUserActions(): UserAction[] {
  sequence = 0;
  return [
    action({ action: 'create', type: 'create_case', payload: { title: 'Suspicious login', description: 'x', tags: [], status: 'open' } }),
    action({ action: 'update', type: 'title', payload: { title: 'Suspicious login from TOR exit node' } }),
    action({ action: 'update', type: 'description', payload: { description: 'Initial **triage** needed' } }),
    action({ action: 'create', type: 'comment', payload: { comment: { type: 'user', comment: 'x', owner: 'securitySolution' } }, comment_id: 'comment-1', created_by: BOB }),
    action({ action: 'update', type: 'status', payload: { status: 'in-progress' } }),
    action({ action: 'update', type: 'severity', payload: { severity: 'high' } }),
    action({ action: 'add', type: 'tags', payload: { tags: ['phishing', 'tor'] } }),
    action({ action: 'delete', type: 'tags', payload: { tags: ['tor'] } }),
    action({ action: 'add', type: 'assignees', payload: { assignees: [{ uid: 'u-bob' }] } }),
    action({ action: 'delete', type: 'assignees', payload: { assignees: [{ uid: 'u-ana' }] } }),
    action({ action: 'update', type: 'category', payload: { category: 'Intrusion' } }),
    action({ action: 'create', type: 'comment', payload: { comment: { type: 'user', comment: 'gone', owner: 'securitySolution' } }, comment_id: 'comment-gone' }),
    action({ action: 'delete', type: 'comment', payload: { comment: { type: 'user', comment: 'gone', owner: 'securitySolution' } }, comment_id: 'comment-gone' }),
  ];
}

export const findResponse = (userActions: UserAction[], page = 1, total = userActions.length) => ({ userActions, page, perPage: 100, total });

/** An alert as the case's Alerts tab reads it: the document's dotted fields, live status included. */
export function makeAlert(id: string, fields: Record<string, unknown> = {}): AlertSummary {
  return {
    id,
    index: '.alerts-security.alerts-default',
    fields: {
      '@timestamp': '2024-05-01T09:00:00.000Z',
      'kibana.alert.uuid': id,
      'kibana.alert.rule.name': 'Suspicious PowerShell',
      'kibana.alert.severity': 'high',
      'kibana.alert.risk_score': 73,
      'kibana.alert.reason': `process event on ${id}`,
      'kibana.alert.workflow_status': 'open',
      'host.name': 'ws-01',
      'user.name': 'jdoe',
      ...fields,
    },
  };
}

/** An alert attachment as the case returns it. */
export function makeAlertAttachment(id: string, alertIds: string[], rule: { id: string | null; name: string | null }, by = ANA, at = '2024-05-01T11:00:00.000Z'): Attachment {
  return {
    id,
    version: `${id}-v1`,
    type: 'alert',
    alertId: alertIds.length === 1 ? alertIds[0] : alertIds,
    index: alertIds.map(() => '.alerts-security.alerts-default'),
    rule,
    owner: 'securitySolution',
    created_at: at,
    created_by: by,
    pushed_at: null,
    pushed_by: null,
    updated_at: null,
    updated_by: null,
  } as Attachment;
}
