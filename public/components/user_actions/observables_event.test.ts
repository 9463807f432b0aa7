import type { UserAction } from '../../../common/types/domain/user_action';
import { describeUserAction } from './user_action_event';

const action = (observables: unknown): UserAction =>
  ({
    id: 'ua-1',
    version: 'v1',
    type: 'observables',
    action: 'update',
    payload: { observables },
    owner: 'securitySolution',
    created_at: '2024-05-01T10:00:00.000Z',
    created_by: { username: 'elastic', full_name: null, email: null },
    comment_id: null,
  }) as unknown as UserAction;

const say = (observables: unknown) => describeUserAction(action(observables), { profiles: new Map() });

describe('the activity entry of an observables change', () => {
  it('says what happened to how many, one entry per request', () => {
    expect(say({ count: 2, actionType: 'add' })?.event).toBe('added 2 observables');
    expect(say({ count: 1, actionType: 'add' })?.event).toBe('added an observable');
    expect(say({ count: 1, actionType: 'update' })?.event).toBe('updated an observable');
    expect(say({ count: 1, actionType: 'delete' })).toEqual({ event: 'deleted an observable', icon: 'trash' });
    expect(say({ count: 3, actionType: 'delete' })?.event).toBe('deleted 3 observables');
  });

  it('still says something readable for a payload it cannot read', () => {
    expect(say({ count: 'many', actionType: 'add' })?.event).toBe('added observables');
    expect(say(undefined)?.event).toBe('changed the observables');
  });
});
