import { render, screen } from '@testing-library/react';
import { EuiProvider } from '@elastic/eui';
import type { UserAction } from '../../../common/types/domain/user_action';
import { describeUserAction, type EventContext } from './user_action_event';

const action = (type: string, payload: unknown, createdAt = '2024-05-01T10:00:00.000Z'): UserAction =>
  ({
    id: `ua-${createdAt}`,
    version: 'v1',
    type,
    action: type === 'pushed' ? 'push_to_service' : 'update',
    payload,
    owner: 'securitySolution',
    created_at: createdAt,
    created_by: { username: 'elastic', full_name: null, email: null },
    comment_id: null,
  }) as unknown as UserAction;

const externalService = {
  connector_id: 'jira-1',
  connector_name: 'Jira SOC',
  external_id: '10042',
  external_title: 'SEC-42',
  external_url: 'https://jira.example.com/browse/SEC-42',
  pushed_at: '2024-05-01T10:00:00.000Z',
  pushed_by: { username: 'elastic', full_name: null, email: null },
};

function show(userAction: UserAction, ctx: EventContext) {
  const described = describeUserAction(userAction, ctx);
  render(
    <EuiProvider colorMode="light">
      <div data-test-subj="event">{described?.event}</div>
    </EuiProvider>,
  );
  return screen.getByTestId('event');
}

const firstPushes = new Map([['jira-1', '2024-05-01T10:00:00.000Z']]);

describe('activity entries of pushes and connector changes', () => {
  it('the first push to a connector reads "pushed as new incident" with the incident link', () => {
    const event = show(action('pushed', { externalService }), { profiles: new Map(), firstPushes });
    expect(event).toHaveTextContent(/^pushed as new incident SEC-42.* to Jira SOC$/);
    const link = screen.getByTestId('pushed-incident-link');
    expect(link).toHaveAttribute('href', 'https://jira.example.com/browse/SEC-42');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')).toEqual(expect.stringContaining('noopener'));
  });

  it('a later push to the same connector reads "updated incident"', () => {
    const later = action('pushed', { externalService: { ...externalService, pushed_at: '2024-05-02T10:00:00.000Z' } }, '2024-05-02T10:00:00.000Z');
    expect(show(later, { profiles: new Map(), firstPushes })).toHaveTextContent(/^updated incident SEC-42.* to Jira SOC$/);
  });

  it('an incident address that is not a web address is not made a link', () => {
    const event = show(action('pushed', { externalService: { ...externalService, external_url: 'javascript:alert(1)' } }), { profiles: new Map(), firstPushes });
    expect(event).toHaveTextContent('pushed as new incident SEC-42');
    expect(screen.queryByTestId('pushed-incident-link')).not.toBeInTheDocument();
  });

  it('connector changes name the connector chosen, or say it was removed', () => {
    const chosen = describeUserAction(action('connector', { connector: { id: 'jira-1', name: 'Jira SOC', type: '.jira', fields: null } }), { profiles: new Map() });
    expect(chosen?.event).toBe('selected Jira SOC as the external incident management system');
    const removed = describeUserAction(action('connector', { connector: { id: 'none', name: 'none', type: '.none', fields: null } }), { profiles: new Map() });
    expect(removed?.event).toBe('removed the external incident management system');
  });
});
