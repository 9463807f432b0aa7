/**
 * The browser half's extension points, as the plugin's setup contract offers them. The views
 * live in the app's own chunk, which loads only when the app mounts; registrations made at
 * setup are kept here (type imports only, so nothing of the app is pulled into the shell) and
 * applied when the app mounts, after which the registries are frozen.
 */
import type { UserActionDescriber } from '../components/user_actions/user_action_event';
import type { AttachmentView } from './types';

export interface CasesAttachmentFrameworkSetup {
  registerAttachmentView(type: string, view: AttachmentView): void;
  registerUserActionDescriber(type: string, describer: UserActionDescriber): void;
}

export interface PendingRegistrations {
  attachmentViews: Array<[string, AttachmentView]>;
  userActionDescribers: Array<[string, UserActionDescriber]>;
}

export function createRegistrations(): { setup: CasesAttachmentFrameworkSetup; pending: PendingRegistrations; close(): void } {
  const pending: PendingRegistrations = { attachmentViews: [], userActionDescribers: [] };
  let closed = false;
  const add = <V>(list: Array<[string, V]>, what: string) => (type: string, view: V) => {
    if (closed) throw new Error(`Cannot register ${what} ${type}: the Cases app has mounted`);
    list.push([type, view]);
  };
  return {
    setup: {
      registerAttachmentView: add(pending.attachmentViews, 'attachment view'),
      registerUserActionDescriber: add(pending.userActionDescribers, 'user-action describer'),
    },
    pending,
    close: () => {
      closed = true;
    },
  };
}
