/**
 * Deleting 1 to 10 files of a case (Kibana's internal `attachments/files/_bulk_delete`), with
 * Kibana's rules: every id that names a file must name a file of this case only, else the
 * request is a 400 and nothing changes; an id naming no file is skipped (its attachment, if any,
 * still goes). The `.files` attachments, a `comment` delete action for each and the `file`
 * objects are one unit of work; the blobs go once it is durable.
 */
import { FILE_ATTACHMENT_TYPE } from '../../../common/constants';
import { badRequest } from '../../core';
import type { FileSavedObject } from '../../files/file_objects';
import type { AttachmentSavedObject } from '../../services/attachment_service';
import { payloadOf } from '../attachments/delete';
import { ensureAuthorizedOnCase, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';
import { toUser } from '../user';
import { commentAction } from '../user_actions/builders';

/** Kibana is vague on purpose: a caller who may not see another case's file learns nothing of it. */
export const invalidFileIdsMessage = (ids: string[]) => `Failed to delete files because file ids were invalid: ${ids.join(',')}`;

const belongsOnlyTo = (so: FileSavedObject, caseId: string) => {
  const caseIds = so.attributes.Meta?.caseIds;
  return Array.isArray(caseIds) && caseIds.length === 1 && caseIds[0] === caseId;
};

async function fileAttachmentsOf(args: CasesClientArgs, caseId: string, fileIds: string[]): Promise<AttachmentSavedObject[]> {
  const wanted = new Set(fileIds);
  const all = await args.services.attachments.allOfCase(caseId, ['externalReference']);
  return all.filter(
    (so) => so.attributes.externalReferenceAttachmentTypeId === FILE_ATTACHMENT_TYPE && wanted.has(String(so.attributes.externalReferenceId)),
  );
}

export async function bulkDeleteFiles(args: CasesClientArgs, caseId: string, ids: string[]): Promise<void> {
  const fileIds = [...new Set(ids)];
  const theCase = await args.services.cases.get(caseId);
  await ensureAuthorizedOnCase(args, Operations.deleteFiles, theCase);
  const files = await args.services.files.getMany(fileIds);
  const invalid = files.filter((so) => !belongsOnlyTo(so, caseId)).map((so) => so.id);
  if (invalid.length > 0) throw badRequest(invalidFileIdsMessage(invalid));
  const attachments = await fileAttachmentsOf(args, caseId, fileIds);
  if (files.length === 0 && attachments.length === 0) return;

  const user = toUser(args.user);
  const at = args.now().toISOString();
  const common = { caseId, owner: theCase.attributes.owner, user, createdAt: at };
  const actions = attachments.map((so) => commentAction(args, common, 'delete', so.id, payloadOf(so)));
  await args.services.cases.commit([
    ...args.services.attachments.deleteOperations(attachments.map((so) => so.id)),
    ...args.services.files.deleteOperations(files.map((so) => so.id)),
    ...args.services.userActions.createOperations(actions),
  ]);
  if (files.length > 0) await args.blobs.delete(files.map((so) => so.attributes.blob_id ?? so.id));
}
