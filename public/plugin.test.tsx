import type { ApplicationSetup, AppMountParameters } from './core';
import { attachmentViews } from './attachment_framework/built_in';
import { userActionDescribers } from './components/user_actions/user_action_event';
import { CasesPublicPlugin } from './plugin';

jest.mock('./application/mount', () => ({ mount: () => () => undefined }));

describe('the Cases browser plugin', () => {
  it('offers attachment views and user-action describers at setup, applies them at mount, then refuses late ones', async () => {
    let mountApp: ((params: AppMountParameters) => Promise<() => void>) | undefined;
    const application = { register: (app: { mount: typeof mountApp }) => (mountApp = app.mount) } as unknown as ApplicationSetup;
    const { attachmentFramework } = new CasesPublicPlugin().setup({ application });
    const view = { event: () => 'added a widget', Body: () => null, noun: 'a widget', editable: false, tab: 'activity' as const };
    attachmentFramework.registerAttachmentView('widget', view);
    attachmentFramework.registerUserActionDescriber('widget_action', () => ({ event: 'did a widget thing', icon: 'gear' }));
    expect(attachmentViews.get('widget')).toBeUndefined();

    await mountApp!({} as AppMountParameters);
    expect(attachmentViews.get('widget')).toMatchObject({ event: view.event, noun: 'a widget', editable: false, tab: 'activity' });
    expect(userActionDescribers.get('widget_action')).toBeDefined();
    expect(() => attachmentFramework.registerAttachmentView('late', view)).toThrow(/has mounted/);
    expect(() => attachmentViews.register('late', view)).toThrow(/frozen/);
    // A second mount (another space, another visit) does not register twice.
    await expect(mountApp!({} as AppMountParameters)).resolves.toBeInstanceOf(Function);
  });
});
