/**
 * Uploading a file to a case (Kibana's `POST /api/cases/{case_id}/files`): a multipart body with
 * a `file` part and an optional `filename` field. Everything that can refuse the upload is
 * checked before a byte of the file is read: the case, the caller's right to add to it, the
 * files-per-case limit, the room in its activity log, the file's type and its name. Then the
 * `file` object is written as UPLOADING (so a crash leaves something the sweep finds), the bytes
 * stream into the blob service (never whole in memory, stopped at the size cap), and one unit of
 * work marks the file READY with its size and SHA-256, adds the `.files` attachment and its
 * `comment` user action. Any failure after the `file` object was written removes it and its blob.
 * The case is returned with its comments, as Kibana's route answers.
 */
import { FILE_ATTACHMENT_TYPE, MAX_FILENAME_LENGTH } from '../../../common/constants';
import { isImageMimeType } from '../../../common/files/mime_types';
import type { Case } from '../../../common/types/domain/case';
import { badRequest, newObjectId, payloadTooLarge, BlobTooLargeError, type MultipartBody, type MultipartPart, type StoredBlob } from '../../core';
import type { AnyAttachmentPayload } from '../../../common/types/domain/attachment';
import { FILE_SO_TYPE } from '../../saved_object_types/files';
import { fileKindOf } from '../../files/file_objects';
import { baseName, extensionOf, mimeTypeOfName } from '../../files/mime_extensions';
import { removeFiles } from '../../files/remove_files';
import { UPLOAD_HEARTBEAT_MS } from '../../files/sweep';
import type { CaseSavedObject } from '../../services/cases_service';
import { ensureWithinLimits } from '../attachments/limits';
import { ensureAuthorizedOnCase, Operations } from '../authorization';
import { caseWithComments } from '../cases/get';
import type { CasesClientArgs } from '../types';
import { toUser } from '../user';
import { commentAction } from '../user_actions/builders';
import { ensureRoomForUserActions } from '../user_actions/limit';

type FilePart = Extract<MultipartPart, { kind: 'file' }>;

/** Kibana's wording (its Files plugin's MIME check). */
export const UNSUPPORTED_TYPE_MESSAGE = 'File type is not supported';
export const tooLargeMessage = (max: number) => `File is too large: the maximum is ${max} bytes`;

/** The `.files` attachment of a file, as Kibana builds it from the file's JSON. */
export function fileAttachment(owner: string, fileId: string, file: { name: string; extension: string; mimeType: string; created: string }): AnyAttachmentPayload {
  return {
    type: 'externalReference',
    externalReferenceId: fileId,
    externalReferenceStorage: { type: 'savedObject', soType: FILE_SO_TYPE },
    externalReferenceAttachmentTypeId: FILE_ATTACHMENT_TYPE,
    externalReferenceMetadata: { files: [file] },
    owner: owner as AnyAttachmentPayload['owner'],
  };
}

function checkFilename(name: string): string {
  if (name.trim().length === 0) throw badRequest('The length of the filename is too short. The minimum length is 1.');
  if (name.length > MAX_FILENAME_LENGTH) throw badRequest(`The length of the filename is too long. The maximum length is ${MAX_FILENAME_LENGTH}.`);
  return name;
}

/**
 * The declared type, without parameters; when a client declared nothing useful (curl's
 * application/octet-stream for an unknown name), the one the name suggests, as Kibana does.
 */
function mimeTypeOf(part: FilePart): string {
  const declared = part.mimeType.split(';')[0].trim().toLowerCase();
  if (declared && declared !== 'application/octet-stream') return declared;
  return mimeTypeOfName(part.filename) ?? declared;
}

/** Everything about the request that does not need the file's bytes, checked before any is read. */
async function admit(args: CasesClientArgs, caseId: string): Promise<CaseSavedObject> {
  const theCase = await args.services.cases.get(caseId);
  await ensureAuthorizedOnCase(args, Operations.createFile, theCase);
  const probe = fileAttachment(theCase.attributes.owner, 'probe', { name: 'probe', extension: '', mimeType: '', created: '' });
  await ensureWithinLimits(args, caseId, [probe]);
  await ensureRoomForUserActions(args, new Map([[caseId, 1]]));
  return theCase;
}

interface Received {
  fileId: string;
  name: string;
  mimeType: string;
  extension: string;
  created: string;
  blob: StoredBlob;
}

/** One upload's state, so a failure at any point knows what to remove. */
interface UploadState {
  fileId?: string;
  filename?: string;
  received?: Received;
}

async function storeFile(args: CasesClientArgs, theCase: CaseSavedObject, part: FilePart, state: UploadState, signal?: AbortSignal): Promise<Received> {
  const mimeType = mimeTypeOf(part);
  if (!args.config.files.allowedMimeTypes.includes(mimeType)) throw badRequest(UNSUPPORTED_TYPE_MESSAGE);
  const name = checkFilename(state.filename ?? baseName(part.filename));
  const { maxSize, maxImageSize } = args.config.files;
  const maxBytes = isImageMimeType(mimeType) ? maxImageSize : maxSize;
  const user = toUser(args.user);
  const created = args.now().toISOString();
  const fileId = newObjectId();
  const extension = extensionOf(mimeType);
  const owner = theCase.attributes.owner;
  state.fileId = fileId;
  await args.services.files.createUploading(fileId, {
    created,
    Updated: created,
    name,
    user: { name: user.username ?? undefined, id: user.profile_uid ?? undefined },
    mime_type: mimeType,
    extension,
    Meta: { caseIds: [theCase.id], owner: [owner] },
    FileKind: fileKindOf(owner),
  });
  const stopHeartbeat = startHeartbeat(args, fileId);
  try {
    const blob = await args.blobs.upload(part.content, { id: fileId, maxBytes, signal });
    return { fileId, name, mimeType, extension, created, blob };
  } catch (error) {
    if (error instanceof BlobTooLargeError) throw payloadTooLarge(tooLargeMessage(maxBytes));
    throw error;
  } finally {
    await stopHeartbeat();
  }
}

/** Keeps a slow upload from being taken for an abandoned one by the sweep (of any process). */
function startHeartbeat(args: CasesClientArgs, fileId: string): () => Promise<void> {
  let last: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    last = args.services.files.heartbeat(fileId, args.now().toISOString()).catch((error: unknown) => {
      args.logger?.warn({ err: error, 'file.id': fileId }, 'Could not record the progress of an upload');
    });
  }, UPLOAD_HEARTBEAT_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await last;
  };
}

/** Reads the parts in order: a `filename` field may come before or after the `file` part. */
async function receive(args: CasesClientArgs, theCase: CaseSavedObject, body: MultipartBody, state: UploadState, signal?: AbortSignal): Promise<Received> {
  for await (const part of body.parts()) {
    if (part.kind === 'field' && part.name === 'filename') {
      if (state.filename !== undefined) throw badRequest('The filename field is given more than once');
      state.filename = checkFilename(part.value);
    } else if (part.kind === 'file' && part.name === 'file') {
      if (state.received) throw badRequest('Only one file may be uploaded per request');
      state.received = await storeFile(args, theCase, part, state, signal);
    } else {
      throw badRequest(`Invalid value supplied to the body: unknown ${part.kind} [${part.name}]; expected a file part [file] and an optional field [filename]`);
    }
  }
  if (!state.received) throw badRequest('The request has no file: send it as the multipart part [file]');
  // A `filename` after the file renames it; it was checked when it arrived.
  return { ...state.received, name: state.filename ?? state.received.name };
}

async function commitUpload(args: CasesClientArgs, theCase: CaseSavedObject, received: Received): Promise<void> {
  const { fileId, name, extension, mimeType, created, blob } = received;
  const caseId = theCase.id;
  const user = toUser(args.user);
  const at = args.now().toISOString();
  const payload = fileAttachment(theCase.attributes.owner, fileId, { name, extension, mimeType, created });
  const attachmentId = args.services.attachments.newId();
  const common = { caseId, owner: theCase.attributes.owner, user, createdAt: at };
  await args.services.cases.commit([
    args.services.files.readyOperation(fileId, { name, size: blob.size, sha256: blob.sha256, at }),
    args.services.attachments.createOperation(caseId, attachmentId, {
      ...payload,
      created_at: at,
      created_by: user,
      pushed_at: null,
      pushed_by: null,
      updated_at: null,
      updated_by: null,
    } as Parameters<typeof args.services.attachments.createOperation>[2]),
    args.services.cases.touchOperation(caseId, { updated_at: at, updated_by: user }),
    ...args.services.userActions.createOperations([commentAction(args, common, 'create', attachmentId, payload)]),
  ]);
}

export async function uploadFile(args: CasesClientArgs, caseId: string, body: MultipartBody, signal?: AbortSignal): Promise<Case> {
  const theCase = await admit(args, caseId);
  const state: UploadState = {};
  try {
    await commitUpload(args, theCase, await receive(args, theCase, body, state, signal));
  } catch (error) {
    if (state.fileId) await removeFiles(args.services.files, args.blobs, [state.fileId]).catch((cleanup: unknown) => logCleanupFailure(args, state.fileId, cleanup));
    throw error;
  }
  return caseWithComments(args, caseId);
}

/** The sweep removes what a failed clean-up leaves, a minute later; the caller gets the original error. */
function logCleanupFailure(args: CasesClientArgs, fileId: string | undefined, error: unknown): void {
  args.logger?.warn({ err: error, 'file.id': fileId }, 'Could not remove a failed upload; the start-up sweep will');
}
