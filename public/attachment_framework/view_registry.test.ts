import type { UserAction } from '../../common/types/domain/user_action';
import { describeUserAction, userActionDescribers } from '../components/user_actions/user_action_event';
import { action } from '../components/case_view/test_fixtures';
import { createAttachmentViews } from './built_in';
import { ViewRegistry } from './view_registry';

describe('browser view registries', () => {
  it('holds the shipped attachment views and refuses duplicates and late registrations', () => {
    const views = createAttachmentViews();
    expect(views.get('user')).toMatchObject({ noun: 'a comment', editable: true, tab: 'activity' });
    expect(views.get('alert')).toMatchObject({ noun: 'an alert', editable: false, tab: 'alerts' });
    expect(() => views.register('user', views.get('user')!)).toThrow('already registered');
    views.freeze();
    expect(() => views.register('widget', views.get('user')!)).toThrow('frozen');
  });

  it('describes a user-action type once its describer is registered', () => {
    const observed = action({ action: 'add', type: 'widgets' as UserAction['type'], payload: { widgets: { count: 2, actionType: 'add' } } });
    const ctx = { profiles: new Map() };
    expect(describeUserAction(observed, ctx)).toBeNull();
    userActionDescribers.register('widgets', (_a, payload) => ({ event: `added ${(payload.widgets as { count: number }).count} widgets`, icon: 'eye' }));
    expect(describeUserAction(observed, ctx)).toEqual({ event: 'added 2 widgets', icon: 'eye' });
    expect(new ViewRegistry<number>('thing').get('x')).toBeUndefined();
  });
});
