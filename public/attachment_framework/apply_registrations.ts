/** At mount: the registrations made at setup join the built-in views, then both registries freeze. */
import { userActionDescribers } from '../components/user_actions/user_action_event';
import { attachmentViews } from './built_in';
import type { PendingRegistrations } from './registrations';

export function applyRegistrations(pending: PendingRegistrations): void {
  for (const [type, view] of pending.attachmentViews) attachmentViews.register(type, view);
  for (const [type, describer] of pending.userActionDescribers) userActionDescribers.register(type, describer);
  attachmentViews.freeze();
  userActionDescribers.freeze();
}
