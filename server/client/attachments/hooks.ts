/**
 * Runs the add or delete hooks of the types (and sub-types) involved, once the unit of work is
 * durable. A hook's failure reaches the caller; the stored change stands, as it does in Kibana
 * when syncing alert statuses fails after the comment was written.
 */
import type { AttachmentHookContext, AttachmentHooks } from '../../attachment_framework/types';
import type { AttachmentSavedObject } from '../../services/attachment_service';
import type { CasesClientArgs } from '../types';
import { toUser } from '../user';

type HookName = keyof AttachmentHooks;

export async function runAttachmentHooks(args: CasesClientArgs, hook: HookName, caseId: string, attachments: AttachmentSavedObject[]): Promise<void> {
  const registry = args.registries.attachments;
  const groups = new Map<AttachmentHooks, AttachmentHookContext['attachments']>();
  for (const so of attachments) {
    for (const owner of [registry.get(so.attributes.type), registry.subTypeOf(so.attributes)]) {
      if (!owner?.hooks?.[hook]) continue;
      const group = groups.get(owner.hooks) ?? [];
      group.push({ id: so.id, attributes: so.attributes });
      groups.set(owner.hooks, group);
    }
  }
  const user = toUser(args.user);
  for (const [hooks, group] of groups) {
    await hooks[hook]?.({ caseId, spaceId: args.spaceId, user, attachments: group });
  }
}
