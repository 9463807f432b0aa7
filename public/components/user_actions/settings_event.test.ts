import type { UserAction } from '../../../common/types/domain/user_action';
import { describeUserAction } from './user_action_event';

const action = (settings: unknown): UserAction =>
  ({
    id: 'ua-1',
    version: 'v1',
    type: 'settings',
    action: 'update',
    payload: { settings },
    owner: 'securitySolution',
    created_at: '2024-05-01T10:00:00.000Z',
    created_by: { username: 'elastic', full_name: null, email: null },
    comment_id: null,
  }) as unknown as UserAction;

const say = (settings: unknown) => describeUserAction(action(settings), { profiles: new Map() })?.event;

describe('the activity entry of a settings change', () => {
  it('names where both switches stand when the action holds both, never one of them as the change', () => {
    expect(say({ syncAlerts: true, extractObservables: false })).toBe('set alert syncing on and observable extraction off');
    expect(say({ syncAlerts: false, extractObservables: true })).toBe('set alert syncing off and observable extraction on');
  });

  it('keeps the alert syncing wording of actions that hold only it (Kibana before observables)', () => {
    expect(say({ syncAlerts: true })).toBe('turned on alert syncing');
    expect(say({ syncAlerts: false })).toBe('turned off alert syncing');
  });
});
