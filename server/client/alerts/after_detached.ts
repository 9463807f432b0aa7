/**
 * Alert attachments removed from a case: once that is durable, the alerts no other attachment
 * of the case still holds lose the case id in `kibana.alert.case_ids`.
 */
import type { StoredAttachmentAttributes } from '../../../common/types/domain/attachment';
import type { CasesClientArgs } from '../types';
import { updateAlertCaseIds } from './case_ids';
import { alertIdsOfCase, asArray } from './document_refs';

/** `removed`: the attachments as they were before the change (deleted, or trimmed of some ids). */
export async function afterDocumentsDetached(
  args: CasesClientArgs,
  caseId: string,
  removed: Array<{ attributes: StoredAttachmentAttributes }>,
): Promise<void> {
  const registry = args.registries.attachments;
  const byPath = new Map<string, Set<string>>();
  for (const { attributes } of removed) {
    const spec = registry.get(attributes.type)?.documents;
    if (!spec?.caseIdsPath) continue;
    const ids = byPath.get(spec.caseIdsPath) ?? new Set<string>();
    for (const id of asArray(attributes[spec.idField])) ids.add(id);
    byPath.set(spec.caseIdsPath, ids);
  }
  if (byPath.size === 0) return;
  let stillHeld: Set<string>;
  try {
    stillHeld = new Set(await alertIdsOfCase(args, caseId));
  } catch (error) {
    args.logger?.error({ err: error, caseId }, `Failed to read the alerts case ${caseId} still holds: ${(error as Error)?.message ?? error}`);
    return;
  }
  for (const [path, ids] of byPath) {
    const gone = [...ids].filter((id) => !stillHeld.has(id));
    if (gone.length > 0) await updateAlertCaseIds(args, 'remove', caseId, path, gone);
  }
}
