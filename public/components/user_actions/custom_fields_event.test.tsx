import type { UserAction } from '../../../common/types/domain/user_action';
import { describeUserAction } from './user_action_event';

const action = (customFields: unknown[]): UserAction =>
  ({
    id: 'ua-1',
    version: 'v1',
    type: 'customFields',
    action: 'update',
    payload: { customFields },
    owner: 'securitySolution',
    created_at: '2026-11-30T12:00:00.000Z',
    created_by: { username: 'elastic', full_name: null, email: null },
    comment_id: null,
  }) as unknown as UserAction;

const labels = new Map([
  ['impact', 'Customer impact'],
  ['ticket', 'Ticket reference'],
]);

describe('the activity entry of a custom field change', () => {
  it('names the field by its label and says its new value, as Kibana does', () => {
    expect(describeUserAction(action([{ key: 'impact', type: 'toggle', value: true }]), { profiles: new Map(), customFieldLabels: labels })?.event).toBe(
      'changed Customer impact to “On”',
    );
    expect(describeUserAction(action([{ key: 'ticket', type: 'text', value: null }]), { profiles: new Map(), customFieldLabels: labels })?.event).toBe(
      'changed Ticket reference to “Not defined”',
    );
  });

  it('names a field no longer configured by its key, and lists several changes of an older entry', () => {
    const event = describeUserAction(
      action([
        { key: 'gone', type: 'number', value: 3 },
        { key: 'impact', type: 'toggle', value: false },
      ]),
      { profiles: new Map(), customFieldLabels: labels },
    )?.event;
    expect(event).toBe('changed gone to “3”, Customer impact to “Off”');
  });

  it('falls back to a general sentence for a payload it cannot read', () => {
    expect(describeUserAction(action([{ nope: 1 }]), { profiles: new Map() })?.event).toBe('changed the custom fields');
  });
});
