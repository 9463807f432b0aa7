/** A registry holding the types the plugin ships; the plugin and tests add theirs before freezing it. */
import { alertType } from './alert_type';
import { eventType } from './event_type';
import { externalReferenceType } from './external_reference_type';
import { indicatorAttachmentType } from './indicator_type';
import { lensAttachmentType } from './lens_type';
import { persistableStateType } from './persistable_state_type';
import { AttachmentTypeRegistry } from './registry';
import { userCommentType } from './user_type';

export function createAttachmentTypeRegistry(): AttachmentTypeRegistry {
  const registry = new AttachmentTypeRegistry();
  registry.register(userCommentType);
  registry.register(alertType);
  registry.register(eventType);
  registry.register(externalReferenceType);
  registry.registerSubType('externalReference', indicatorAttachmentType);
  registry.register(persistableStateType);
  registry.registerSubType('persistableState', lensAttachmentType);
  return registry;
}
